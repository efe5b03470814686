/* test_run.c: the run state machine end to end on real parts (bubblewrap sandbox, bash on a
 * PTY, sqlite): hooks as coroutines, the virtual clock, scripted replies, submit → checks →
 * review, hints, rubric, time limit, and a runaway hook that must end only its own run. */
#define _GNU_SOURCE
#include "testlib.h"
#include "testlib_script.h"

#include "headless/headless.h"
#include "host/scenario_host.h"
#include "store/store_internal.h"
#include <cjson/cJSON.h>
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define FIXTURES WORKSIM_TESTS_DIR "/fixtures/runs"

typedef struct Seen {
    Buf kinds;        /* "kind\n" per event */
    Buf messages;     /* the JSON of each message event, one per line */
    Buf checks;       /* "check-id final\n" per check event, in log order */
} Seen;

static void record_event(void *ud, Run *run, const char *kind, const char *json)
{
    (void)run;
    Seen *s = ud;
    buf_printf(&s->kinds, "%s\n", kind);
    if (strcmp(kind, "message") == 0) buf_printf(&s->messages, "%s\n", json);
    if (strcmp(kind, "check") == 0) {
        cJSON *o = cJSON_Parse(json);
        buf_printf(&s->checks, "%s %s\n", cJSON_GetStringValue(cJSON_GetObjectItem(o, "check")),
                   cJSON_IsTrue(cJSON_GetObjectItem(o, "final")) ? "final" : "submit");
        cJSON_Delete(o);
    }
}

static Scenario *load(const char *name)
{
    char *dir = xasprintf("%s/%s", FIXTURES, name);
    char *err = NULL;
    Scenario *sc = scenario_load(dir, &err);
    if (!sc) fprintf(stderr, "  load %s: %s\n", dir, err);
    free(err);
    free(dir);
    return sc;
}

/* A headless run of a fixture with the given moves, its loop and what it logged. */
typedef struct Played {
    Run *run;
    Loop *loop;
    ActionScript *script;
    Seen seen;
} Played;

static bool play(Played *p, const char *fixture, const Action *acts, int n)
{
    memset(p, 0, sizeof *p);
    Scenario *sc = load(fixture);
    if (!sc) return false;
    p->script = testlib_script_of(acts, n);
    HeadlessOptions ho = {.run = {.on_event = record_event, .event_ud = &p->seen}};
    p->run = headless_run(sc, p->script, &ho, &p->loop);
    return true;
}

static void played_free(Played *p)
{
    run_free(p->run);
    loop_free(p->loop);
    actions_free(p->script);
    buf_free(&p->seen.kinds);
    buf_free(&p->seen.messages);
    buf_free(&p->seen.checks);
}

static const ScoreLine *line_of(const ScoreSheet *s, const char *id)
{
    for (int i = 0; i < s->n_lines; i++)
        if (strcmp(s->lines[i].item_id, id) == 0) return &s->lines[i];
    return NULL;
}

static void test_run_hooks_yield_and_resume_with_results(void)
{
    Action acts[] = {{.kind = ACTION_WAIT, .seconds = 59}};
    Played p;
    REQUIRE(play(&p, "hooks", acts, 1));
    Run *run = p.run;
    CHECK(run_is_finished(run));
    CHECK_CONTAINS(p.seen.messages.data, "\"text\":\"sh:false:hi\\n:3\"");
    CHECK_CONTAINS(p.seen.messages.data, "\"text\":\"root:true:0\\n\"");
    /* 59 virtual seconds are not enough for run:wait(60): the run finished first. */
    CHECK(!strstr(p.seen.messages.data, "after wait"));
    CHECK_CONTAINS(p.seen.messages.data, "finished with failed");
    played_free(&p);
}

static void test_run_wait_action_advances_virtual_clock_for_hooks(void)
{
    Action acts[] = {{.kind = ACTION_WAIT, .seconds = 61}};
    Played p;
    double t0 = util_monotonic_seconds();
    REQUIRE(play(&p, "hooks", acts, 1));
    Run *run = p.run;
    CHECK(util_monotonic_seconds() - t0 < 30);   /* virtual, not real, minutes */
    CHECK_CONTAINS(p.seen.messages.data, "after wait");
    CHECK(run_task_status(run, 1) == TASK_ASSIGNED);   /* the hook assigned "later" after its wait */
    played_free(&p);
}

/* run:sh(cmd, {copy = true}) runs on a throwaway copy of the workspace: nothing it writes, by
 * whatever path it builds, reaches the learner's workspace (evidence.lua's replays rely on it). */
static void test_run_sh_copy_leaves_the_workspace_alone(void)
{
    Action acts[] = {{.kind = ACTION_SAY, .target = "pal", .text = "copy please"}};
    Played p;
    REQUIRE(play(&p, "hooks", acts, 1));
    CHECK_CONTAINS(p.seen.messages.data, "copy:copied\\nagain\\n|real:cat: c.txt: No such file");
    CHECK(!strstr(p.seen.messages.data, "t.txt"));
    played_free(&p);
}

/* A hook's run:sh on the real workspace gets the checks' git environment (no file changed): a
 * learner's `git replace` of HEAD by a "fixed" commit does not fool a colleague's `git log`. */
static void test_run_sh_git_ignores_replace_refs(void)
{
    Action acts[] = {
        {.kind = ACTION_SH, .target = "git init -q && git -c user.name=a -c user.email=a@x commit -q --allow-empty -m wip && "
                                      "f=$(git -c user.name=a -c user.email=a@x commit-tree -m 'Fix the bug' 'HEAD^{tree}') && "
                                      "git replace HEAD $f && git log -1 --format=%s"},
        {.kind = ACTION_SAY, .target = "pal", .text = "log please"},
    };
    Played p;
    REQUIRE(play(&p, "hooks", acts, 2));
    CHECK_CONTAINS(p.seen.messages.data, "\"text\":\"log:wip\\n\"");
    CHECK(!strstr(p.seen.messages.data, "log:Fix the bug"));
    played_free(&p);
}

static void test_run_scripted_replies_and_on_message_override(void)
{
    Action acts[] = {
        {.kind = ACTION_SAY, .target = "lead", .text = "well hello!"},
        {.kind = ACTION_SAY, .target = "lead", .text = "42"},
        {.kind = ACTION_SAY, .target = "lead", .text = "call fn please"},
        {.kind = ACTION_SAY, .target = "lead", .text = "anything"},
        {.kind = ACTION_SAY, .target = "lead", .text = "tell me the secret"},
        {.kind = ACTION_POST, .target = "#team", .text = "@lead are you there"},
        {.kind = ACTION_SAY, .target = "pal", .text = "a second opinion please"},
        {.kind = ACTION_POST, .target = "#team", .text = "@LEA, one more thing"},     /* first name, any case */
        {.kind = ACTION_POST, .target = "#team", .text = "see @leadership and mail@lead.example"}, /* not a mention */
    };
    Played p;
    REQUIRE(play(&p, "hooks", acts, 9));
    Run *run = p.run;
    const char *m = p.seen.messages.data;
    CHECK_CONTAINS(m, "{\"from\":\"lead\",\"to\":\"learner\",\"text\":\"Hi there\"}");
    CHECK_CONTAINS(m, "{\"from\":\"lead\",\"to\":\"learner\",\"text\":\"a number\"}");
    CHECK_CONTAINS(m, "\"text\":\"fn:call fn please\"");
    CHECK_CONTAINS(m, "{\"from\":\"lead\",\"to\":\"learner\",\"text\":\"ok\"}");
    CHECK_CONTAINS(m, "{\"from\":\"lead\",\"channel\":\"#team\",\"text\":\"ok\"}");
    int channel_replies = 0;
    for (const char *r = strstr(m, "{\"from\":\"lead\",\"channel\":\"#team\""); r; r = strstr(r + 1, "{\"from\":\"lead\",\"channel\":\"#team\""))
        channel_replies++;
    CHECK_INT_EQ(channel_replies, 2);
    /* run:ask inside on_message, answered at once by a scripted colleague (this crashed) */
    CHECK_CONTAINS(m, "\"text\":\"lead says: a number / nil\"");
    /* on_message returned true for the secret: an award and no automatic reply. */
    const char *secret = strstr(m, "tell me the secret");
    REQUIRE(secret);
    const char *next = strchr(secret, '\n');
    CHECK(next && strncmp(next + 1, "{\"from\":\"lead\",\"to\":\"learner\"", 29) != 0);
    const ScoreLine *award = line_of(run_score(run), "asked");
    CHECK(award && award->points == 5);
    /* 9 learner messages → rubric 45, clamped to its 10 points. */
    const ScoreLine *talk = line_of(run_score(run), "talk");
    CHECK(talk && talk->points == 10 && talk->max == 10);
    played_free(&p);
}

static void test_run_submit_review_requests_changes_then_approves(void)
{
    Action acts[] = {
        {.kind = ACTION_SUBMIT, .target = "t1"},
        {.kind = ACTION_SH, .target = "echo no > done.txt"},
        {.kind = ACTION_HINT, .target = "t1"},
        {.kind = ACTION_SH, .target = "echo yes > done.txt && rm -f nothing"},
        {.kind = ACTION_SUBMIT, .target = "t1"},
    };
    Played p;
    REQUIRE(play(&p, "hooks", acts, 5));
    Run *run = p.run;
    const char *m = p.seen.messages.data;
    CHECK_CONTAINS(m, "Changes requested:\\n- done.txt exists: done.txt is missing");
    CHECK_CONTAINS(m, "Looks good to me. Approved.");
    CHECK_CONTAINS(m, "review of t1: false");
    CHECK_CONTAINS(m, "review of t1: true");
    CHECK(run_task_status(run, 0) == TASK_DONE);
    const ScoreSheet *s = run_score(run);
    CHECK(line_of(s, "exists")->passed);
    CHECK(line_of(s, "content")->passed);
    CHECK(line_of(s, "hint-1")->points == -3);
    CHECK(line_of(s, "rm") && line_of(s, "rm")->points == -2);
    /* 10 + 10 checks, 0 talk (no messages), -3 hint, -2 penalty = 15 of 35. */
    CHECK(s->score == 15);
    CHECK(s->max == 35);
    CHECK_STR_EQ(s->outcome, "failed");
    played_free(&p);
}

static void test_run_time_limit_ends_run_incomplete(void)
{
    Scenario *sc = load("timeout");
    REQUIRE(sc);
    Action acts[] = {{.kind = ACTION_WAIT, .seconds = 601}, {.kind = ACTION_SH, .target = "touch x"}};
    ActionScript *script = testlib_script_of(acts, 2);
    HeadlessOptions ho = {0};
    Loop *loop = NULL;
    Run *run = headless_run(sc, script, &ho, &loop);
    CHECK_STR_EQ(run_end_reason(run), "time_limit");
    CHECK_STR_EQ(run_score(run)->outcome, "incomplete");
    run_free(run);
    loop_free(loop);
    actions_free(script);
}

static void test_run_runaway_hook_ends_its_run_with_a_clear_error(void)
{
    Scenario *sc = load("runaway-hook");
    REQUIRE(sc);
    Action acts[] = {{.kind = ACTION_SAY, .target = "lead", .text = "hi"}};
    ActionScript *script = testlib_script_of(acts, 1);
    HeadlessOptions ho = {0};
    Loop *loop = NULL;
    Run *run = headless_run(sc, script, &ho, &loop);
    CHECK(run_is_finished(run));
    CHECK(run_failed_by_scenario(run));
    CHECK_CONTAINS(run_error(run), "instruction budget exceeded");
    CHECK_CONTAINS(run_error(run), "runaway-hook/scenario.lua");
    CHECK_CONTAINS(run_error(run), "on_message");
    CHECK(!strchr(run_error(run), '\n'));
    CHECK_STR_EQ(run_score(run)->outcome, "infra_error");
    run_free(run);
    loop_free(loop);
    actions_free(script);
}

static bool count_event(void *ud, int64_t seq, double t, const char *kind, const char *json)
{
    (void)seq;
    (void)t;
    (void)json;
    Buf *b = ud;
    buf_printf(b, "%s\n", kind);
    return true;
}

static void test_run_events_are_stored_in_order(void)
{
    char *path = xasprintf("%s/run-events.db", testlib_temp_dir());
    char *err = NULL;
    Store *st = store_open(path, &err);
    REQUIRE(st);
    Scenario *sc = load("hooks");
    REQUIRE(sc);
    Action acts[] = {{.kind = ACTION_SH, .target = "echo yes > done.txt"}, {.kind = ACTION_SUBMIT, .target = "t1"}};
    ActionScript *script = testlib_script_of(acts, 2);
    HeadlessOptions ho = {.run = {.store = st, .learner = "ada"}};
    Loop *loop = NULL;
    Run *run = headless_run(sc, script, &ho, &loop);
    int64_t id = run_id(run);
    CHECK(id > 0);
    Buf kinds = {0};
    CHECK(store_events_foreach(st, id, count_event, &kinds));
    CHECK(kinds.data && strncmp(kinds.data, "start\n", 6) == 0);
    const char *cmd = kinds.data ? strstr(kinds.data, "command\n") : NULL;
    const char *check = kinds.data ? strstr(kinds.data, "check\n") : NULL;
    const char *fin = kinds.data ? strstr(kinds.data, "finish\n") : NULL;
    CHECK(cmd && check && fin && cmd < check && check < fin);
    run_free(run);
    loop_free(loop);
    actions_free(script);
    store_close(st);
    /* The real sqlite3 tool reads the same run back. */
    char *q = xasprintf("sqlite3 '%s' \"select outcome, learner_id is not null from runs where id=%lld\"", path, (long long)id);
    FILE *p = popen(q, "r");
    char line[128] = {0};
    CHECK(p && fgets(line, sizeof line, p));
    if (p) pclose(p);
    CHECK_CONTAINS(line, "passed|1");   /* 20 of 35 points, pass = 50 */
    free(q);
    free(path);
    buf_free(&kinds);
}

/* Turns the store's file unwritable, the way sqlite itself reports a read-only database or
 * a full disk, right after the run logged an event of a given kind. */
typedef struct Sabotage {
    Store *st;
    const char *pragma;
    const char *after_kind;
    bool done;
} Sabotage;

static void sabotage_on_command(void *ud, Run *run, const char *kind, const char *json)
{
    (void)run;
    (void)json;
    Sabotage *s = ud;
    if (s->done || strcmp(kind, s->after_kind) != 0) return;
    s->done = true;
    if (sqlite3_exec(s->st->db, s->pragma, NULL, NULL, NULL) != SQLITE_OK) testlib_fail(__FILE__, __LINE__, "%s failed", s->pragma);
}

static void check_unwritable_store_ends_infra(const char *name, const char *pragma, const char *after_kind)
{
    char *path = xasprintf("%s/%s", testlib_temp_dir(), name);
    Store *st = store_open(path, NULL);
    REQUIRE(st);
    Scenario *sc = load("hooks");
    REQUIRE(sc);
    /* Enough output to need new pages, then a submit whose checks would pass. */
    Action acts[] = {{.kind = ACTION_SH, .target = "echo yes > done.txt; seq 1 3000"},
                     {.kind = ACTION_SUBMIT, .target = "t1"}};
    ActionScript *script = testlib_script_of(acts, 2);
    Sabotage sab = {st, pragma, after_kind, false};
    HeadlessOptions ho = {.run = {.store = st, .learner = "ada", .on_event = sabotage_on_command, .event_ud = &sab}};
    Loop *loop = NULL;
    Run *run = headless_run(sc, script, &ho, &loop);
    CHECK(sab.done);
    CHECK(run_is_finished(run));
    CHECK_STR_EQ(run_score(run)->outcome, "infra_error");
    CHECK_CONTAINS(run_error(run), "could not be stored");
    run_free(run);
    loop_free(loop);
    actions_free(script);
    store_close(st);
    free(path);
}

static void test_run_unwritable_store_ends_as_infra_error(void)
{
    check_unwritable_store_ends_infra("readonly.db", "PRAGMA query_only = 1", "command");   /* read-only database */
    /* Disk full: no new page, so the command's 8 KB of output cannot be logged. */
    check_unwritable_store_ends_infra("full.db", "PRAGMA max_page_count = 1", "start");
}

static void test_run_finish_during_submit_checks_grades_only_the_final_state(void)
{
    Scenario *sc = load("hooks");
    REQUIRE(sc);
    Seen seen = {0};
    Loop *loop = loop_new(true);
    RunOptions ro = {.loop = loop, .on_event = record_event, .event_ud = &seen, .hooks = scenario_run_hooks()};
    Run *run = run_start(sc, &ro);
    loop_run_until_idle(loop, NULL);
    char *err = NULL;
    CHECK(run_learner_submit(run, "t1", &err));   /* its first check is now running */
    run_finish(run, "finished");                  /* the learner ends the run at once */
    while (!run_is_finished(run) && loop_run_once(loop, 1000)) {}
    REQUIRE(run_is_finished(run));
    /* Only the final checks were logged (2), none from the interrupted submit. */
    int checks = 0;
    for (const char *p = seen.kinds.data; p && (p = strstr(p, "check\n")); p += 6) checks++;
    CHECK_INT_EQ(checks, 2);
    const ScoreLine *exists = line_of(run_score(run), "exists");
    CHECK(exists && !exists->passed && exists->feedback && strstr(exists->feedback, "done.txt is missing"));
    run_free(run);
    loop_free(loop);
    buf_free(&seen.kinds);
    buf_free(&seen.messages);
    buf_free(&seen.checks);
}

static void test_run_checks_are_logged_in_task_order(void)
{
    Action acts[] = {{.kind = ACTION_SUBMIT, .target = "t"}};
    Played p;
    REQUIRE(play(&p, "ordered-checks", acts, 1));
    Run *run = p.run;
    /* Results land on the right lines whatever order they finished in. */
    const ScoreSheet *s = run_score(run);
    CHECK(!line_of(s, "slow")->passed && strstr(line_of(s, "slow")->feedback, "slow one"));
    CHECK(line_of(s, "quick")->passed && line_of(s, "third")->passed);
    CHECK_INT_EQ((int)s->score, 2);
    CHECK_STR_EQ(p.seen.checks.data, "slow submit\nquick submit\nthird submit\nslow final\nquick final\nthird final\n");
    played_free(&p);
}

/* The engine records where the run started (DESIGN §3): the HEAD commit and a snapshot taken
 * when on_start returned, which the learner's later edits do not reach and the learner's
 * shell cannot see. */
static void test_run_records_the_base_after_on_start(void)
{
    Action acts[] = {
        {.kind = ACTION_SH, .target = "test -e /base && echo BASE-VISIBLE; echo 'echo 5' > total.sh; "
                                    "git rev-parse HEAD > .git/worksim-base; git tag -f v0"},
        {.kind = ACTION_SUBMIT, .target = "fix"},
    };
    Played p;
    REQUIRE(play(&p, "truth", acts, 2));
    Run *run = p.run;
    const char *commit = run_base_commit(run);
    REQUIRE(commit);
    CHECK_INT_EQ((int)strlen(commit), 40);
    CHECK_INT_EQ((int)strspn(commit, "0123456789abcdef"), 40);
    CHECK_CONTAINS(p.seen.kinds.data, "base_recorded\n");
    const char *base = run_base_dir(run);
    REQUIRE(base);
    char *path = xasprintf("%s/total.sh", base);
    char *text = util_read_file(path, NULL, NULL);
    CHECK(text && strstr(text, "$1 - $2"));       /* as on_start left it, not the learner's edit */
    free(text);
    free(path);
    path = xasprintf("%s/.git/HEAD", base);
    CHECK(access(path, F_OK) == 0);               /* .git is part of the base */
    free(path);
    int n = 0;
    const RunCommand *cmds = run_commands(run, &n);
    REQUIRE(n >= 1);
    CHECK(!strstr(cmds[0].output, "BASE-VISIBLE"));
    /* No commit after the base: the check says so, whatever the learner wrote into .git. */
    const ScoreLine *committed = line_of(run_score(run), "committed");
    CHECK(committed && !committed->passed);
    played_free(&p);
}

/* A workspace that is no git repository has a base folder but no base commit. */
static void test_run_base_of_a_plain_workspace_has_no_commit(void)
{
    Played p;
    REQUIRE(play(&p, "colleagues", NULL, 0));
    CHECK(run_base_commit(p.run) == NULL);
    CHECK(run_base_dir(p.run) != NULL);
    CHECK_CONTAINS(p.seen.kinds.data, "base_recorded\n");
    played_free(&p);
}

/* The colleague message right after the learner's message `said`, or NULL if none answered. */
static const char *reply_after(Run *run, const char *said)
{
    int n = 0;
    const RunMessage *m = run_messages(run, &n);
    for (int i = 0; i + 1 < n; i++)
        if (strcmp(m[i].from, "learner") == 0 && strcmp(m[i].text, said) == 0)
            return strcmp(m[i + 1].from, "learner") != 0 ? m[i + 1].text : NULL;
    return NULL;
}

static void test_run_scripted_rules_match_words_lists_patterns_when_once_and_fall_through(void)
{
    Action acts[] = {
        {.kind = ACTION_SAY, .target = "lead", .text = "the latest build"},      /* "test" inside a word: no */
        {.kind = ACTION_SAY, .target = "lead", .text = "Running the TESTS now"},  /* word start, any case */
        {.kind = ACTION_SAY, .target = "lead", .text = "can we Ship   it?"},      /* a list item, spacing forgiven */
        {.kind = ACTION_SAY, .target = "lead", .text = "ORDER 42"},               /* pattern, case-insensitive, captures */
        {.kind = ACTION_SAY, .target = "lead", .text = "keep -- OUT"},            /* %W keeps its meaning */
        {.kind = ACTION_SAY, .target = "lead", .text = "status please"},          /* when: task not done yet */
        {.kind = ACTION_SAY, .target = "lead", .text = "marker?"},                /* when with run:sh: no marker */
        {.kind = ACTION_SH, .target = "touch marker"},
        {.kind = ACTION_SAY, .target = "lead", .text = "marker now"},             /* when with run:sh: marker */
        {.kind = ACTION_SAY, .target = "lead", .text = "hello"},                  /* once */
        {.kind = ACTION_SAY, .target = "lead", .text = "hello again"},
        {.kind = ACTION_SAY, .target = "lead", .text = "maybe yes"},              /* reply function answers */
        {.kind = ACTION_SAY, .target = "lead", .text = "maybe not"},              /* nil, then false: fall through */
        {.kind = ACTION_POST, .target = "#team", .text = "@lead where are you"},
        {.kind = ACTION_SAY, .target = "lead", .text = "where now"},
        {.kind = ACTION_SUBMIT, .target = "t"},
        {.kind = ACTION_SAY, .target = "lead", .text = "status again"},           /* when: task done */
    };
    Played p;
    REQUIRE(play(&p, "rules", acts, (int)(sizeof acts / sizeof acts[0])));
    Run *run = p.run;
    CHECK(!run_error(run));
    CHECK_STR_EQ(reply_after(run, "the latest build"), "fallback");
    CHECK_STR_EQ(reply_after(run, "Running the TESTS now"), "word:test");
    CHECK_STR_EQ(reply_after(run, "can we Ship   it?"), "list");
    CHECK_STR_EQ(reply_after(run, "ORDER 42"), "order:42");
    CHECK_STR_EQ(reply_after(run, "keep -- OUT"), "escapes keep their meaning");
    CHECK_STR_EQ(reply_after(run, "status please"), "status:open");
    CHECK_STR_EQ(reply_after(run, "marker?"), "fallback");
    CHECK_STR_EQ(reply_after(run, "marker now"), "marker:there");
    CHECK_STR_EQ(reply_after(run, "hello"), "hello:first");
    CHECK_STR_EQ(reply_after(run, "hello again"), "hello:again");
    CHECK_STR_EQ(reply_after(run, "maybe yes"), "maybe:yes");
    CHECK_STR_EQ(reply_after(run, "maybe not"), "fallback");
    CHECK_STR_EQ(reply_after(run, "@lead where are you"), "where:nil:#team:lead");
    CHECK_STR_EQ(reply_after(run, "where now"), "where:lead:nil:lead");
    CHECK_STR_EQ(reply_after(run, "status again"), "status:done");
    played_free(&p);
}

static void test_run_scripted_rule_error_names_the_rule_in_one_line(void)
{
    Action acts[] = {{.kind = ACTION_SAY, .target = "lead", .text = "boom"}};
    Played p;
    REQUIRE(play(&p, "rules", acts, 1));
    Run *run = p.run;
    CHECK(run_failed_by_scenario(run));
    CHECK_CONTAINS(run_error(run), "rules/scenario.lua: scripted.lead: rule 13 (when): ");
    CHECK_CONTAINS(run_error(run), "kaput");
    CHECK(!strchr(run_error(run), '\n'));
    played_free(&p);
}

/* The fixture's rubric function runs every facts.lua helper and run:task against what these
 * moves left behind; it scores 1 with "ok N" only when every expectation held. */
static void test_run_facts_for_fair_judges(void)
{
    Action acts[] = {
        {.kind = ACTION_SH, .target = "echo 'tail 7c6d5e4f3a' > left.txt"},
        {.kind = ACTION_SH, .target = "echo 'token = \"sk_live_4f9a8b7c6d5e4f3a2b1c\"' > notes.txt && git add notes.txt && git commit -qm 'add notes 4f9a8b7c6d5e'"},
        {.kind = ACTION_SH, .target = "git rm -q notes.txt && git commit -qm 'remove notes'"},
        {.kind = ACTION_SH, .target = "echo 'x=sk_live_4f9a8b7c6' > s.txt && git add s.txt && git stash -q"},
        {.kind = ACTION_SH, .target = "git commit -q --allow-empty -m 'oops 8b7c6d5e4f3a' && git reset -q --hard HEAD~1"},
        {.kind = ACTION_SH, .target = "echo 'sk_live_4f9a8b7c6d5e4f3a2b1c' | git hash-object -w --stdin >/dev/null"},
        {.kind = ACTION_SH, .target = "echo 'KEY = 1' > config.py"},
        {.kind = ACTION_SH, .target = "false | cat"},
        {.kind = ACTION_SH, .target = "test -f nope"},
        {.kind = ACTION_SAY, .target = "lead", .text = "Should I change config.py?"},
        {.kind = ACTION_SUBMIT, .target = "t"},
        {.kind = ACTION_SAY, .target = "lead", .text = "Done: disk at 99% (was 93 %), key ending 2b1c rotated"},
        {.kind = ACTION_POST, .target = "#team", .text = "it is 6d5e4f3a2b1c"},
    };
    Played p;
    REQUIRE(play(&p, "facts", acts, (int)(sizeof acts / sizeof acts[0])));
    Run *run = p.run;
    CHECK(!run_error(run));
    if (run_error(run)) fprintf(stderr, "  run error: %s\n", run_error(run));
    const ScoreLine *facts = line_of(run_score(run), "facts");
    REQUIRE(facts);
    if (facts->points != 1) fprintf(stderr, "  facts: %s\n", facts->feedback ? facts->feedback : "(no why)");
    CHECK(facts->points == 1);
    CHECK_STR_EQ(facts->feedback, "ok 68");   /* every expectation of the fixture ran */
    played_free(&p);
}

/* A blank submit (Submit clicked before any message or command, to see what the checks ask
 * for) hands nothing in: it counts, but first_submit is the first submit after some work. */
static void test_run_blank_submit_is_not_the_first_submit(void)
{
    Action acts[] = {
        {.kind = ACTION_SUBMIT, .target = "t"},
        {.kind = ACTION_SAY, .target = "lead", .text = "Should I change config.py?"},
        {.kind = ACTION_SH, .target = "true"},
        {.kind = ACTION_SUBMIT, .target = "t"},
        {.kind = ACTION_SUBMIT, .target = "t"},
    };
    Played p;
    REQUIRE(play(&p, "facts", acts, (int)(sizeof acts / sizeof acts[0])));
    const TaskSubmits *sub = run_task_submits(p.run, 0);
    CHECK_INT_EQ(sub->count, 3);
    CHECK_INT_EQ(sub->blank, 1);
    CHECK(task_submits_has_first(sub));
    CHECK_INT_EQ(sub->first_commands, 1);
    CHECK(sub->first_messages >= 1);              /* the question came before it */
    CHECK(sub->first_t <= sub->last_t);
    CHECK_INT_EQ(sub->last_commands, 1);
    played_free(&p);

    Action only_blank[] = {{.kind = ACTION_SUBMIT, .target = "t"}, {.kind = ACTION_SUBMIT, .target = "t"}};
    REQUIRE(play(&p, "facts", only_blank, 2));
    sub = run_task_submits(p.run, 0);
    CHECK(sub->count == 2 && sub->blank == 2 && !task_submits_has_first(sub));
    played_free(&p);
}

/* What an honest fix scores on the truth fixture: every check passes, nothing is flagged. */
static void test_run_truth_fixture_honest_fix_passes(void)
{
    Action acts[] = {
        {.kind = ACTION_SH, .target = "ls /checks 2>&1; echo 'echo $(( $1 + $2 ))' > total.sh && "
                                    "git -c user.name=L -c user.email=l@x commit -qam fix"},
        {.kind = ACTION_SUBMIT, .target = "fix"},
    };
    Played p;
    REQUIRE(play(&p, "truth", acts, 2));
    const ScoreSheet *s = run_score(p.run);
    CHECK(line_of(s, "tests")->passed && line_of(s, "hidden")->passed && line_of(s, "committed")->passed);
    CHECK_STR_EQ(s->outcome, "passed");
    for (int i = 0; i < s->n_lines; i++) CHECK(strncmp(s->lines[i].item_id, "protected:", 10) != 0);
    int n = 0;
    const RunCommand *cmds = run_commands(p.run, &n);
    REQUIRE(n >= 1);
    CHECK(!strstr(cmds[0].output, "adds.sh"));   /* /checks is for check sandboxes only */
    played_free(&p);
}

/* Protected paths (DESIGN §3): whatever the learner did to tests/ (edited, deleted, added a
 * file, swapped the folder for a link), each check gets tests/ as it was in the base, and the
 * breakdown names each changed path with a 0-point line. */
static void test_run_protected_paths_are_restored_and_named(void)
{
    static const struct { const char *sh, *names[3]; } cases[] = {
        {"echo 'exit 0' > tests/test_total.sh; echo 'exit 0' > tests/extra.sh",
         {"tests/test_total.sh", "tests/extra.sh", NULL}},
        {"rm tests/test_total.sh", {"tests/test_total.sh", NULL}},
        {"mkdir /tmp/t && echo 'exit 0' > /tmp/t/test_total.sh && rm -r tests && ln -s /tmp/t tests", {"tests", NULL}},
        {"chmod 000 tests", {NULL}},   /* same content: restored, nothing to name */
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char *line = xasprintf("%s; git -c user.name=L -c user.email=l@x commit -qam cheat", cases[k].sh);
        Action acts[] = {{.kind = ACTION_SH, .target = line}, {.kind = ACTION_SUBMIT, .target = "fix"}};
        Played p;
        REQUIRE(play(&p, "truth", acts, 2));
        const ScoreSheet *s = run_score(p.run);
        const ScoreLine *tests = line_of(s, "tests");
        if (!tests || tests->passed) testlib_fail(__FILE__, __LINE__, "case %zu: the protected test passed", k);
        else CHECK_CONTAINS(tests->feedback, "total.sh 2 3 should print 5");
        int named = 0;
        for (int i = 0; i < s->n_lines; i++) {
            if (strncmp(s->lines[i].item_id, "protected:", 10) != 0) continue;
            named++;
            CHECK(s->lines[i].max == 0 && s->lines[i].points == 0 && !s->lines[i].passed);
        }
        int want = 0;
        for (; cases[k].names[want]; want++) {
            char *id = xasprintf("protected:%s", cases[k].names[want]);
            const ScoreLine *l = line_of(s, id);
            if (!l) testlib_fail(__FILE__, __LINE__, "case %zu: no line %s", k, id);
            else CHECK(strstr(l->label, "Protected path changed: ") && strstr(l->label, cases[k].names[want]));
            free(id);
        }
        if (named != want) testlib_fail(__FILE__, __LINE__, "case %zu: %d protected lines, want %d", k, named, want);
        played_free(&p);
        free(line);
    }
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_run_hooks_yield_and_resume_with_results),
        TEST_CASE(test_run_wait_action_advances_virtual_clock_for_hooks),
        TEST_CASE(test_run_sh_copy_leaves_the_workspace_alone),
        TEST_CASE(test_run_sh_git_ignores_replace_refs),
        TEST_CASE(test_run_scripted_replies_and_on_message_override),
        TEST_CASE(test_run_submit_review_requests_changes_then_approves),
        TEST_CASE(test_run_time_limit_ends_run_incomplete),
        TEST_CASE(test_run_runaway_hook_ends_its_run_with_a_clear_error),
        TEST_CASE(test_run_events_are_stored_in_order),
        TEST_CASE(test_run_unwritable_store_ends_as_infra_error),
        TEST_CASE(test_run_finish_during_submit_checks_grades_only_the_final_state),
        TEST_CASE(test_run_checks_are_logged_in_task_order),
        TEST_CASE(test_run_records_the_base_after_on_start),
        TEST_CASE(test_run_base_of_a_plain_workspace_has_no_commit),
        TEST_CASE(test_run_scripted_rules_match_words_lists_patterns_when_once_and_fall_through),
        TEST_CASE(test_run_scripted_rule_error_names_the_rule_in_one_line),
        TEST_CASE(test_run_facts_for_fair_judges),
        TEST_CASE(test_run_blank_submit_is_not_the_first_submit),
        TEST_CASE(test_run_truth_fixture_honest_fix_passes),
        TEST_CASE(test_run_protected_paths_are_restored_and_named),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
