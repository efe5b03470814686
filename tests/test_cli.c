/* test_cli.c: the worksim command line as users meet it (DESIGN §9 contract): exit codes,
 * one-line errors, `run --json` shape, `list --json`, `check` on the malformed corpus. Runs
 * the real binary against real scenarios, a real sqlite file and the real sandbox. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/util.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SOLUTION WORKSIM_SOURCE_DIR "/scenarios/first-bugfix/solution/actions.lua"

static char *db_arg(void) { return xasprintf("--db=%s/cli.db", testlib_temp_dir()); }

static int count_lines(const char *s)
{
    int n = 0;
    for (; s && *s; s++) n += *s == '\n';
    return n;
}

static void test_cli_version_and_help(void)
{
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){"--version", NULL}, NULL, &out, &err), 0);
    CHECK_CONTAINS(out, "worksim " WORKSIM_VERSION);
    free(out), free(err);
    const char *cmds[] = {"run", "verify", "check", "list", "play", "sandbox"};
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
        CHECK_INT_EQ(testlib_run_worksim((const char *[]){cmds[i], "--help", NULL}, NULL, &out, &err), 0);
        CHECK_CONTAINS(out, "usage: worksim");
        free(out), free(err);
    }
    /* A mistyped command is told the command it resembles (exit 2), not opened as a scenario;
     * a scenario id close to no command still means play. */
    const char *typos[][2] = {{"lsit", "list"}, {"reprot", "report"}, {"verfy", "verify"}, {"resum", "resume"}};
    for (size_t i = 0; i < sizeof typos / sizeof typos[0]; i++) {
        CHECK_INT_EQ(testlib_run_worksim((const char *[]){typos[i][0], NULL}, NULL, &out, &err), 2);
        char *want = xasprintf("did you mean `worksim %s`?\n", typos[i][1]);
        CHECK_CONTAINS(err, want);
        free(want), free(out), free(err);
    }
    CHECK(testlib_run_worksim((const char *[]){"no-such-scenario", NULL}, NULL, &out, &err) != 0);
    CHECK(err && !strstr(err, "did you mean"));
    free(out), free(err);
}

static void test_cli_run_json_has_the_documented_shape(void)
{
    char *db = db_arg();
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim((const char *[]){db, "run", "first-bugfix", "--actions", SOLUTION, "--json",
                                                  "--learner", "ada", NULL}, NULL, &out, &err);
    CHECK_INT_EQ(rc, 0);
    cJSON *o = cJSON_Parse(out);
    REQUIRE(o);
    const char *keys[] = {"run_id", "scenario", "learner", "outcome", "score", "max", "percent", "breakdown", "skills"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) CHECK(cJSON_GetObjectItem(o, keys[i]) != NULL);
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(o, "outcome")), "passed");
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(o, "learner")), "ada");
    const cJSON *line = cJSON_GetArrayItem(cJSON_GetObjectItem(o, "breakdown"), 0);
    const char *line_keys[] = {"kind", "id", "task", "label", "points", "max", "passed", "feedback"};
    for (size_t i = 0; i < sizeof line_keys / sizeof line_keys[0]; i++) CHECK(cJSON_GetObjectItem(line, line_keys[i]) != NULL);
    const cJSON *git = cJSON_GetObjectItem(cJSON_GetObjectItem(o, "skills"), "git");
    CHECK(git && cJSON_GetObjectItem(git, "points") && cJSON_GetObjectItem(git, "max"));
    cJSON_Delete(o);
    free(out), free(err), free(db);
}

static void test_cli_min_score_gives_exit_1_below(void)
{
    char *db = db_arg();
    char *actions = xasprintf("%s/submit-only.lua", testlib_temp_dir());
    const char *text = "return { { submit = \"fix\" } }\n";
    REQUIRE(util_write_file(actions, text, strlen(text), NULL));
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim((const char *[]){db, "run", "first-bugfix", "--actions", actions, "--min-score", "70", NULL},
                                 NULL, &out, &err);
    CHECK_INT_EQ(rc, 1);
    CHECK_CONTAINS(out, "failed");
    free(out), free(err);
    rc = testlib_run_worksim((const char *[]){db, "run", "first-bugfix", "--actions", actions, "--min-score", "0", NULL},
                             NULL, &out, &err);
    CHECK_INT_EQ(rc, 0);
    free(out), free(err), free(db), free(actions);
}

static void expect_usage_error(const char *const *args, const char *needle)
{
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim(args, NULL, &out, &err);
    CHECK_INT_EQ(rc, 2);
    CHECK_CONTAINS(err, needle);
    CHECK_INT_EQ(count_lines(err), 1);
    free(out), free(err);
}

static void test_cli_bad_usage_and_input_exit_2_with_one_line(void)
{
    char *db = db_arg();
    expect_usage_error((const char *[]){db, "run", "first-bugfix", NULL}, "missing --actions FILE");
    expect_usage_error((const char *[]){db, "run", "no-such-scenario", "--actions", SOLUTION, NULL}, "no-such-scenario");
    expect_usage_error((const char *[]){db, "run", "first-bugfix", "--actions", "/nonexistent/a.lua", NULL}, "/nonexistent/a.lua");
    expect_usage_error((const char *[]){db, "run", "first-bugfix", "--actions", SOLUTION, "--min-score", "abc", NULL}, "--min-score");
    expect_usage_error((const char *[]){db, "run", "first-bugfix", "--actions", SOLUTION, "--sandbox", "docker", NULL}, "--sandbox");
    expect_usage_error((const char *[]){db, "list", "--bogus", NULL}, "--bogus");
    /* --watch has no window: a snapshot asked of it would silently never be saved. */
    expect_usage_error((const char *[]){db, "play", "first-bugfix", "--watch", "--snapshot", "/tmp/never.png", NULL},
                       "--snapshot needs the desktop");
    char *bad = xasprintf("%s/bad-actions.lua", testlib_temp_dir());
    const char *text = "return { { sh = \"ls\" }, { say = \"priya\" } }\n";
    REQUIRE(util_write_file(bad, text, strlen(text), NULL));
    expect_usage_error((const char *[]){db, "run", "first-bugfix", "--actions", bad, NULL}, "bad-actions.lua: [2].text: expected string, got nil");
    const char *text2 = "return { { say = \"nobody\", text = \"hi\" } }\n";
    REQUIRE(util_write_file(bad, text2, strlen(text2), NULL));
    expect_usage_error((const char *[]){db, "run", "first-bugfix", "--actions", bad, NULL}, "[1].say: unknown cast member 'nobody'");
    free(bad), free(db);
}

/* Odd learner input is the learner's error (exit 2, one line), never a voided or passing run. */
static void test_cli_learner_input_limits_exit_2(void)
{
    char *db = db_arg();
    expect_usage_error((const char *[]){db, "run", "first-bugfix", "--actions", SOLUTION, "--learner", "", NULL},
                       "--learner: a learner needs a name");
    char long_name[102];
    memset(long_name, 'a', sizeof long_name - 1);
    long_name[sizeof long_name - 1] = '\0';
    expect_usage_error((const char *[]){db, "run", "first-bugfix", "--actions", SOLUTION, "--learner", long_name, NULL},
                       "at most 100 bytes");
    expect_usage_error((const char *[]){db, "play", "first-bugfix", "--watch", "--learner", "ada\033[2J", NULL},
                       "control characters");
    expect_usage_error((const char *[]){db, "run", "first-bugfix", "--actions", SOLUTION, "--learner", "ad\xff", NULL},
                       "valid UTF-8");
    const char *scores[] = {"nan", "inf", "-inf", "-1", "101", "1e400"};
    for (size_t i = 0; i < sizeof scores / sizeof scores[0]; i++)
        expect_usage_error((const char *[]){db, "run", "first-bugfix", "--actions", SOLUTION, "--min-score", scores[i], NULL},
                           "--min-score: expected a percent from 0 to 100");
    /* A chat message longer than a chat holds is refused when the script loads. */
    char *actions = xasprintf("%s/huge-message.lua", testlib_temp_dir());
    const char *text = "return { { say = \"marco\", text = string.rep(\"x\", 20000) } }\n";
    REQUIRE(util_write_file(actions, text, strlen(text), NULL));
    expect_usage_error((const char *[]){db, "run", "first-bugfix", "--actions", actions, NULL},
                       "[1].text: a chat message holds at most 16384 bytes, this one has 20000");
    free(actions);
    free(db);
}

static void test_cli_scenario_runtime_error_exits_2_and_infra_exits_3(void)
{
    char *db = db_arg();
    char *actions = xasprintf("%s/say.lua", testlib_temp_dir());
    const char *text = "return { { say = \"lead\", text = \"hi\" } }\n";
    REQUIRE(util_write_file(actions, text, strlen(text), NULL));
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim((const char *[]){db, "run", WORKSIM_TESTS_DIR "/fixtures/runs/runaway-hook",
                                                  "--actions", actions, "--json", NULL}, NULL, &out, &err);
    CHECK_INT_EQ(rc, 2);
    CHECK_CONTAINS(out, "\"outcome\":\"infra_error\"");
    CHECK_CONTAINS(out, "instruction budget exceeded");
    free(out), free(err);
    /* A vm run without a guest image is an infrastructure error, not a score. */
    rc = testlib_run_worksim((const char *[]){db, "run", "first-bugfix", "--actions", SOLUTION, "--sandbox", "vm", "--json", NULL},
                             (const char *[]){"WORKSIM_GUEST_DIR=/nonexistent/worksim-guest", NULL}, &out, &err);
    CHECK_INT_EQ(rc, 3);
    CHECK_CONTAINS(out, "\"outcome\":\"infra_error\"");
    free(out), free(err), free(db), free(actions);
}

static void test_cli_list_json_names_the_catalog(void)
{
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){"list", "--json", NULL}, NULL, &out, &err), 0);
    cJSON *arr = cJSON_Parse(out);
    REQUIRE(cJSON_IsArray(arr));
    bool found = false;
    cJSON *e;
    cJSON_ArrayForEach(e, arr) {
        CHECK(cJSON_GetObjectItem(e, "error") == NULL);
        if (strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(e, "id")) ?: "", "first-bugfix") == 0) {
            found = true;
            CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(e, "family")), "backend");
            CHECK(cJSON_GetArraySize(cJSON_GetObjectItem(e, "skills")) > 0);
        }
    }
    CHECK(found);
    cJSON_Delete(arr);
    free(out), free(err);

    /* The text table keeps its columns with long skill lists: every title starts where the
     * header's TITLE does (big-codebase has six skills, more than the column holds). */
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){"list", NULL}, NULL, &out, &err), 0);
    const char *title = out ? strstr(out, "TITLE") : NULL;
    REQUIRE(title);
    size_t column = (size_t)(title - out);
    int rows = 0;
    for (char *line = strchr(out, '\n'); line && line[1]; line = strchr(line + 1, '\n')) {
        char *row = line + 1, *end = strchr(row, '\n');
        if (strstr(row, "does not load") && (!end || strstr(row, "does not load") < end)) continue;
        CHECK((size_t)(end ? end - row : (long)strlen(row)) > column);
        CHECK(row[column - 1] == ' ' && row[column] != ' ');
        rows++;
    }
    CHECK(rows >= 20);
    CHECK_CONTAINS(out, "big-codebase");
    free(out), free(err);
}

static void test_cli_check_rejects_every_malformed_scenario_in_one_line(void)
{
    const char *root = WORKSIM_TESTS_DIR "/fixtures/bad";
    DIR *d = opendir(root);
    REQUIRE(d);
    int n = 0;
    struct dirent *ent;
    while ((ent = readdir(d))) {
        if (ent->d_name[0] == '.') continue;
        char *dir = xasprintf("%s/%s", root, ent->d_name);
        char *expected_path = xasprintf("%s/expected.txt", dir);
        char *expected = util_read_file(expected_path, NULL, NULL);
        if (!expected) {
            free(dir), free(expected_path);
            continue;
        }
        expected[strcspn(expected, "\n")] = '\0';
        char *out = NULL, *err = NULL;
        int rc = testlib_run_worksim((const char *[]){"check", dir, NULL}, NULL, &out, &err);
        if (rc != 2 || !strstr(out, expected) || !strstr(out, ent->d_name) || count_lines(out) != 1)
            testlib_fail(__FILE__, __LINE__, "check %s: exit %d, output \"%s\", expected \"%s\"", ent->d_name, rc, out, expected);
        n++;
        free(out), free(err), free(dir), free(expected_path), free(expected);
    }
    closedir(d);
    CHECK(n >= 10);
}

static void test_cli_transcript_never_passes_terminal_escapes_through(void)
{
    char *db = db_arg();
    char *actions = xasprintf("%s/escapes.lua", testlib_temp_dir());
    const char *text = "return { { sh = [[printf '\\033]0;pwned\\007\\033[31mred\\033[0m\\033]52;c;aGk=\\007\\n']] },"
                       " { say = \"priya\", text = \"hi \\27[2J there\" } }\n";
    REQUIRE(util_write_file(actions, text, strlen(text), NULL));
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim((const char *[]){db, "run", "first-bugfix", "--actions", actions, "--verbose", NULL},
                                 NULL, &out, &err);
    CHECK_INT_EQ(rc, 0);
    CHECK_CONTAINS(err, "red");           /* the text itself is shown */
    CHECK_CONTAINS(err, "hi  there");
    CHECK(!strchr(err, 0x1b));            /* but no escape reaches the terminal */
    CHECK(!strchr(out, 0x1b));
    free(out), free(err), free(db), free(actions);
}

static void test_cli_report_and_replay_read_runs_back(void)
{
    char *db = xasprintf("--db=%s/report.db", testlib_temp_dir());
    char *out = NULL, *err = NULL;
    REQUIRE(testlib_run_worksim((const char *[]){db, "run", "first-bugfix", "--actions", SOLUTION, "--learner", "grace",
                                                 NULL}, NULL, &out, &err) == 0);
    free(out), free(err);
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "report", "--learner", "grace", NULL}, NULL, &out, &err), 0);
    CHECK_CONTAINS(out, "grace");
    CHECK_CONTAINS(out, "passed");
    CHECK_CONTAINS(out, "100/100");
    free(out), free(err);
    /* The formats agree with the JSON breakdown: a JUnit testcase per line plus the outcome,
     * a CSV row per line plus the header. */
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "report", "--format", "json", NULL}, NULL, &out, &err), 0);
    cJSON *arr = cJSON_Parse(out);
    CHECK(cJSON_GetArraySize(arr) == 1);
    int lines = cJSON_GetArraySize(cJSON_GetObjectItem(cJSON_GetArrayItem(arr, 0), "breakdown"));
    CHECK(lines >= 6);
    cJSON_Delete(arr);
    free(out), free(err);
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "report", "--format", "junit", NULL}, NULL, &out, &err), 0);
    char *suite = xasprintf("<testsuite name=\"first-bugfix: grace (run 1)\" tests=\"%d\" failures=\"0\" errors=\"0\"",
                            lines + 1);
    CHECK_CONTAINS(out, suite);
    free(suite), free(out), free(err);
    char *file = xasprintf("%s/report.csv", testlib_temp_dir());
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "report", "--format", "csv", "--out", file, NULL}, NULL, &out, &err), 0);
    char *csv = util_read_file(file, NULL, NULL);
    CHECK_CONTAINS(csv, "\"run_id\",\"learner\",\"learner_id\"");
    CHECK_INT_EQ(count_lines(csv), lines + 1);
    free(csv), free(file), free(out), free(err);
    expect_usage_error((const char *[]){db, "report", "--format", "pdf", NULL}, "--format");
    /* replay prints the stored transcript and the outcome. */
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "replay", "1", NULL}, NULL, &out, &err), 0);
    CHECK_CONTAINS(out, "$ python3 -m pytest -q   (exit 1)");
    CHECK_CONTAINS(out, "check fix/tests: passed");
    CHECK_CONTAINS(out, "run 1: first-bugfix by grace: passed, 100/100");
    free(out), free(err);
    expect_usage_error((const char *[]){db, "replay", "42", NULL}, "no run 42");
    free(db);
}

static void test_cli_runs_store_their_mode_and_the_scenario_version(void)
{
    char *file = xasprintf("%s/modes.db", testlib_temp_dir());
    char *db = xasprintf("--db=%s", file);
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "run", "first-bugfix", "--actions", SOLUTION, "--learner", "ada",
                                                      NULL}, NULL, &out, &err), 0);
    free(out), free(err);
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "play", "first-bugfix", "--watch", "--learner", "ada", NULL},
                                     NULL, &out, &err), 0);
    free(out), free(err);
    char *modes = testlib_sql_text(file, "select group_concat(mode, ',') from (select mode from runs order by id)");
    CHECK_STR_EQ(modes, "run,demo");   /* watching the reference solution is no attempt of ada's */
    char *versions = testlib_sql_text(file, "select count(distinct scenario_version) || ':' || min(scenario_version) from runs");
    CHECK(strncmp(versions, "1:fnv1a64:", 10) == 0);
    free(versions), free(modes), free(db), free(file);
}

static void test_cli_report_html_escapes_and_xapi_statements_have_the_spec_shape(void)
{
    char *db = xasprintf("--db=%s/report-lms.db", testlib_temp_dir());
    const char *evil = "<script>alert(1)</script> & \"eve\"";
    char *out = NULL, *err = NULL;
    REQUIRE(testlib_run_worksim((const char *[]){db, "run", "first-bugfix", "--actions", SOLUTION, "--learner", evil, NULL},
                                NULL, &out, &err) == 0);
    free(out), free(err);
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "report", "--format", "html", NULL}, NULL, &out, &err), 0);
    CHECK(strncmp(out, "<!DOCTYPE html>", 15) == 0);
    CHECK(!strstr(out, "<script>alert"));   /* the learner's name is text, never markup */
    CHECK_CONTAINS(out, "<script type=\"application/json\" id=\"worksim-data\">");
    CHECK_CONTAINS(out, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;eve&quot;");
    CHECK_CONTAINS(out, "The fix is committed and the committed code passes");
    CHECK_CONTAINS(out, "<td class=\"o-p\" data-r=\"1\">");   /* the grid cell of the passed run */
    free(out), free(err);
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "report", "--format", "xapi", NULL},
                                     (const char *[]){"WORKSIM_XAPI_HOMEPAGE=https://lms.example.org", NULL}, &out, &err), 0);
    cJSON *arr = cJSON_Parse(out);
    REQUIRE(cJSON_GetArraySize(arr) == 1);
    cJSON *st = cJSON_GetArrayItem(arr, 0);
    cJSON *actor = cJSON_GetObjectItem(st, "actor"), *res = cJSON_GetObjectItem(st, "result");
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(actor, "name")), evil);
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetObjectItem(actor, "account"), "homePage")),
                 "https://lms.example.org");
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetObjectItem(st, "verb"), "id")),
                 "http://adlnet.gov/expapi/verbs/passed");
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetObjectItem(st, "object"), "id")),
                 "urn:worksim:scenario:first-bugfix");
    CHECK(cJSON_GetNumberValue(cJSON_GetObjectItem(cJSON_GetObjectItem(res, "score"), "scaled")) == 1.0);
    CHECK(cJSON_IsTrue(cJSON_GetObjectItem(res, "success")));
    const char *duration = cJSON_GetStringValue(cJSON_GetObjectItem(res, "duration"));
    CHECK(duration && strncmp(duration, "PT", 2) == 0 && duration[strlen(duration) - 1] == 'S');
    const char *ts = cJSON_GetStringValue(cJSON_GetObjectItem(st, "timestamp"));
    CHECK(ts && strlen(ts) == 20 && ts[10] == 'T' && ts[19] == 'Z');
    cJSON_Delete(arr);
    free(out), free(err), free(db);
}

static void test_cli_new_scaffold_passes_check_and_verify(void)
{
    const char *dir = testlib_temp_dir();
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){"new", "my-first", "--dir", dir, NULL}, NULL, &out, &err), 0);
    free(out), free(err);
    char *path = xasprintf("%s/my-first", dir);
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){"check", path, NULL}, NULL, &out, &err), 0);
    CHECK_CONTAINS(out, "ok   my-first");
    free(out), free(err);
    /* The scaffold's reference passes; it still needs alternatives and mistakes to ship. */
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){"verify", path, NULL}, NULL, &out, &err), 1);
    CHECK_CONTAINS(out, "ok   my-first: actions.lua 100%");
    CHECK_CONTAINS(out, "FAIL my-first: ");
    free(out), free(err);
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){"verify", path, "--draft", NULL}, NULL, &out, &err), 0);
    CHECK_CONTAINS(out, "warn my-first: ");
    free(out), free(err);
    /* A second `new` with the same id changes nothing and says so. */
    expect_usage_error((const char *[]){"new", "my-first", "--dir", dir, NULL}, "already exists");
    expect_usage_error((const char *[]){"new", "Bad_Id", "--dir", dir, NULL}, "lowercase");
    free(path);
}

static void test_cli_doctor_reports_a_working_sandbox(void)
{
    char *db = db_arg();
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim((const char *[]){db, "doctor", NULL}, NULL, &out, &err);
    CHECK_INT_EQ(rc, 0);
    CHECK_CONTAINS(out, "ok    sandbox");
    CHECK_CONTAINS(out, "ok    database");
    CHECK_CONTAINS(out, "scenarios load");
    CHECK(!strstr(out, "FAIL"));
    free(out), free(err);
    /* An unwritable database path is a FAIL with the command that fixes it, and exit 3. */
    rc = testlib_run_worksim((const char *[]){"--db", "/proc/worksim/x.db", "doctor", NULL}, NULL, &out, &err);
    CHECK_INT_EQ(rc, 3);
    CHECK_CONTAINS(out, "FAIL  database");
    CHECK_CONTAINS(out, "fix: ");
    free(out), free(err), free(db);
}

/* PNG width and height from the IHDR chunk (0 when the file is not a PNG). */
static void png_size(const char *path, unsigned *w, unsigned *h)
{
    size_t len = 0;
    char *data = util_read_file(path, &len, NULL);
    const unsigned char *b = (const unsigned char *)data;
    *w = *h = 0;
    if (data && len > 24 && memcmp(b, "\x89PNG\r\n\x1a\n", 8) == 0 && memcmp(b + 12, "IHDR", 4) == 0) {
        *w = (unsigned)b[16] << 24 | (unsigned)b[17] << 16 | (unsigned)b[18] << 8 | b[19];
        *h = (unsigned)b[20] << 24 | (unsigned)b[21] << 16 | (unsigned)b[22] << 8 | b[23];
    }
    free(data);
}

static void test_cli_play_opens_the_desktop_or_says_why_not(void)
{
    char *db = xasprintf("--db=%s/play.db", testlib_temp_dir());
    char *png = xasprintf("%s/desk.png", testlib_temp_dir());
    char *out = NULL, *err = NULL;
    /* No usable video driver: one line naming the way out, exit 3, and no run recorded. */
    int rc = testlib_run_worksim((const char *[]){db, "play", NULL}, (const char *[]){"SDL_VIDEODRIVER=no-such-driver", NULL},
                                 &out, &err);
    CHECK_INT_EQ(rc, 3);
    CHECK_CONTAINS(err, "no display");
    CHECK_CONTAINS(err, "--watch");
    CHECK_INT_EQ(count_lines(err), 1);
    free(out), free(err);
    CHECK(testlib_run_worksim((const char *[]){db, "report", "--format", "json", NULL}, NULL, &out, &err) != 0);
    CHECK(!strstr(out, "first-bugfix"));
    free(out), free(err);
    /* A window without a screen (SDL's dummy driver): the desktop is drawn, saved, and the
     * run it recorded ends as it stands. */
    rc = testlib_run_worksim((const char *[]){db, "play", "first-bugfix", "--learner", "lin", "--snapshot", png,
                                              "--snapshot-after", "1", NULL},
                             (const char *[]){"SDL_VIDEODRIVER=dummy", NULL}, &out, &err);
    CHECK_INT_EQ(rc, 0);
    unsigned w = 0, h = 0;
    png_size(png, &w, &h);
    CHECK_INT_EQ((int)w, 1280);
    CHECK_INT_EQ((int)h, 800);
    CHECK_CONTAINS(out, "the desktop snapshot was taken");
    free(out), free(err);
    /* A snapshot is a demo: reports leave it out unless asked. */
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "report", "--learner", "lin", NULL}, NULL, &out, &err), 1);
    CHECK_CONTAINS(err, "--include-demo");
    free(out), free(err);
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){db, "report", "--learner", "lin", "--include-demo", NULL}, NULL,
                                     &out, &err), 0);
    CHECK_CONTAINS(out, "first-bugfix");
    CHECK_CONTAINS(out, "demo");
    free(out), free(err), free(png), free(db);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_cli_version_and_help),
        TEST_CASE(test_cli_run_json_has_the_documented_shape),
        TEST_CASE(test_cli_min_score_gives_exit_1_below),
        TEST_CASE(test_cli_bad_usage_and_input_exit_2_with_one_line),
        TEST_CASE(test_cli_scenario_runtime_error_exits_2_and_infra_exits_3),
        TEST_CASE(test_cli_list_json_names_the_catalog),
        TEST_CASE(test_cli_check_rejects_every_malformed_scenario_in_one_line),
        TEST_CASE(test_cli_transcript_never_passes_terminal_escapes_through),
        TEST_CASE(test_cli_report_and_replay_read_runs_back),
        TEST_CASE(test_cli_runs_store_their_mode_and_the_scenario_version),
        TEST_CASE(test_cli_learner_input_limits_exit_2),
        TEST_CASE(test_cli_report_html_escapes_and_xapi_statements_have_the_spec_shape),
        TEST_CASE(test_cli_new_scaffold_passes_check_and_verify),
        TEST_CASE(test_cli_doctor_reports_a_working_sandbox),
        TEST_CASE(test_cli_play_opens_the_desktop_or_says_why_not),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
