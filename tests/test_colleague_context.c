/* test_colleague_context.c: the colleague backends against a fake ColleagueContext (no run,
 * no sandbox, no HTTP): the claude backend's prompts and engine tools read exactly what the
 * context gives, and the scripted backend's replies, reviews and grades go through the
 * context's scripts and check results. */
#include "testlib.h"

#include "llm/colleague.h"
#include "llm/colleague_internal.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

/* ---- the fake run ------------------------------------------------------------------------------ */

static ScenarioCheck CHECKS[] = {
    {.id = "tests", .label = "The tests pass", .run = "pytest", .points = 10},
    {.id = "lint", .label = "Lint is clean", .run = "ruff", .points = 5},
};
static ScenarioTask TASKS[] = {
    {.id = "fix-bug", .title = "Fix the date bug", .from = "marco", .review = "marco", .checks = CHECKS, .n_checks = 2},
};
static ScenarioCast CAST[] = {
    {.id = "marco", .name = "Marco Rossi", .role = "senior engineer", .reviewer = true},
    {.id = "ana", .name = "Ana Lima", .role = "product manager"},
};
static ScenarioRubric RUBRIC[] = {
    {.id = "asked", .label = "Asked before guessing", .judge = "marco", .points = 5, .scripted_ref = 7},
    {.id = "manners", .label = "Was polite", .judge = "marco", .points = 2, .scripted_ref = -1},
};
static Scenario SCENARIO = {
    .id = "fake", .title = "Fake Co", .summary = "A small shop.", .cast = CAST, .n_cast = 2,
    .tasks = TASKS, .n_tasks = 1, .rubric = RUBRIC, .n_rubric = 2,
};

typedef struct Fake {
    ColleagueContext cx;
    TranscriptMessage messages[4];
    int n_messages;
    TranscriptCommand commands[2];
    int n_commands;
    ColleagueCheck checks[2];
    int hints_left;
    char *hint_task;                   /* the task take_hint was asked for */
    char *read_path;                   /* the path read_file was asked for */
    const char *file_data;             /* what read_file returns (NULL: an error) */
    size_t file_len;
    int diff_calls;
    bool diff_with_commits;
    char *logged_result, *logged_who;  /* the last tool use logged */
    int tool_uses;
    char *script_what;                 /* the last scripted call */
    int script_ref;
    cJSON *script_results;             /* what the scenario's scripts answer */
} Fake;

static Fake *fake_of(ColleagueContext *cx) { return cx->owner; }

static double f_elapsed(ColleagueContext *cx) { (void)cx; return 600; }
static const TranscriptMessage *f_messages(ColleagueContext *cx, int *n) { *n = fake_of(cx)->n_messages; return fake_of(cx)->messages; }
static const TranscriptCommand *f_commands(ColleagueContext *cx, int *n) { *n = fake_of(cx)->n_commands; return fake_of(cx)->commands; }
static const char *f_task_status(ColleagueContext *cx, int ti) { (void)cx; (void)ti; return "assigned"; }
static ColleagueCheck f_task_check(ColleagueContext *cx, int ti, int ci) { (void)ti; return fake_of(cx)->checks[ci]; }

static char *f_read_file(ColleagueContext *cx, const char *path, size_t max, size_t *len, char **err)
{
    Fake *f = fake_of(cx);
    free(f->read_path);
    f->read_path = xstrdup(path);
    CHECK(max > 0);
    if (!f->file_data) {
        *err = xstrdup("no such file");
        return NULL;
    }
    *len = f->file_len;
    char *out = xmalloc(f->file_len + 1);
    memcpy(out, f->file_data, f->file_len);
    out[f->file_len] = '\0';
    return out;
}

static void f_list_files(ColleagueContext *cx, ColleagueTextFn done, void *ud)
{
    (void)cx;
    char *big = xmalloc(20001);
    memset(big, 'x', 20000);
    big[20000] = '\0';
    done(ud, big, false);
}

static void f_read_diff(ColleagueContext *cx, bool with_commits, ColleagueTextFn done, void *ud)
{
    Fake *f = fake_of(cx);
    f->diff_calls++;
    f->diff_with_commits = with_commits;
    done(ud, xstrdup("diff --git a/app.py b/app.py"), false);
}

static char *f_take_hint(ColleagueContext *cx, const char *task, char **err)
{
    Fake *f = fake_of(cx);
    free(f->hint_task);
    f->hint_task = xstrdup(task);
    if (f->hints_left == 0) {
        *err = xstrdup("no hints left for fix-bug");
        return NULL;
    }
    f->hints_left--;
    return xstrdup("look at the timezone");
}

static void f_record_llm_call(ColleagueContext *cx, const ColleagueLlmCall *call) { (void)cx; (void)call; }

static void f_log_tool_use(ColleagueContext *cx, const ColleagueToolUse *use)
{
    Fake *f = fake_of(cx);
    f->tool_uses++;
    free(f->logged_result);
    free(f->logged_who);
    f->logged_result = xstrdup(use->result);
    f->logged_who = xstrdup(use->who);
}

static void f_scripted_reply(ColleagueContext *cx, const char *who, const char *text, const char *channel,
                             ColleagueScriptFn done, void *ud)
{
    Fake *f = fake_of(cx);
    free(f->script_what);
    f->script_what = xasprintf("reply %s %s %s", who, text, channel ? channel : "dm");
    done(ud, f->script_results);
}

static void f_call_script(ColleagueContext *cx, int ref, const char *what, ColleagueScriptFn done, void *ud)
{
    Fake *f = fake_of(cx);
    free(f->script_what);
    f->script_what = xstrdup(what);
    f->script_ref = ref;
    done(ud, f->script_results);
}

static void fake_init(Fake *f)
{
    memset(f, 0, sizeof *f);
    f->cx = (ColleagueContext){
        .owner = f, .scenario = &SCENARIO, .elapsed = f_elapsed, .messages = f_messages, .commands = f_commands,
        .task_status = f_task_status, .task_check = f_task_check, .read_file = f_read_file,
        .list_files = f_list_files, .read_diff = f_read_diff, .take_hint = f_take_hint,
        .record_llm_call = f_record_llm_call, .log_tool_use = f_log_tool_use,
        .scripted_reply = f_scripted_reply, .call_script = f_call_script,
    };
    f->messages[0] = (TranscriptMessage){"learner", "marco", NULL, "Is the <b>bug</b> in dates.py?", 60};
    f->messages[1] = (TranscriptMessage){"learner", "ana", NULL, "When is the demo?", 70};
    f->messages[2] = (TranscriptMessage){"learner", NULL, "#team", "@marco can you look?", 80};
    f->n_messages = 3;
    f->commands[0] = (TranscriptCommand){"pytest -q", 1, "1 failed", 90};
    f->n_commands = 1;
    f->checks[0] = (ColleagueCheck){.ran = true, .passed = false, .feedback = "test_dst fails"};
    f->checks[1] = (ColleagueCheck){.ran = false};
    f->hints_left = 1;
}

static void fake_free(Fake *f)
{
    free(f->hint_task);
    free(f->read_path);
    free(f->logged_result);
    free(f->logged_who);
    free(f->script_what);
    cJSON_Delete(f->script_results);
}

/* ---- prompts ----------------------------------------------------------------------------------- */

static void test_prompt_state_shows_the_contexts_tasks_and_checks(void)
{
    Fake f;
    fake_init(&f);
    char *state = colleague_prompt_state(&f.cx, "marco", COLLEAGUE_REVIEW, NULL, "fix-bug", 0);
    CHECK_CONTAINS(state, "10 minutes into the learner's session");
    CHECK_CONTAINS(state, "- fix-bug \"Fix the date bug\" (from @marco) (reviewer @marco): assigned");
    CHECK_CONTAINS(state, "check tests (The tests pass): failed");
    CHECK_CONTAINS(state, "check lint (Lint is clean): not run yet");
    CHECK_CONTAINS(state, "task fix-bug was submitted for your code review");
    free(state);
    char *grade = colleague_prompt_state(&f.cx, "marco", COLLEAGUE_GRADE, NULL, NULL, 0);
    CHECK_CONTAINS(grade, "rubric item asked (\"Asked before guessing\"), worth 0 to 5 points");
    free(grade);
    fake_free(&f);
}

static void test_conversation_keeps_only_whos_messages_escaped(void)
{
    Fake f;
    fake_init(&f);
    ColleagueConvo c = {0};
    colleague_prompt_conversation(&c, &f.cx, "marco");
    REQUIRE(c.n == 1);                                   /* both user turns merged */
    CHECK_INT_EQ(c.turns[0].role, ANTHROPIC_ROLE_USER);
    REQUIRE(c.turns[0].n == 2);
    CHECK_CONTAINS(c.turns[0].blocks[0].text, "Is the &lt;b&gt;bug&lt;/b&gt; in dates.py?");
    CHECK_CONTAINS(c.turns[0].blocks[1].text, "channel=\"#team\"");
    for (size_t i = 0; i < c.turns[0].n; i++) CHECK(!strstr(c.turns[0].blocks[i].text, "demo"));
    colleague_convo_free(&c);
    char *transcript = colleague_prompt_transcript(&f.cx);
    CHECK_CONTAINS(transcript, "When is the demo?");
    CHECK_CONTAINS(transcript, "<command t=\"90\" exit=\"1\">pytest -q\n1 failed</command>");
    CHECK(!strstr(transcript, "<b>"));
    free(transcript);
    fake_free(&f);
}

/* ---- tools ------------------------------------------------------------------------------------- */

typedef struct ToolOut {
    int calls, slot;
    char *result;
    bool is_error;
} ToolOut;

static void on_tool(void *ud, int slot, char *result, bool is_error)
{
    ToolOut *o = ud;
    o->calls++;
    o->slot = slot;
    free(o->result);
    o->result = result;
    o->is_error = is_error;
}

static ToolOut run_tool(Fake *f, const char *name, const char *input_json)
{
    ToolOut o = {0};
    cJSON *input = input_json ? cJSON_Parse(input_json) : NULL;
    colleague_tool_run(&f->cx, "marco", name, input, on_tool, &o, 3);
    cJSON_Delete(input);
    CHECK_INT_EQ(o.calls, 1);
    CHECK_INT_EQ(o.slot, 3);
    return o;
}

static void test_read_file_tool_reads_workspace_relative_paths_through_the_context(void)
{
    Fake f;
    fake_init(&f);
    f.file_data = "print('hi')\n";
    f.file_len = strlen(f.file_data);
    ToolOut o = run_tool(&f, "read_file", "{\"path\":\"/workspace/src/app.py\"}");
    CHECK(!o.is_error);
    CHECK_STR_EQ(o.result, "print('hi')\n");
    CHECK_STR_EQ(f.read_path, "src/app.py");
    free(o.result);
    f.file_data = "a\0b";
    f.file_len = 3;
    o = run_tool(&f, "read_file", "{\"path\":\"./img.png\"}");
    CHECK(o.is_error);
    CHECK_STR_EQ(o.result, "./img.png is a binary file");
    CHECK_STR_EQ(f.read_path, "img.png");
    free(o.result);
    f.file_data = NULL;
    o = run_tool(&f, "read_file", "{\"path\":\"gone.py\"}");
    CHECK(o.is_error);
    CHECK_STR_EQ(o.result, "cannot read gone.py: no such file");
    free(o.result);
    o = run_tool(&f, "read_file", "{}");
    CHECK(o.is_error);
    free(o.result);
    fake_free(&f);
}

static void test_activity_hint_diff_and_list_tools_use_the_context(void)
{
    Fake f;
    fake_init(&f);
    ToolOut o = run_tool(&f, "recent_activity", NULL);
    CHECK_CONTAINS(o.result, "$ pytest -q   (exit 1)");
    CHECK_CONTAINS(o.result, "- task fix-bug (assigned):");
    CHECK_CONTAINS(o.result, "tests: failed (test_dst fails)");
    CHECK_CONTAINS(o.result, "lint: not run yet");
    free(o.result);

    o = run_tool(&f, "give_hint", "{\"task\":\"fix-bug\"}");
    CHECK(!o.is_error);
    CHECK_CONTAINS(o.result, "look at the timezone");
    CHECK_STR_EQ(f.hint_task, "fix-bug");
    free(o.result);
    o = run_tool(&f, "give_hint", "{\"task\":\"fix-bug\"}");
    CHECK(o.is_error);
    CHECK_STR_EQ(o.result, "no hints left for fix-bug");
    free(o.result);

    o = run_tool(&f, "view_diff", NULL);
    CHECK_STR_EQ(o.result, "diff --git a/app.py b/app.py");
    CHECK(!f.diff_with_commits);
    free(o.result);
    o = run_tool(&f, "review_context", NULL);
    CHECK(f.diff_with_commits);
    CHECK_INT_EQ(f.diff_calls, 2);
    free(o.result);

    o = run_tool(&f, "list_files", NULL);              /* 20000 bytes: cut at the result cap */
    CHECK_CONTAINS(o.result, "[... 8000 more bytes not shown]");
    free(o.result);
    o = run_tool(&f, "review_decision", NULL);         /* terminal tools are not engine tools */
    CHECK(o.is_error);
    free(o.result);
    fake_free(&f);
}

static void test_tool_log_goes_to_the_context_shortened(void)
{
    Fake f;
    fake_init(&f);
    char long_result[1000];
    memset(long_result, 'r', sizeof long_result - 1);
    long_result[sizeof long_result - 1] = '\0';
    colleague_tool_log(&f.cx, NULL, "read_file", NULL, long_result, false, NULL);
    CHECK_INT_EQ(f.tool_uses, 1);
    CHECK_STR_EQ(f.logged_who, "judge");
    CHECK_INT_EQ(strlen(f.logged_result), 300);
    fake_free(&f);
}

/* ---- the scripted backend --------------------------------------------------------------------- */

typedef struct Answer {
    int calls;
    char *text;
    bool approved;
    double points;
} Answer;

static void on_reply(ColleagueContext *cx, void *ud, const char *text, const char *error)
{
    Answer *a = ud;
    CHECK(cx != NULL);
    CHECK(error == NULL);
    a->calls++;
    a->text = text ? xstrdup(text) : NULL;
}

static void on_review(ColleagueContext *cx, void *ud, const ReviewVerdict *v, const char *error)
{
    Answer *a = ud;
    CHECK(cx != NULL);
    CHECK(error == NULL);
    a->calls++;
    a->approved = v->approved;
    a->text = xstrdup(v->summary);
}

static void on_grade(ColleagueContext *cx, void *ud, double points, const char *why, const char *error)
{
    Answer *a = ud;
    CHECK(cx != NULL);
    CHECK(error == NULL);
    a->calls++;
    a->points = points;
    a->text = why ? xstrdup(why) : NULL;
}

static void test_scripted_backend_answers_through_the_contexts_scripts(void)
{
    Fake f;
    fake_init(&f);
    ColleagueBackend *b = colleague_scripted_new();
    f.script_results = cJSON_Parse("[\"Check dates.py line 12.\"]");
    Answer a = {0};
    b->reply(b, &f.cx, "marco", "#team", "@marco help?", on_reply, &a);
    CHECK_INT_EQ(a.calls, 1);
    CHECK_STR_EQ(a.text, "Check dates.py line 12.");
    CHECK_STR_EQ(f.script_what, "reply marco @marco help? #team");
    free(a.text);

    cJSON_Delete(f.script_results);
    f.script_results = cJSON_Parse("[7, \"asked twice\"]");   /* over the item's 5: the core clamps */
    a = (Answer){0};
    b->grade(b, &f.cx, 0, on_grade, &a);
    CHECK_INT_EQ(a.calls, 1);
    CHECK(a.points == 7);
    CHECK_STR_EQ(a.text, "asked twice");
    CHECK_STR_EQ(f.script_what, "rubric[asked].scripted");
    CHECK_INT_EQ(f.script_ref, 7);
    free(a.text);
    a = (Answer){0};
    b->grade(b, &f.cx, 1, on_grade, &a);                     /* no scripted judge */
    CHECK(a.points == 0);
    CHECK_CONTAINS(a.text, "no offline judge");
    free(a.text);
    b->free(b);
    fake_free(&f);
}

static void test_scripted_review_approves_exactly_when_every_check_passed(void)
{
    Fake f;
    fake_init(&f);
    ColleagueBackend *b = colleague_scripted_new();
    Answer a = {0};
    b->review(b, &f.cx, "marco", "fix-bug", on_review, &a);
    CHECK(!a.approved);
    CHECK_CONTAINS(a.text, "- The tests pass: test_dst fails");
    CHECK_CONTAINS(a.text, "- Lint is clean");               /* never ran: not passed */
    free(a.text);
    f.checks[0] = (ColleagueCheck){.ran = true, .passed = true};
    f.checks[1] = (ColleagueCheck){.ran = true, .passed = true};
    a = (Answer){0};
    b->review(b, &f.cx, "marco", "fix-bug", on_review, &a);
    CHECK(a.approved);
    CHECK_STR_EQ(a.text, "Looks good to me. Approved.");
    free(a.text);
    b->free(b);
    fake_free(&f);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_prompt_state_shows_the_contexts_tasks_and_checks),
        TEST_CASE(test_conversation_keeps_only_whos_messages_escaped),
        TEST_CASE(test_read_file_tool_reads_workspace_relative_paths_through_the_context),
        TEST_CASE(test_activity_hint_diff_and_list_tools_use_the_context),
        TEST_CASE(test_tool_log_goes_to_the_context_shortened),
        TEST_CASE(test_scripted_backend_answers_through_the_contexts_scripts),
        TEST_CASE(test_scripted_review_approves_exactly_when_every_check_passed),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
