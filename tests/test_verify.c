/* test_verify.c: `worksim verify` on small fixture scenarios (DESIGN §4): every script in
 * solution/ runs; a script without expect must score full marks, one with expect must meet
 * it (each kind, met and unmet, with a line saying why); a script's own error is reported as
 * that error; the rule of 2 alternatives and 3 expecting scripts fails, or warns with --draft;
 * a scenario that a learner who only submits, or who only says what the reference says, passes fails.
 * Also the headless clock: typing time moves it, so a slow typist runs out of time. */
#define _GNU_SOURCE
#include "testlib.h"

#include "headless/headless.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define FIXTURE WORKSIM_TESTS_DIR "/fixtures/verify"

static void copy_file(const char *from, const char *to)
{
    char *err = NULL;
    size_t len = 0;
    char *text = util_read_file(from, &len, &err);
    if (!text || !util_write_file(to, text, len, &err)) testlib_fail(__FILE__, __LINE__, "copy %s: %s", from, err);
    free(text);
    free(err);
}

/* A scenario folder named name in the temp dir: the fixture scenario with solution/ holding
 * reference.lua as actions.lua plus the named scripts (NULL-terminated). Caller frees. */
static char *scenario_with(const char *name, const char *const *scripts)
{
    char *dir = xasprintf("%s/%s", testlib_temp_dir(), name);
    char *sol = xasprintf("%s/solution", dir);
    mkdir(dir, 0700);
    mkdir(sol, 0700);
    char *to = xasprintf("%s/scenario.lua", dir);
    copy_file(FIXTURE "/scenario.lua", to);
    free(to);
    to = xasprintf("%s/actions.lua", sol);
    copy_file(FIXTURE "/scripts/reference.lua", to);
    free(to);
    for (int i = 0; scripts[i]; i++) {
        char *from = xasprintf("%s/scripts/%s", FIXTURE, scripts[i]);
        to = xasprintf("%s/%s", sol, scripts[i]);
        copy_file(from, to);
        free(from);
        free(to);
    }
    free(sol);
    return dir;
}

static int verify(const char *dir, const char *extra, char **out)
{
    char *err = NULL;
    int rc = testlib_run_worksim((const char *[]){"verify", dir, extra, NULL}, NULL, out, &err);
    printf("%s", *out ? *out : "");
    free(err);
    return rc;
}

static void test_verify_every_kind_of_expect_met_and_the_rule_satisfied(void)
{
    char *dir = scenario_with("all-met", (const char *const[]){"alt-printf.lua", "alt-tee.lua", "empty-file-fails.lua",
                                                               "nothing-scores-zero.lua", "slow-typist-incomplete.lua", NULL});
    char *out = NULL;
    CHECK_INT_EQ(verify(dir, NULL, &out), 0);
    CHECK_CONTAINS(out, "ok   verify-fixture: actions.lua 100%, alt-printf.lua 100%, alt-tee.lua 100%, "
                        "empty-file-fails.lua 50% (failed), nothing-scores-zero.lua 0% (failed), "
                        "slow-typist-incomplete.lua 0% (incomplete); submit-only 0% (failed), talk-only 0% (failed)");
    CHECK(!strstr(out, "warn"));
    CHECK(!strstr(out, "FAIL"));
    free(out);
    free(dir);
}

static void test_verify_names_each_unmet_expectation_and_failed_alternative(void)
{
    char *dir = scenario_with("unmet", (const char *const[]){"alt-half.lua", "unmet-min.lua", "unmet-max.lua",
                                                             "unmet-outcome.lua", NULL});
    char *out = NULL;
    CHECK_INT_EQ(verify(dir, NULL, &out), 1);
    CHECK_CONTAINS(out, "FAIL verify-fixture: 4 of 7 scripts failed verify");
    CHECK_CONTAINS(out, "     solution/alt-half.lua: scored 50 % (failed), expected 100 %");
    CHECK_CONTAINS(out, "     solution/unmet-min.lua: scored 50 %, expected at least 90 %\n");
    CHECK_CONTAINS(out, "     solution/unmet-max.lua: scored 100 %, expected at most 60 %\n");
    CHECK_CONTAINS(out, "     solution/unmet-outcome.lua: outcome passed (100 %), expected outcome failed\n");
    CHECK(!strstr(out, "actions.lua:"));
    /* 1 alternative and 3 expecting scripts: short of the rule, a failure too */
    CHECK_CONTAINS(out, "FAIL verify-fixture: 1 alternative solution (needs 2) and 3 mistake or gaming scripts");
    free(out);
    free(dir);
}

static void test_verify_reports_a_scripts_own_error_as_that_error(void)
{
    char *dir = scenario_with("bad-scripts", (const char *const[]){"bad-task.lua", "bad-expect-key.lua", "syntax-error.lua",
                                                                  "refused-control-char.lua", NULL});
    char *out = NULL;
    CHECK_INT_EQ(verify(dir, NULL, &out), 2);
    CHECK_CONTAINS(out, "FAIL verify-fixture: 4 of 7 scripts failed verify");
    CHECK_CONTAINS(out, "     solution/bad-task.lua: [2].submit: unknown task 'dnoe' in scenario 'verify-fixture'\n");
    CHECK_CONTAINS(out, "     solution/bad-expect-key.lua: expect: unknown key 'max_precent'");
    CHECK_CONTAINS(out, "     solution/syntax-error.lua:3: '}' expected");
    CHECK_CONTAINS(out, "     solution/refused-control-char.lua: action 1 (sh) was refused: the line holds control characters");
    CHECK(!strstr(out, "scored"));
    free(out);
    free(dir);

    /* The reference solution cannot be an expectation: it must pass. */
    dir = scenario_with("expecting-reference", (const char *const[]){NULL});
    char *actions = xasprintf("%s/solution/actions.lua", dir);
    copy_file(FIXTURE "/scripts/empty-file-fails.lua", actions);
    free(actions);
    CHECK_INT_EQ(verify(dir, NULL, &out), 2);
    CHECK_CONTAINS(out, "     solution/actions.lua: expect: the reference solution must pass");
    free(out);
    free(dir);
}

static void test_verify_script_rule_fails_unless_draft(void)
{
    char *dir = scenario_with("too-few", (const char *const[]){"alt-printf.lua", NULL});
    char *out = NULL;
    CHECK_INT_EQ(verify(dir, NULL, &out), 1);
    CHECK_CONTAINS(out, "ok   verify-fixture: actions.lua 100%, alt-printf.lua 100%;");
    CHECK_CONTAINS(out, "FAIL verify-fixture: 1 alternative solution (needs 2) and 0 mistake or gaming scripts");
    free(out);
    CHECK_INT_EQ(verify(dir, "--strict", &out), 1);   /* the old flag: the default now */
    CHECK_CONTAINS(out, "FAIL verify-fixture: 1 alternative solution (needs 2)");
    free(out);
    CHECK_INT_EQ(verify(dir, "--draft", &out), 0);    /* a scenario being written: a warning */
    CHECK_CONTAINS(out, "warn verify-fixture: 1 alternative solution (needs 2)");
    free(out);
    free(dir);
}

/* A command in a script that ran into its timeout (here an unclosed quote) meets the script's
 * expectation, so it fails nothing, but verify names it: the rest of the script ran without it. */
static void test_verify_warns_about_a_script_command_that_timed_out(void)
{
    char *dir = scenario_with("timed-out", (const char *const[]){"alt-printf.lua", "alt-tee.lua", "empty-file-fails.lua",
                                                                "nothing-scores-zero.lua", "unclosed-quote-warns.lua", NULL});
    char *out = NULL;
    CHECK_INT_EQ(verify(dir, NULL, &out), 0);
    CHECK_CONTAINS(out, "unclosed-quote-warns.lua 0% (failed)");
    CHECK_CONTAINS(out, "warn verify-fixture: solution/unclosed-quote-warns.lua: action 1: the command did not finish "
                        "in 1 s and was interrupted (an unclosed quote, or a command waiting for input?)\n");
    CHECK(!strstr(out, "solution/alt-printf.lua:"));
    CHECK(!strstr(out, "FAIL"));
    free(out);
    free(dir);
}

/* Replaces the first `from` in the file with `to` (the fixture's pass mark, a check's flags). */
static void edit_file(const char *path, const char *from, const char *to)
{
    char *err = NULL;
    char *text = util_read_file(path, NULL, &err);
    REQUIRE(text);
    char *at = strstr(text, from);
    REQUIRE(at);
    *at = '\0';
    char *edited = xasprintf("%s%s%s", text, to, at + strlen(from));
    CHECK(util_write_file(path, edited, strlen(edited), &err));
    free(edited);
    free(text);
    free(err);
}

/* A scenario whose pass mark a learner who only submits reaches fails verify, even though one
 * of its checks fails: the failing checks are worth too little to matter. */
static void test_verify_fails_a_scenario_that_a_submit_only_learner_passes(void)
{
    char *dir = scenario_with("lenient", (const char *const[]){NULL});
    char *path = xasprintf("%s/scenario.lua", dir);
    edit_file(path, "pass = 70", "pass = 0");
    char *out = NULL;
    CHECK_INT_EQ(verify(dir, "--draft", &out), 1);
    CHECK_CONTAINS(out, "a learner who only submits passes (0 %): the checks that fail are worth too little");
    free(out);
    free(path);
    free(dir);
}

/* Gives the fixture scenario at path a rubric item paying `points` when the learner said anything. */
static void add_rubric_for_words(const char *path, int points)
{
    char *rubric = xasprintf("  cast = { lee = { name = \"Lee\", role = \"Team lead\" } },\n"
                             "  rubric = { { id = \"told\", label = \"Told the team\", points = %d, judge = \"lee\",\n"
                             "    scripted = function(run)\n"
                             "    for _, m in ipairs(run:messages()) do if m.from == \"learner\" then return %d, \"told\" end end\n"
                             "    return 0, \"silent\" end } },\n  tasks = {",
                             points, points);
    edit_file(path, "  tasks = {", rubric);
    free(rubric);
}

/* A scenario whose rubric pays for what the learner says fails verify when the reference's words
 * alone pass: the talk-only learner posts and submits as the reference does and runs none of its
 * commands. Paid less for words, the same learner fails and the scenario verifies. */
static void test_verify_fails_a_scenario_that_a_talk_only_learner_passes(void)
{
    char *dir = scenario_with("wordy", (const char *const[]){NULL});
    char *path = xasprintf("%s/scenario.lua", dir);
    add_rubric_for_words(path, 60);
    char *reference = xasprintf("%s/solution/actions.lua", dir);
    const char *says = "return { { sh = \"echo yes > done.txt\" }, { post = \"#team\", text = \"done.txt says yes\" },\n"
                       "  { submit = \"done\" }, { finish = true } }\n";
    char *err = NULL;
    REQUIRE(util_write_file(reference, says, strlen(says), &err));
    char *out = NULL;
    CHECK_INT_EQ(verify(dir, "--draft", &out), 1);
    CHECK_CONTAINS(out, "solution/talk-only learner: a learner who says what the reference says and runs none of its "
                        "commands passes (75 %): the score credits words over acts");
    CHECK(!strstr(out, "submit-only learner:"));   /* the one who says nothing still fails (0 of 80) */
    free(out);

    copy_file(FIXTURE "/scenario.lua", path);
    add_rubric_for_words(path, 40);   /* words alone now earn 40 of 60: under the mark */
    CHECK_INT_EQ(verify(dir, "--draft", &out), 0);
    CHECK_CONTAINS(out, "ok   verify-fixture: actions.lua 100%; submit-only 0% (failed), talk-only 66.7% (failed)");
    free(out);
    free(reference);
    free(path);
    free(dir);
}

/* `required = true` on a check closes a gate: 50 % over a pass mark of 40 passes, unless the
 * failing check is required; then the run fails and its line says why first. */
static void test_a_failing_required_check_fails_a_run_above_the_pass_mark(void)
{
    char *dir = scenario_with("required", (const char *const[]){NULL});
    char *path = xasprintf("%s/scenario.lua", dir), *db = xasprintf("--db=%s/required.db", testlib_temp_dir());
    char *script = xasprintf("%s/scripts/alt-half.lua", FIXTURE);
    edit_file(path, "pass = 70", "pass = 40");
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "run", dir, "--actions", script, "--json", NULL}, NULL, &out, &err), 0);
    CHECK_CONTAINS(out, "\"outcome\":\"passed\"");
    free(out), free(err);
    edit_file(path, "run = \"grep -qx yes done.txt\"", "run = \"grep -qx yes done.txt\", required = true");
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "run", dir, "--actions", script, "--json", NULL}, NULL, &out, &err), 0);
    CHECK_CONTAINS(out, "\"outcome\":\"failed\"");
    CHECK_CONTAINS(out, "\"percent\":50");
    CHECK_CONTAINS(out, "\"feedback\":\"required to pass the run: ");
    free(out), free(err);
    /* anything but a boolean is a load error naming the field */
    edit_file(path, "required = true", "required = \"yes\"");
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "run", dir, "--actions", script, NULL}, NULL, &out, &err), 2);
    CHECK_CONTAINS(err, "required");
    free(out), free(err);
    free(script), free(db), free(path), free(dir);
}

/* `run` does not grade by expect but says whether it was met; the JSON has "expect" only when
 * the script carries one. */
static void test_run_json_shows_expect_and_whether_it_was_met(void)
{
    char *db = xasprintf("--db=%s/run.db", testlib_temp_dir());
    const char *scripts[] = {"empty-file-fails.lua", "unmet-max.lua", "reference.lua"};
    const char *wanted[] = {"\"expect\":{\"outcome\":\"failed\",\"max_percent\":50,\"met\":true}",
                            "\"expect\":{\"max_percent\":60,\"met\":false}", NULL};
    for (int i = 0; i < 3; i++) {
        char *script = xasprintf("%s/scripts/%s", FIXTURE, scripts[i]);
        char *out = NULL, *err = NULL;
        CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "run", FIXTURE, "--actions", script, "--json", NULL}, NULL,
                                         &out, &err),
                     0);
        if (wanted[i]) CHECK_CONTAINS(out, wanted[i]);
        else CHECK(out && !strstr(out, "expect"));
        free(out), free(err), free(script);
    }
    /* A non-finite number in expect is bad input: exit 2, one line naming the field. */
    char *nan_script = xasprintf("%s/nan-expect.lua", testlib_temp_dir());
    const char *text = "return { expect = { max_percent = 0/0 }, { finish = true } }\n";
    CHECK(util_write_file(nan_script, text, strlen(text), NULL));
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "run", FIXTURE, "--actions", nan_script, NULL}, NULL, &out, &err), 2);
    CHECK_CONTAINS(err, "nan-expect.lua: expect.max_percent: expected a number of percent from 0 to 100\n");
    free(out), free(err), free(nan_script);
    free(db);
}

static void test_headless_typing_moves_the_clock_at_a_human_pace(void)
{
    CHECK(headless_typing_seconds("hello") == 5 / HEADLESS_TYPING_CHARS_PER_SECOND);
    CHECK(headless_typing_seconds("h\xc3\xa9llo") == 5 / HEADLESS_TYPING_CHARS_PER_SECOND);   /* characters, not bytes */
    CHECK(headless_typing_seconds(NULL) == 0);

    char *err = NULL;
    Scenario *sc = scenario_load(FIXTURE, &err);
    REQUIRE(sc);
    char *text = xasprintf("%0200d", 0);   /* 200 characters: 40 s at 5 a second */
    Action acts[] = {{.kind = ACTION_POST, .target = "#team", .text = text},
                     {.kind = ACTION_SH, .target = "sleep 2"}};
    ActionScript script = {.file = "(test)", .actions = acts, .n = 2};
    HeadlessOptions ho = {0};
    Loop *loop = NULL;
    Run *run = headless_run(sc, &script, &ho, &loop);
    int n = 0;
    const RunMessage *m = run_messages(run, &n);
    REQUIRE(n >= 1);
    CHECK(m[0].t >= 40 && m[0].t < 41);                  /* posted once typed */
    const RunCommand *c = run_commands(run, &n);
    REQUIRE(n == 1);
    double typed = 40 + 7 / HEADLESS_TYPING_CHARS_PER_SECOND;
    CHECK(c[0].t >= typed && c[0].t < typed + 1);            /* typed after the post */
    CHECK(run_elapsed(run) >= typed + 2);                     /* then ran for its 2 s */
    CHECK_STR_EQ(run_score(run)->outcome, "failed");     /* done.txt never written; well within the limit */
    run_free(run);
    loop_free(loop);
    free(text);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_verify_every_kind_of_expect_met_and_the_rule_satisfied),
        TEST_CASE(test_verify_names_each_unmet_expectation_and_failed_alternative),
        TEST_CASE(test_verify_reports_a_scripts_own_error_as_that_error),
        TEST_CASE(test_verify_script_rule_fails_unless_draft),
        TEST_CASE(test_verify_warns_about_a_script_command_that_timed_out),
        TEST_CASE(test_verify_fails_a_scenario_that_a_submit_only_learner_passes),
        TEST_CASE(test_verify_fails_a_scenario_that_a_talk_only_learner_passes),
        TEST_CASE(test_a_failing_required_check_fails_a_run_above_the_pass_mark),
        TEST_CASE(test_run_json_shows_expect_and_whether_it_was_met),
        TEST_CASE(test_headless_typing_moves_the_clock_at_a_human_pace),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
