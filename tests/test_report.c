/* test_report.c: `worksim report` and `replay` as instructors and CI meet them (DESIGN §7-§9,
 * issues 10 and 13): JUnit valid against the Jenkins rules and adding up to the score, xAPI
 * statements with stable ids and the learner's time, demo runs left out, incomplete and
 * infra_error runs never exported as failures, repeatable filters, an empty selection that
 * is not success, hostile learner names in every format, and databases that are not ours,
 * missing or damaged. Runs are written through the real store into a real sqlite file; the
 * real binary reads them back. */
#define _GNU_SOURCE
#include "testlib.h"

#include "store/store_internal.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define JUNIT_XSD WORKSIM_TESTS_DIR "/fixtures/junit/jenkins-junit.xsd"

/* A learner name that tries everything: markup, a terminal escape that clears the screen and
 * one that sets the title, a spreadsheet formula, and bytes that are not UTF-8. */
#define HOSTILE_NAME "=HYPERLINK(\"http://x\")<b>&\x1b[2J\x1b]0;pwned\x07\xff\xfe\xc3"

static char *db_file(const char *name) { return xasprintf("%s/%s", testlib_temp_dir(), name); }

/* Runs worksim --db=db ARGS; returns the exit code; out/err captured (caller frees). */
static int report(const char *db, const char *const *args, char **out, char **err)
{
    const char *argv[32];
    char *dbarg = xasprintf("--db=%s", db);
    int n = 0;
    argv[n++] = dbarg;
    for (; *args && n < 31; args++) argv[n++] = *args;
    argv[n] = NULL;
    int rc = testlib_run_worksim(argv, (const char *[]){"WORKSIM_XAPI_HOMEPAGE=https://lms.example.org", NULL}, out, err);
    free(dbarg);
    return rc;
}

typedef struct FakeRun {
    const char *learner, *scenario, *mode, *outcome, *reason;
    double score, max, percent;
    const StoreResultLine *lines;
    int n_lines;
    double learner_seconds;       /* run clock of the last event */
} FakeRun;

static int64_t add_run(Store *st, const FakeRun *f)
{
    StoreRunInfo info = {.scenario_id = f->scenario, .scenario_title = "A scenario", .scenario_hash = "v1",
                         .learner = f->learner, .mode = f->mode, .sandbox = "ns", .llm = "scripted"};
    int64_t id = store_run_begin(st, &info);
    if (id < 0) return -1;
    store_event_append(st, id, 0, "start", "{}");
    store_event_append(st, id, f->learner_seconds / 2, "message", "{\"from\":\"priya\",\"text\":\"hi \\u001b[2J there\"}");
    store_event_append(st, id, f->learner_seconds, "finish", "{}");
    StoreRunOutcome o = {f->outcome, f->score, f->max, f->percent, f->reason};
    return store_run_finish(st, id, &o, f->lines, f->n_lines) ? id : -1;
}

static const StoreResultLine PASSED_LINES[] = {
    {"check", "tests", "fix", "All tests pass", "testing", 30, 30, true, NULL},
    {"check", "clean", "fix", "Nothing left uncommitted", "git", 0, 10, false, "2 files left"},
    {"rubric", "communication", NULL, "Kept Priya informed", "communication", 15, 20, true, "good"},
    {"penalty", "force-push", "fix", "Force-pushed main", NULL, -5, 0, false, NULL},
    {"hint", "fix-hint-1", "fix", "Hint 1 for fix", NULL, -10, 0, false, NULL},
};
static const StoreResultLine FAILED_LINES[] = {
    {"check", "tests", "fix", "All tests pass", "testing", 0, 30, false, "3 tests fail"},
    {"check", "clean", "fix", "Nothing left uncommitted", "git", 10, 10, true, NULL},
    {"hint", "fix-hint-1", "fix", "Hint 1 for fix", NULL, -20, 0, false, NULL},
};

/* A database holding, in run-id order: 1 grace passed (with a penalty and a hint, learner
 * time 125.5 s), 2 hostile failed (clamped from -10 to 0), 3 grace infra_error without lines,
 * 4 bob incomplete, 5 grace demo (passed), 6 bob passed in another scenario. */
static char *cohort_db(const char *name)
{
    char *path = db_file(name);
    Store *st = store_open(path, NULL);
    if (!st) return path;
    const FakeRun runs[] = {
        {"grace", "first-bugfix", "run", "passed", "finished", 30, 60, 50, PASSED_LINES, 5, 125.5},
        {"hostile", "first-bugfix", "run", "failed", "finished", 0, 40, 0, FAILED_LINES, 3, 10},
        {"grace", "first-bugfix", "run", "infra_error", "sandbox: bwrap failed", 0, 0, 0, NULL, 0, 1},
        {"bob", "first-bugfix", "run", "incomplete", "time_limit", 0, 60, 0, NULL, 0, 3600},
        {"grace", "first-bugfix", "demo", "passed", "finished", 60, 60, 100, PASSED_LINES, 1, 5},
        {"bob", "log-detective", "play", "passed", "finished", 30, 60, 50, PASSED_LINES, 5, 7200},
    };
    for (size_t i = 0; i < sizeof runs / sizeof runs[0]; i++)
        if (add_run(st, &runs[i]) < 0) testlib_fail(__FILE__, __LINE__, "add_run %zu: %s", i, store_errmsg(st));
    store_close(st);
    /* worksim refuses such a name today; databases written before (or edited by hand) hold them. */
    sqlite3 *raw = NULL;
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_open(path, &raw) != SQLITE_OK ||
        sqlite3_prepare_v2(raw, "UPDATE learners SET name = ?1 WHERE name = 'hostile'", -1, &stmt, NULL) != SQLITE_OK ||
        sqlite3_bind_text(stmt, 1, HOSTILE_NAME, -1, SQLITE_STATIC) != SQLITE_OK || sqlite3_step(stmt) != SQLITE_DONE)
        testlib_fail(__FILE__, __LINE__, "cannot store the hostile name: %s", sqlite3_errmsg(raw));
    sqlite3_finalize(stmt);
    sqlite3_close(raw);
    return path;
}

static int json_run_count(const char *db, const char *const *args)
{
    char *out = NULL, *err = NULL;
    int rc = report(db, args, &out, &err);
    cJSON *arr = rc == 0 ? cJSON_Parse(out) : NULL;
    int n = rc == 0 ? (arr ? cJSON_GetArraySize(arr) : -1) : -rc;
    cJSON_Delete(arr);
    free(out), free(err);
    return n;
}

/* ---- JUnit ---- */

/* The text of the testsuite with id="run" in doc (caller frees), or NULL. */
static char *junit_suite(const char *doc, int run)
{
    char *marker = xasprintf(" id=\"%d\"", run);
    const char *at = strstr(doc, marker);
    free(marker);
    if (!at) return NULL;
    const char *start = at;
    while (start > doc && strncmp(start, "<testsuite ", 11) != 0) start--;
    const char *end = strstr(at, "</testsuite>");
    return end ? xstrndup(start, (size_t)(end - start)) : NULL;
}

static double junit_points_sum(const char *suite)
{
    double sum = 0;
    for (const char *p = suite; (p = strstr(p, "<system-out>points ")); p++) sum += strtod(p + 19, NULL);
    return sum;
}

static int count_of(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; p && (p = strstr(p, needle)); p += strlen(needle)) n++;
    return n;
}

static void test_report_junit_is_valid_adds_up_and_fails_only_failed_runs(void)
{
    char *db = cohort_db("junit.db");
    char *file = db_file("report.xml");
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(report(db, (const char *[]){"report", "--format", "junit", "--out", file, NULL}, &out, &err), 0);
    free(out), free(err);
    char *cmd = xasprintf("xmllint --noout --schema '%s' '%s' 2>&1", JUNIT_XSD, file);
    char *lint = NULL;
    CHECK_INT_EQ(testlib_sh(cmd, &lint), 0);   /* well formed despite the hostile name, and schema valid */
    CHECK_CONTAINS(lint, "validates");
    free(cmd), free(lint);
    char *doc = util_read_file(file, NULL, NULL);
    REQUIRE(doc);
    CHECK(strstr(doc, "mode=\"demo\"") == NULL && count_of(doc, "<testsuite ") == 5);   /* run 5 is a demo */

    /* A passed run with a missed check, a penalty and a hint: no failure, lines add up. */
    char *s1 = junit_suite(doc, 1);
    REQUIRE(s1);
    CHECK_CONTAINS(s1, "failures=\"0\" errors=\"0\" skipped=\"0\" time=\"125.500\"");
    CHECK_CONTAINS(s1, "timestamp=\"20");
    CHECK(strstr(s1, "<failure") == NULL);
    CHECK_CONTAINS(s1, "classname=\"worksim.first-bugfix.fix\"");
    CHECK_CONTAINS(s1, "name=\"hint fix-hint-1: Hint 1 for fix (-10)\"");
    CHECK_CONTAINS(s1, "name=\"penalty force-push: Force-pushed main (-5)\"");
    CHECK(junit_points_sum(s1) == 30);
    /* A failed run: the outcome and the missed check fail; with the clamp line it adds up to 0. */
    char *s2 = junit_suite(doc, 2);
    REQUIRE(s2);
    CHECK_CONTAINS(s2, "failures=\"2\" errors=\"0\"");
    CHECK_CONTAINS(s2, "<failure type=\"failed\"");
    CHECK_CONTAINS(s2, "score clamped to [0, 40] (+10)");
    CHECK(junit_points_sum(s2) == 0);
    CHECK(strstr(s2, "\x1b") == NULL);
    /* infra_error is an error, incomplete is skipped: neither is a failure. */
    char *s3 = junit_suite(doc, 3), *s4 = junit_suite(doc, 4);
    REQUIRE(s3 && s4);
    CHECK_CONTAINS(s3, "failures=\"0\" errors=\"1\" skipped=\"0\"");
    CHECK_CONTAINS(s3, "<error type=\"infra_error\" message=\"sandbox: bwrap failed\"/>");
    CHECK_CONTAINS(s4, "failures=\"0\" errors=\"0\" skipped=\"1\"");
    CHECK_CONTAINS(s4, "<skipped type=\"incomplete\" message=\"time_limit\"/>");
    CHECK(strstr(s3, "<failure") == NULL && strstr(s4, "<failure") == NULL);
    CHECK_CONTAINS(doc, "<testsuites name=\"worksim\" tests=\"19\" failures=\"2\" errors=\"1\"");
    free(s1), free(s2), free(s3), free(s4), free(doc), free(file), free(db);
}

static void test_report_empty_selection_is_not_success_and_writes_nothing(void)
{
    char *db = cohort_db("empty.db");
    char *file = db_file("empty.xml");
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(report(db, (const char *[]){"report", "--format", "junit", "--learner", "nobody", "--out", file, NULL},
                        &out, &err), 1);
    CHECK_CONTAINS(err, "no finished runs match");
    struct stat sb;
    CHECK(stat(file, &sb) != 0);
    CHECK_STR_EQ(out, "");
    free(out), free(err), free(file), free(db);
}

/* ---- filters and modes ---- */

static void test_report_filters_repeat_and_demo_runs_need_asking(void)
{
    char *db = cohort_db("filters.db");
    CHECK_INT_EQ(json_run_count(db, (const char *[]){"report", "--format", "json", NULL}), 5);
    CHECK_INT_EQ(json_run_count(db, (const char *[]){"report", "--format", "json", "--include-demo", NULL}), 6);
    CHECK_INT_EQ(json_run_count(db, (const char *[]){"report", "--format", "json", "--learner", "grace", NULL}), 2);
    CHECK_INT_EQ(json_run_count(db, (const char *[]){"report", "--format", "json", "--learner", "grace", "--learner",
                                                     "bob", NULL}), 4);
    CHECK_INT_EQ(json_run_count(db, (const char *[]){"report", "--format", "json", "--scenario", "log-detective",
                                                     "--scenario", "first-bugfix", "--learner", "bob", NULL}), 2);
    CHECK_INT_EQ(json_run_count(db, (const char *[]){"report", "--format", "json", "--scenario", "log-detective", NULL}), 1);
    CHECK_INT_EQ(json_run_count(db, (const char *[]){"report", "--format", "json", "--since", "2000-01-01", NULL}), 5);
    CHECK_INT_EQ(json_run_count(db, (const char *[]){"report", "--format", "json", "--until", "2000-01-01", NULL}), -1);
    CHECK_INT_EQ(json_run_count(db, (const char *[]){"report", "--format", "json", "--since", "2999-01-01T00:00Z", NULL}), -1);
    /* Runs started on a given day: --until takes that whole day. */
    sqlite3 *raw = NULL;
    REQUIRE(sqlite3_open(db, &raw) == SQLITE_OK);
    sqlite3_exec(raw, "UPDATE runs SET started_at = 1700000000 WHERE id = 1", NULL, NULL, NULL);   /* 2023-11-14T22:13Z */
    sqlite3_close(raw);
    CHECK_INT_EQ(json_run_count(db, (const char *[]){"report", "--format", "json", "--since", "2023-11-14", "--until",
                                                     "2023-11-14", NULL}), 1);
    CHECK_INT_EQ(json_run_count(db, (const char *[]){"report", "--format", "json", "--until", "2023-11-14T22:13:19",
                                                     NULL}), -1);
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(report(db, (const char *[]){"report", "--since", "yesterday", NULL}, &out, &err), 2);
    CHECK_CONTAINS(err, "--since");
    free(out), free(err), free(db);
}

/* Every format names the same run fields; the JSON and CSV values agree. */
static void test_report_formats_agree_on_fields(void)
{
    char *db = cohort_db("fields.db");
    char *out = NULL, *err = NULL;
    REQUIRE(report(db, (const char *[]){"report", "--format", "json", "--learner", "grace", NULL}, &out, &err) == 0);
    cJSON *arr = cJSON_Parse(out);
    free(out), free(err);
    cJSON *run = cJSON_GetArrayItem(arr, 0);
    REQUIRE(run);
    const char *names[] = {"run_id", "learner", "learner_id", "scenario", "scenario_title", "scenario_version", "mode",
                           "outcome", "reason", "started", "ended", "learner_seconds", "score", "max", "percent",
                           "hints", "cost_usd", "llm_calls", "import_flags", "regrade_of", "regraded_run",
                           "regraded_outcome", "regraded_score", "regraded_max", "regraded_percent", "regraded_version"};
    enum { N_ALWAYS = 18 };   /* the fields every run has a value for; xAPI leaves out the others when null
                               * (test_report_regrades.c checks them where they have values) */
    const char *formats[] = {"csv", "html", "junit", "xapi"};
    char *docs[4];
    for (int f = 0; f < 4; f++) {
        docs[f] = NULL;
        CHECK_INT_EQ(report(db, (const char *[]){"report", "--format", formats[f], "--learner", "grace", NULL}, &docs[f],
                            &err), 0);
        free(err);
    }
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        CHECK(cJSON_GetObjectItem(run, names[i]) != NULL);
        char *quoted = xasprintf("\"%s\"", names[i]);
        char *th = xasprintf("<th>%s</th>", names[i]);
        char *prop = xasprintf("<property name=\"%s\"", names[i]);
        char *ext = xasprintf("\"urn:worksim:%s\"", names[i]);
        CHECK_CONTAINS(docs[0], quoted);
        CHECK_CONTAINS(docs[1], th);
        CHECK_CONTAINS(docs[2], prop);
        if (i < N_ALWAYS) CHECK_CONTAINS(docs[3], ext);
        else CHECK(strstr(docs[3], ext) == NULL);
        if (i >= N_ALWAYS) CHECK(cJSON_IsNull(cJSON_GetObjectItem(run, names[i])));   /* a local run, never regraded */
        free(quoted), free(th), free(prop), free(ext);
    }
    CHECK(cJSON_GetNumberValue(cJSON_GetObjectItem(run, "learner_seconds")) == 125.5);
    CHECK(cJSON_GetNumberValue(cJSON_GetObjectItem(run, "hints")) == 1);
    CHECK_CONTAINS(docs[0], "\"125.5\"");
    CHECK_CONTAINS(docs[2], "<property name=\"learner_seconds\" value=\"125.5\"/>");
    for (int f = 0; f < 4; f++) free(docs[f]);
    cJSON_Delete(arr);
    free(db);
}

/* ---- xAPI ---- */

static const cJSON *path(const cJSON *o, const char *a, const char *b)
{
    const cJSON *x = cJSON_GetObjectItem(o, a);
    return b ? cJSON_GetObjectItem(x, b) : x;
}

static const char *account_name(const cJSON *statement)
{
    return cJSON_GetStringValue(cJSON_GetObjectItem(path(path(statement, "actor", NULL), "account", NULL), "name"));
}

static bool is_uuid_v5(const char *s)
{
    if (!s || strlen(s) != 36 || s[14] != '5' || !strchr("89ab", s[19])) return false;
    for (int i = 0; i < 36; i++)
        if (i == 8 || i == 13 || i == 18 || i == 23 ? s[i] != '-' : !strchr("0123456789abcdef", s[i])) return false;
    return true;
}

static void test_report_xapi_statements_are_stable_honest_and_valid(void)
{
    char *db = cohort_db("xapi.db");
    char *out = NULL, *again = NULL, *err = NULL;
    REQUIRE(report(db, (const char *[]){"report", "--format", "xapi", NULL}, &out, &err) == 0);
    free(err);
    REQUIRE(report(db, (const char *[]){"report", "--format", "xapi", NULL}, &again, &err) == 0);
    free(err);
    CHECK_STR_EQ(out, again);   /* a resend is the same statements, ids included */
    cJSON *arr = cJSON_Parse(out);
    REQUIRE(cJSON_GetArraySize(arr) == 5);
    const char *seen[5] = {0};
    for (int i = 0; i < 5; i++) {
        const cJSON *st = cJSON_GetArrayItem(arr, i);
        const char *id = cJSON_GetStringValue(path(st, "id", NULL));
        const char *reg = cJSON_GetStringValue(path(st, "context", "registration"));
        CHECK(is_uuid_v5(id) && is_uuid_v5(reg));
        CHECK(id && reg && strcmp(id, reg) != 0);
        for (int k = 0; k < i; k++) CHECK(id && seen[k] && strcmp(id, seen[k]) != 0);
        seen[i] = id;
        const cJSON *acct = path(path(st, "actor", NULL), "account", NULL);
        CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(acct, "homePage")), "https://lms.example.org");
        const char *acct_name = account_name(st);
        CHECK(acct_name && strlen(acct_name) == 36);   /* the stable learner id, not the display name */
        const cJSON *score = path(st, "result", "score");
        const char *verb = cJSON_GetStringValue(path(st, "verb", "id"));
        const char *outcome = cJSON_GetStringValue(path(path(st, "context", "extensions"), "urn:worksim:outcome", NULL));
        REQUIRE(verb && outcome);
        if (strcmp(outcome, "passed") == 0 || strcmp(outcome, "failed") == 0) {
            char *want = xasprintf("http://adlnet.gov/expapi/verbs/%s", outcome);
            CHECK_STR_EQ(verb, want);
            free(want);
            REQUIRE(score);
            CHECK(cJSON_GetNumberValue(cJSON_GetObjectItem(score, "min")) < cJSON_GetNumberValue(cJSON_GetObjectItem(score, "max")));
        } else {   /* incomplete, infra_error: terminated, no score, not a failure */
            CHECK_STR_EQ(verb, "http://adlnet.gov/expapi/verbs/terminated");
            CHECK(score == NULL);
            CHECK(path(st, "result", "success") == NULL);
        }
    }
    /* The same learner under the same account in every run; the learner's time as duration. */
    const cJSON *first = cJSON_GetArrayItem(arr, 0), *third = cJSON_GetArrayItem(arr, 2);
    CHECK_STR_EQ(account_name(first), account_name(third));
    CHECK_STR_EQ(cJSON_GetStringValue(path(first, "result", "duration")), "PT2M5.50S");
    CHECK_STR_EQ(cJSON_GetStringValue(path(cJSON_GetArrayItem(arr, 4), "result", "duration")), "PT2H0.00S");
    char *file = db_file("statements.json");
    REQUIRE(util_write_file(file, out, strlen(out), NULL));
    char *warnings = testlib_xapi_warnings(file);
    if (warnings) CHECK_STR_EQ(warnings, "");
    else printf("  (npm xapi-validation not installed here: checked against the spec rules only)\n");
    free(warnings), free(file);
    cJSON_Delete(arr);
    free(out), free(again), free(db);
}

/* ---- hostile text ---- */

static bool valid_utf8_by_python(const char *file)
{
    char *cmd = xasprintf("python3 -c \"import sys; open(sys.argv[1], encoding='utf-8', errors='strict').read()\" '%s'", file);
    int rc = testlib_sh(cmd, NULL);
    free(cmd);
    return rc == 0;
}

static void test_report_hostile_names_make_valid_documents_and_safe_terminals(void)
{
    char *db = cohort_db("hostile.db");
    const char *formats[] = {"json", "xapi", "html", "junit", "csv", "text"};
    for (int f = 0; f < 6; f++) {
        char *file = xasprintf("%s/hostile.%s", testlib_temp_dir(), formats[f]);
        char *out = NULL, *err = NULL;
        CHECK_INT_EQ(report(db, (const char *[]){"report", "--format", formats[f], "--out", file, NULL}, &out, &err), 0);
        free(out), free(err);
        char *doc = util_read_file(file, NULL, NULL);
        REQUIRE(doc);
        if (!valid_utf8_by_python(file)) testlib_fail(__FILE__, __LINE__, "%s is not valid UTF-8", formats[f]);
        if (strchr(doc, 0x1b) || strchr(doc, 0x07)) testlib_fail(__FILE__, __LINE__, "%s holds a raw escape", formats[f]);
        if (strcmp(formats[f], "json") == 0 || strcmp(formats[f], "xapi") == 0) {
            char *cmd = xasprintf("python3 -m json.tool '%s' >/dev/null", file);
            CHECK_INT_EQ(testlib_sh(cmd, NULL), 0);
            free(cmd);
        }
        if (strcmp(formats[f], "html") == 0) CHECK(strstr(doc, "<b>") == NULL);
        if (strcmp(formats[f], "csv") == 0) CHECK_CONTAINS(doc, ",\"'=HYPERLINK(\"\"http://x\"\")<b>&");
        if (strcmp(formats[f], "text") == 0)
            for (const char *p = doc; *p; p++)
                if ((unsigned char)*p < 0x20 && *p != '\n') {
                    testlib_fail(__FILE__, __LINE__, "text report holds control byte 0x%02x", (unsigned char)*p);
                    break;
                }
        free(doc), free(file);
    }
    /* The JUnit XML is well formed (xmllint parses it). */
    char *file = db_file("hostile.junit");
    char *cmd = xasprintf("xmllint --noout '%s'", file);
    CHECK_INT_EQ(testlib_sh(cmd, NULL), 0);
    free(cmd), free(file);
    /* replay prints neither the learner's nor a colleague's escapes. */
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(report(db, (const char *[]){"replay", "2", NULL}, &out, &err), 0);
    CHECK_CONTAINS(out, "hi  there");
    CHECK(strchr(out, 0x1b) == NULL && strchr(out, 0x07) == NULL);
    CHECK_CONTAINS(out, "=HYPERLINK");
    free(out), free(err), free(db);
}

/* `run` refuses a learner name with control bytes or invalid UTF-8 (exit 2), and the line
 * that says so does not pass the name raw to the terminal. */
static void test_run_refuses_a_hostile_name_without_echoing_its_escapes(void)
{
    char *db = db_file("run-hostile.db");
    char *actions = db_file("submit-only.lua");
    const char *text = "return { { submit = \"fix\" } }\n";
    REQUIRE(util_write_file(actions, text, strlen(text), NULL));
    char *out = NULL, *err = NULL;
    int rc = report(db, (const char *[]){"run", "first-bugfix", "--actions", actions, "--learner", HOSTILE_NAME, "--json",
                                        NULL}, &out, &err);
    CHECK_INT_EQ(rc, 2);
    CHECK_CONTAINS(err, "--learner");
    CHECK(strchr(out, 0x1b) == NULL && strchr(err, 0x1b) == NULL && strchr(err, 0x07) == NULL);
    free(out), free(err), free(actions), free(db);
}

/* ---- databases ---- */

static void sqlite_exec_file(const char *path, const char *sql)
{
    sqlite3 *raw = NULL;
    if (sqlite3_open(path, &raw) != SQLITE_OK || sqlite3_exec(raw, sql, NULL, NULL, NULL) != SQLITE_OK)
        testlib_fail(__FILE__, __LINE__, "%s: %s", sql, raw ? sqlite3_errmsg(raw) : "cannot open");
    sqlite3_close(raw);
}

static char *sqlite_text(const char *path, const char *sql)
{
    char *cmd = xasprintf("sqlite3 '%s' \"%s\"", path, sql), *out = NULL;
    testlib_sh(cmd, &out);
    free(cmd);
    out[strcspn(out, "\n")] = '\0';
    return out;
}

static void expect_refused(const char *db, const char *const *args, int code, const char *needle)
{
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(report(db, args, &out, &err), code);
    CHECK_CONTAINS(err, needle);
    CHECK_INT_EQ(count_of(err, "\n"), 1);
    free(out), free(err);
}

static void test_databases_of_other_applications_are_refused_untouched(void)
{
    char *other = db_file("other-app.db");
    sqlite_exec_file(other, "PRAGMA application_id = 1179603789; CREATE TABLE notes(body TEXT)");
    expect_refused(other, (const char *[]){"report", NULL}, 2, "belongs to another application");
    expect_refused(other, (const char *[]){"replay", "1", NULL}, 2, "belongs to another application");
    char *tables = sqlite_text(other, "SELECT group_concat(name) FROM sqlite_schema; PRAGMA user_version; PRAGMA journal_mode");
    CHECK_STR_EQ(tables, "notes");
    free(tables);
    /* No application id, but someone else's tables and user_version. */
    char *foreign = db_file("foreign.db");
    sqlite_exec_file(foreign, "PRAGMA user_version = 7; CREATE TABLE runs(x); CREATE TABLE events(y)");
    expect_refused(foreign, (const char *[]){"report", NULL}, 2, "is not a worksim database");
    char *version = sqlite_text(foreign, "PRAGMA user_version");
    CHECK_STR_EQ(version, "7");
    free(version);
    /* Ours: worksim's application id from the first open on. */
    char *ours = cohort_db("ours.db");
    char *app = sqlite_text(ours, "PRAGMA application_id");
    CHECK_INT_EQ(atoll(app), (long long)STORE_APPLICATION_ID);
    free(app), free(ours), free(foreign), free(other);
}

static void test_databases_from_before_the_application_id_are_adopted(void)
{
    /* A file as the first schema wrote it: no application id, no identities. */
    char *db = db_file("schema1.db");
    sqlite3 *raw = NULL;
    REQUIRE(sqlite3_open(db, &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, store_schema_migration_sql(1), NULL, NULL, NULL) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw,
                         "PRAGMA user_version = 1;"
                         "INSERT INTO learners(name, created_at) VALUES ('ada', 1);"
                         "INSERT INTO runs(scenario_id, learner_id, mode, started_at, ended_at, outcome, score, max,"
                         " percent) VALUES ('a', 1, 'run', 1, 2, 'passed', 1, 1, 100);",
                         NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(raw);
    CHECK_INT_EQ(json_run_count(db, (const char *[]){"report", "--format", "json", NULL}), 1);
    char *app = sqlite_text(db, "PRAGMA application_id");
    char *want = xasprintf("%lld", (long long)STORE_APPLICATION_ID);
    CHECK_STR_EQ(app, want);
    free(app), free(want);
    char *missing = sqlite_text(db, "SELECT count(*) FROM learners WHERE uid IS NULL");
    CHECK_STR_EQ(missing, "0");
    free(missing), free(db);
}

static void test_read_commands_never_create_a_database(void)
{
    char *db = db_file("typo/worksim.db");
    expect_refused(db, (const char *[]){"report", NULL}, 2, "no such database");
    expect_refused(db, (const char *[]){"replay", "1", NULL}, 2, "no such database");
    struct stat sb;
    CHECK(stat(db, &sb) != 0);
    char *dir = db_file("typo");
    CHECK(stat(dir, &sb) != 0);
    free(dir), free(db);
}

static void test_replay_says_a_damaged_database_is_corrupt(void)
{
    char *db = db_file("damaged.db");
    Store *st = store_open(db, NULL);
    REQUIRE(st);
    FakeRun run = {"grace", "first-bugfix", "run", "passed", "finished", 30, 60, 50, PASSED_LINES, 5, 10};
    int64_t id = add_run(st, &run);
    for (int i = 0; i < 400; i++) {
        char *data = xasprintf("{\"n\":%d,\"pad\":\"%0200d\"}", i, i);
        store_event_append(st, id, i, "message", data);
        free(data);
    }
    store_close(st);   /* the last connection checkpoints the WAL into the file */
    /* Overwrite the second half of the file (the events' pages) with garbage, keeping the
     * header and the schema on the first pages. */
    size_t len = 0;
    char *bytes = util_read_file(db, &len, NULL);
    REQUIRE(bytes && len > 16384);
    for (size_t i = len / 2; i < len; i++) bytes[i] = (char)(i * 7 + 13);
    REQUIRE(util_write_file(db, bytes, len, NULL));
    free(bytes);
    expect_refused(db, (const char *[]){"replay", "1", NULL}, 3, "corrupt");
    free(db);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_report_junit_is_valid_adds_up_and_fails_only_failed_runs),
        TEST_CASE(test_report_empty_selection_is_not_success_and_writes_nothing),
        TEST_CASE(test_report_filters_repeat_and_demo_runs_need_asking),
        TEST_CASE(test_report_formats_agree_on_fields),
        TEST_CASE(test_report_xapi_statements_are_stable_honest_and_valid),
        TEST_CASE(test_report_hostile_names_make_valid_documents_and_safe_terminals),
        TEST_CASE(test_run_refuses_a_hostile_name_without_echoing_its_escapes),
        TEST_CASE(test_databases_of_other_applications_are_refused_untouched),
        TEST_CASE(test_databases_from_before_the_application_id_are_adopted),
        TEST_CASE(test_read_commands_never_create_a_database),
        TEST_CASE(test_replay_says_a_damaged_database_is_corrupt),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
