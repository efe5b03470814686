/* test_report_regrades.c: what the instructor's side found about a run, in every report format
 * (issue 13): the import's flags (a stored score the re-grade does not give, no snapshot to
 * re-grade) and the instructor's latest regrade beside the learner's stored score. Each format
 * (json, csv, junit, xapi, html, text) is read back with a real parser (cJSON, python's csv,
 * ElementTree and html.parser) and compared with the database, read with SQL of its own; every
 * format must show the same values under the same names as the JSON. Runs are written through
 * the real store (imports with store_run_insert_imported, regrades linked by
 * store_run_set_regrade_of) into a real sqlite file; the real binary writes the reports. */
#define _GNU_SOURCE
#include "testlib.h"

#include "store/store.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REPORT_PARSE WORKSIM_TESTS_DIR "/fixtures/report/report_parse.py"
#define HTML_TABLES WORKSIM_TESTS_DIR "/fixtures/report/html_tables.py"
#define DASHBOARD_DOM WORKSIM_TESTS_DIR "/fixtures/report/dashboard_dom.js"
#define JUNIT_XSD WORKSIM_TESTS_DIR "/fixtures/junit/jenkins-junit.xsd"

/* A fixture step that must work (in helpers returning a value, where REQUIRE cannot return). */
#define SETUP(cond) \
    do { \
        if (!(cond)) { \
            testlib_fail(__FILE__, __LINE__, "setup failed: %s", #cond); \
            exit(1); \
        } \
    } while (0)

#define EVE_FLAG "stored score 60 differs from the re-grade 24"
#define IVAN_FLAG "no snapshot to re-grade: no snapshot on the vm backend"

/* A breakdown adding up to score of 60: the tests check (30), the clean check (10), a rubric item (20). */
static void lines_for(double score, StoreResultLine out[3])
{
    double tests = score >= 30 ? 30 : 0, rest = score - tests;
    double clean = rest >= 10 ? 10 : rest, rubric = rest - clean;
    out[0] = (StoreResultLine){"check", "tests", "fix", "All tests pass", "testing", tests, 30, tests == 30, NULL};
    out[1] = (StoreResultLine){"check", "clean", "fix", "Nothing left uncommitted", "git", clean, 10, clean == 10, NULL};
    out[2] = (StoreResultLine){"rubric", "communication", NULL, "Kept Priya informed", "communication", rubric, 20,
                               rubric >= 10, NULL};
}

static int64_t local_run(Store *st, const char *learner, const char *mode, const char *version, const char *outcome,
                         double score)
{
    StoreRunInfo info = {.scenario_id = "first-bugfix", .scenario_title = "First bugfix", .scenario_hash = "h",
                         .learner = learner, .mode = mode, .sandbox = "ns", .llm = "scripted",
                         .scenario_version = version};
    int64_t id = store_run_begin(st, &info);
    SETUP(id > 0);
    store_event_append(st, id, 0, "start", "{}");
    store_event_append(st, id, 300, "finish", "{}");
    StoreResultLine lines[3];
    lines_for(score, lines);
    StoreRunOutcome o = {outcome, score, 60, score / 60 * 100, "finished"};
    SETUP(store_run_finish(st, id, &o, lines, strcmp(outcome, "infra_error") == 0 ? 0 : 3));
    return id;
}

static int64_t regrade_of(Store *st, int64_t original, const char *learner, const char *outcome, double score)
{
    int64_t id = local_run(st, learner, "regrade", "v2", outcome, score);
    SETUP(store_run_set_regrade_of(st, id, original));
    return id;
}

static int64_t imported_run(Store *st, const char *uid, const char *learner, double claimed, const char *flag)
{
    SETUP(store_transaction_begin(st));
    int64_t learner_id = store_learner_adopt(st, uid, learner);
    SETUP(learner_id > 0);
    StoreResultLine lines[3];
    lines_for(claimed, lines);
    StoreImportedRun run = {.learner_id = learner_id, .scenario_id = "first-bugfix", .scenario_title = "First bugfix",
                            .scenario_hash = "h", .scenario_version = "v1", .mode = "run", .sandbox = "ns",
                            .llm = "scripted", .started_at = 1790000000, .ended_at = 1790000600, .outcome = "passed",
                            .score = claimed, .max = 60, .percent = claimed / 60 * 100, .reason = "finished",
                            .source_db = "5b0c8a34-0000-4000-8000-000000000001", .source_run = learner_id,
                            .file = "cohort.wsx", .chain = "chained", .flag = flag};
    int64_t id = store_run_insert_imported(st, &run, lines, 3);
    SETUP(id > 0);
    SETUP(store_transaction_commit(st));
    return id;
}

/* In run-id order: 1 grace passed 30 (regraded: 2 an infra_error regrade, ignored; 3 failed 12),
 * 4 bob failed 10, 5 eve imported claiming 60 (flagged; 6 its re-grade, failed 24), 7 ivan
 * imported without a snapshot (flagged, not regraded), 8 zoe imported claiming 54 (verified;
 * 9 its re-grade, passed 54). */
static char *fixture_db(const char *name)
{
    char *path = xasprintf("%s/%s", testlib_temp_dir(), name);
    Store *st = store_open(path, NULL);
    SETUP(st);
    int64_t grace = local_run(st, "grace", "run", "v1", "passed", 30);
    regrade_of(st, grace, "grace", "infra_error", 0);
    regrade_of(st, grace, "grace", "failed", 12);
    local_run(st, "bob", "run", "v1", "failed", 10);
    int64_t eve = imported_run(st, "0e0e0e0e-0000-4000-8000-00000000000e", "eve", 60, EVE_FLAG);
    regrade_of(st, eve, "eve", "failed", 24);
    imported_run(st, "1a1a1a1a-0000-4000-8000-00000000001a", "ivan", 45, IVAN_FLAG);
    int64_t zoe = imported_run(st, "2b2b2b2b-0000-4000-8000-00000000002b", "zoe", 54, NULL);
    regrade_of(st, zoe, "zoe", "passed", 54);
    store_close(st);
    return path;
}

/* ---- the database, read with SQL of this test's own ---- */

typedef struct Truth {
    int64_t id;
    bool imported;
    char flag[128];               /* "" when none */
    int64_t regraded_run;         /* 0 when none */
    char regraded_outcome[16], regraded_version[16];
    double regraded_score, regraded_max, regraded_percent;
    int regraded_lines;
} Truth;

enum { N_COUNTED = 5 };

static int truth_of(const char *db, Truth out[N_COUNTED])
{
    sqlite3 *raw = NULL;
    sqlite3_stmt *q = NULL;
    SETUP(sqlite3_open_v2(db, &raw, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);
    SETUP(sqlite3_prepare_v2(raw,
                               "SELECT r.id, i.run_id IS NOT NULL, COALESCE(i.flag, ''), COALESCE(g.id, 0), g.outcome,"
                               " g.score, g.max, g.percent, g.scenario_version,"
                               " (SELECT COUNT(*) FROM results WHERE run_id = g.id)"
                               " FROM runs r LEFT JOIN run_imports i ON i.run_id = r.id"
                               " LEFT JOIN runs g ON g.id = (SELECT id FROM runs WHERE regrade_of = r.id"
                               "   AND outcome IN ('passed', 'failed', 'incomplete') ORDER BY id DESC LIMIT 1)"
                               " WHERE r.mode NOT IN ('demo', 'regrade') ORDER BY r.id",
                               -1, &q, NULL) == SQLITE_OK);
    int n = 0;
    while (sqlite3_step(q) == SQLITE_ROW && n < N_COUNTED) {
        Truth *t = &out[n++];
        memset(t, 0, sizeof *t);
        t->id = sqlite3_column_int64(q, 0);
        t->imported = sqlite3_column_int(q, 1);
        snprintf(t->flag, sizeof t->flag, "%s", (const char *)sqlite3_column_text(q, 2));
        t->regraded_run = sqlite3_column_int64(q, 3);
        snprintf(t->regraded_outcome, sizeof t->regraded_outcome, "%s",
                 sqlite3_column_text(q, 4) ? (const char *)sqlite3_column_text(q, 4) : "");
        t->regraded_score = sqlite3_column_double(q, 5);
        t->regraded_max = sqlite3_column_double(q, 6);
        t->regraded_percent = sqlite3_column_double(q, 7);
        snprintf(t->regraded_version, sizeof t->regraded_version, "%s",
                 sqlite3_column_text(q, 8) ? (const char *)sqlite3_column_text(q, 8) : "");
        t->regraded_lines = sqlite3_column_int(q, 9);
    }
    sqlite3_finalize(q);
    sqlite3_close(raw);
    return n;
}

/* ---- running the reports ---- */

static char *report_file(const char *db, const char *format, const char *extra)
{
    char *file = xasprintf("%s/report-%s-%d.%s", testlib_temp_dir(), format, rand(), format);
    char *dbarg = xasprintf("--db=%s", db);
    const char *argv[] = {dbarg, "report", "--format", format, "--out", file, extra, NULL};
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim(argv, (const char *[]){"WORKSIM_XAPI_HOMEPAGE=https://lms.example.org", NULL}, &out,
                                 &err);
    if (rc != 0) testlib_fail(__FILE__, __LINE__, "report --format %s: exit %d: %s", format, rc, err);
    free(out), free(err), free(dbarg);
    return file;
}

static cJSON *parsed_by(const char *script, const char *kind, const char *file)
{
    char *cmd = kind ? xasprintf("python3 '%s' %s '%s'", script, kind, file) : xasprintf("python3 '%s' '%s'", script, file);
    char *out = NULL;
    int rc = testlib_sh(cmd, &out);
    if (rc != 0) testlib_fail(__FILE__, __LINE__, "%s failed: %s", cmd, out ? out : "");
    cJSON *doc = cJSON_Parse(out ? out : "");
    free(cmd), free(out);
    return doc;
}

static cJSON *json_report(const char *db, const char *extra)
{
    char *file = report_file(db, "json", extra);
    char *text = util_read_file(file, NULL, NULL);
    cJSON *doc = cJSON_Parse(text ? text : "");
    free(text), free(file);
    return doc;
}

static const cJSON *run_in(const cJSON *arr, int64_t id)
{
    const cJSON *o;
    cJSON_ArrayForEach(o, arr)
        if ((int64_t)cJSON_GetNumberValue(cJSON_GetObjectItem(o, "run_id")) == id) return o;
    return NULL;
}

/* A JSON field value as the text formats write it: strings as they are, numbers %.15g, null "". */
static char *as_text(const cJSON *v)
{
    if (!v || cJSON_IsNull(v)) return xstrdup("");
    if (cJSON_IsString(v)) return xstrdup(v->valuestring);
    return xasprintf("%.15g", v->valuedouble);
}

/* ---- JSON: against the database ---- */

static void test_json_shows_flags_and_the_latest_regrade(void)
{
    char *db = fixture_db("json.db");
    Truth truth[N_COUNTED];
    CHECK_INT_EQ(truth_of(db, truth), N_COUNTED);
    cJSON *arr = json_report(db, NULL);
    CHECK_INT_EQ(cJSON_GetArraySize(arr), N_COUNTED);   /* regrade runs are no rows of their own */
    for (int i = 0; i < N_COUNTED; i++) {
        const Truth *t = &truth[i];
        const cJSON *o = run_in(arr, t->id);
        REQUIRE(o);
        const cJSON *flags = cJSON_GetObjectItem(o, "import_flags");
        if (t->imported) CHECK_STR_EQ(cJSON_GetStringValue(flags), t->flag);
        else CHECK(cJSON_IsNull(flags));
        CHECK(cJSON_IsNull(cJSON_GetObjectItem(o, "regrade_of")));
        const cJSON *breakdown = cJSON_GetObjectItem(o, "regraded_breakdown");
        if (!t->regraded_run) {
            CHECK(cJSON_IsNull(cJSON_GetObjectItem(o, "regraded_run")) && cJSON_IsNull(breakdown));
            CHECK(cJSON_IsNull(cJSON_GetObjectItem(o, "regraded_score")));
            continue;
        }
        CHECK_INT_EQ((int64_t)cJSON_GetNumberValue(cJSON_GetObjectItem(o, "regraded_run")), t->regraded_run);
        CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(o, "regraded_outcome")), t->regraded_outcome);
        CHECK(cJSON_GetNumberValue(cJSON_GetObjectItem(o, "regraded_score")) == t->regraded_score);
        CHECK(cJSON_GetNumberValue(cJSON_GetObjectItem(o, "regraded_max")) == t->regraded_max);
        CHECK(fabs(cJSON_GetNumberValue(cJSON_GetObjectItem(o, "regraded_percent")) - t->regraded_percent) < 1e-9);
        CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(o, "regraded_version")), t->regraded_version);
        CHECK_INT_EQ(cJSON_GetArraySize(breakdown), t->regraded_lines);
    }
    /* grace's latest regrade with a verdict is run 3, not the infra_error regrade 2. */
    CHECK_INT_EQ((int64_t)cJSON_GetNumberValue(cJSON_GetObjectItem(run_in(arr, 1), "regraded_run")), 3);
    /* With --include-demo the regrade runs are rows too, pointing at what they regraded. */
    cJSON *all = json_report(db, "--include-demo");
    CHECK_INT_EQ(cJSON_GetArraySize(all), 9);
    CHECK_INT_EQ((int64_t)cJSON_GetNumberValue(cJSON_GetObjectItem(run_in(all, 6), "regrade_of")), 5);
    CHECK(cJSON_IsNull(cJSON_GetObjectItem(run_in(all, 6), "regraded_run")));
    cJSON_Delete(all), cJSON_Delete(arr), free(db);
}

/* ---- CSV, JUnit, HTML data, xAPI: the same values as the JSON ---- */

static void test_every_format_agrees_with_the_json(void)
{
    char *db = fixture_db("agree.db");
    cJSON *json = json_report(db, NULL);
    REQUIRE(json && cJSON_GetArraySize(json) == N_COUNTED);
    char *csv_file = report_file(db, "csv", NULL), *junit_file = report_file(db, "junit", NULL);
    char *html_file = report_file(db, "html", NULL);
    cJSON *csv = parsed_by(REPORT_PARSE, "csv", csv_file), *junit = parsed_by(REPORT_PARSE, "junit", junit_file);
    cJSON *html = parsed_by(HTML_TABLES, NULL, html_file);
    REQUIRE(csv && junit && html);
    const cJSON *data = cJSON_GetObjectItem(html, "data");
    const cJSON *fields = cJSON_GetObjectItem(data, "fields"), *strings = cJSON_GetObjectItem(data, "strings");
    int nf = cJSON_GetArraySize(fields);
    const cJSON *o;
    int compared = 0;
    cJSON_ArrayForEach(o, json) {
        int64_t id = (int64_t)cJSON_GetNumberValue(cJSON_GetObjectItem(o, "run_id"));
        const cJSON *row = NULL, *suite = NULL, *drun = NULL, *x;
        char *want_id = xasprintf("%lld", (long long)id);
        cJSON_ArrayForEach(x, csv) if (!row && strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(x, "run_id")), want_id) == 0) row = x;
        cJSON_ArrayForEach(x, junit) if (strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(x, "id")), want_id) == 0) suite = x;
        cJSON_ArrayForEach(x, cJSON_GetObjectItem(data, "runs")) if ((int64_t)cJSON_GetArrayItem(x, 0)->valuedouble == id) drun = x;
        free(want_id);
        REQUIRE(row && suite && drun);
        const cJSON *props = cJSON_GetObjectItem(suite, "properties");
        for (int f = 0; f < nf; f++) {
            const char *name = cJSON_GetStringValue(cJSON_GetArrayItem(fields, f));
            const cJSON *v = cJSON_GetObjectItem(o, name);
            REQUIRE(v);
            char *want = as_text(v);
            CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(row, name)), want);
            CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(props, name)), want);
            const cJSON *d = cJSON_GetArrayItem(drun, f);
            char *shown = cJSON_IsString(v) ? xstrdup(cJSON_GetStringValue(cJSON_GetArrayItem(strings, (int)d->valuedouble)))
                          : cJSON_IsNull(v) && d->valuedouble < 0 ? xstrdup("") : as_text(d);
            CHECK_STR_EQ(shown, want);
            free(shown), free(want);
            compared++;
        }
        /* The dashboard carries the regrade's breakdown too. */
        const cJSON *regraded = cJSON_GetObjectItem(o, "regraded_breakdown");
        CHECK_INT_EQ(cJSON_GetArraySize(cJSON_GetArrayItem(drun, nf + 3)), cJSON_GetArraySize(regraded));
    }
    CHECK_INT_EQ(compared, N_COUNTED * 26);
    cJSON_Delete(csv), cJSON_Delete(junit), cJSON_Delete(html), cJSON_Delete(json);
    free(csv_file), free(junit_file), free(html_file), free(db);
}

/* ---- JUnit: the regrade's verdict, the import's flag as a failure ---- */

static const cJSON *suite_of(const cJSON *suites, const char *id)
{
    const cJSON *s;
    cJSON_ArrayForEach(s, suites) if (strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(s, "id")), id) == 0) return s;
    return NULL;
}

static const cJSON *case_named(const cJSON *suite, const char *prefix)
{
    const cJSON *c;
    cJSON_ArrayForEach(c, cJSON_GetObjectItem(suite, "testcases"))
        if (strncmp(cJSON_GetStringValue(cJSON_GetObjectItem(c, "name")), prefix, strlen(prefix)) == 0) return c;
    return NULL;
}

static double points_of(const cJSON *suite)
{
    double sum = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, cJSON_GetObjectItem(suite, "testcases")) {
        const cJSON *points = cJSON_GetObjectItem(c, "points");
        if (cJSON_IsNumber(points)) sum += points->valuedouble;
    }
    return sum;
}

static const char *field_of(const cJSON *obj, const char *key) { return cJSON_GetStringValue(cJSON_GetObjectItem(obj, key)); }

static void test_junit_judges_by_the_regrade_and_fails_a_flagged_import(void)
{
    char *db = fixture_db("junit.db");
    char *file = report_file(db, "junit", NULL);
    char *cmd = xasprintf("xmllint --noout --schema '%s' '%s' 2>&1", JUNIT_XSD, file), *lint = NULL;
    CHECK_INT_EQ(testlib_sh(cmd, &lint), 0);
    free(cmd), free(lint);
    cJSON *suites = parsed_by(REPORT_PARSE, "junit", file);
    REQUIRE(suites);
    /* eve claimed 60/60 and passed; the re-grade gives 24 and fails: the suite fails twice over. */
    const cJSON *eve = suite_of(suites, "5");
    REQUIRE(eve);
    const cJSON *outcome = case_named(eve, "outcome: "), *import = case_named(eve, "import: ");
    REQUIRE(outcome && import);
    CHECK_CONTAINS(field_of(outcome, "name"), "outcome: failed, 24/60 (40%) regraded by run 6; stored passed, 60/60 (100%)");
    CHECK_STR_EQ(field_of(outcome, "result"), "failure");
    CHECK_STR_EQ(field_of(import, "result"), "failure");
    CHECK_STR_EQ(field_of(import, "type"), "import_flag");
    CHECK_STR_EQ(field_of(import, "message"), EVE_FLAG);
    CHECK(points_of(eve) == 24);   /* the regrade's lines add up to the regraded score */
    CHECK_INT_EQ((int)cJSON_GetNumberValue(cJSON_GetObjectItem(eve, "failures")), 1 + 1 + 1);   /* outcome, import, the tests check */
    /* ivan passed and was not regraded (no snapshot): only the import fails. */
    const cJSON *ivan = suite_of(suites, "7");
    REQUIRE(ivan);
    CHECK(cJSON_IsNull(cJSON_GetObjectItem(case_named(ivan, "outcome: "), "result")));
    CHECK_STR_EQ(field_of(case_named(ivan, "import: "), "message"), IVAN_FLAG);
    CHECK_INT_EQ((int)cJSON_GetNumberValue(cJSON_GetObjectItem(ivan, "failures")), 1);
    /* zoe's import holds up; grace's local run fails by its regrade; bob's run has no import case. */
    const cJSON *zoe = suite_of(suites, "8"), *grace = suite_of(suites, "1"), *bob = suite_of(suites, "4");
    REQUIRE(zoe && grace && bob);
    CHECK_STR_EQ(field_of(case_named(zoe, "import: "), "name"), "import: verified");
    CHECK_INT_EQ((int)cJSON_GetNumberValue(cJSON_GetObjectItem(zoe, "failures")), 0);
    CHECK_STR_EQ(field_of(case_named(grace, "outcome: "), "result"), "failure");
    CHECK(points_of(grace) == 12);
    CHECK(case_named(bob, "import: ") == NULL && case_named(grace, "import: ") == NULL);
    cJSON_Delete(suites), free(file), free(db);
}

/* ---- xAPI: a regrade is a statement of its own ---- */

static const cJSON *at(const cJSON *o, const char *a, const char *b)
{
    const cJSON *x = cJSON_GetObjectItem(o, a);
    return b ? cJSON_GetObjectItem(x, b) : x;
}

static const cJSON *ext(const cJSON *statement, const char *field)
{
    char *key = xasprintf("urn:worksim:%s", field);
    const cJSON *v = cJSON_GetObjectItem(at(statement, "context", "extensions"), key);
    free(key);
    return v;
}

static const cJSON *statement_of_run(const cJSON *arr, int64_t run)
{
    const cJSON *s;
    cJSON_ArrayForEach(s, arr) if ((int64_t)cJSON_GetNumberValue(ext(s, "run_id")) == run) return s;
    return NULL;
}

static cJSON *xapi_report(const char *db, const char *extra, char **file_out)
{
    char *file = report_file(db, "xapi", extra);
    char *text = util_read_file(file, NULL, NULL);
    cJSON *arr = cJSON_Parse(text ? text : "");
    free(text);
    if (file_out) *file_out = file;
    else free(file);
    return arr;
}

static void test_xapi_sends_a_regrade_as_its_own_statement(void)
{
    char *db = fixture_db("xapi.db");
    Truth truth[N_COUNTED];
    REQUIRE(truth_of(db, truth) == N_COUNTED);
    char *file = NULL;
    cJSON *arr = xapi_report(db, NULL, &file);
    REQUIRE(arr);
    CHECK_INT_EQ(cJSON_GetArraySize(arr), N_COUNTED + 3);   /* five attempts, three of them regraded */
    char *text = cJSON_PrintUnformatted(arr);
    CHECK(strstr(text, "urn:worksim:regraded_") == NULL);   /* a run's statement never changes when it is regraded */
    free(text);
    for (int i = 0; i < N_COUNTED; i++) {
        const Truth *t = &truth[i];
        const cJSON *attempt = statement_of_run(arr, t->id);
        REQUIRE(attempt);
        if (t->imported) CHECK_STR_EQ(cJSON_GetStringValue(ext(attempt, "import_flags")), t->flag);
        else CHECK(ext(attempt, "import_flags") == NULL);
        CHECK(at(attempt, "context", "statement") == NULL);
        if (!t->regraded_run) continue;
        const cJSON *regrade = statement_of_run(arr, t->regraded_run);
        REQUIRE(regrade);
        CHECK(strcmp(cJSON_GetStringValue(at(regrade, "id", NULL)), cJSON_GetStringValue(at(attempt, "id", NULL))) != 0);
        CHECK_STR_EQ(cJSON_GetStringValue(at(regrade, "context", "registration")),
                     cJSON_GetStringValue(at(attempt, "context", "registration")));
        const cJSON *ref = at(regrade, "context", "statement");
        CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(ref, "objectType")), "StatementRef");
        CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(ref, "id")), cJSON_GetStringValue(at(attempt, "id", NULL)));
        CHECK((int64_t)cJSON_GetNumberValue(ext(regrade, "regrade_of")) == t->id);
        CHECK_STR_EQ(cJSON_GetStringValue(ext(regrade, "mode")), "regrade");
        char *verb = xasprintf("http://adlnet.gov/expapi/verbs/%s", t->regraded_outcome);
        CHECK_STR_EQ(cJSON_GetStringValue(at(at(regrade, "verb", NULL), "id", NULL)), verb);
        free(verb);
        CHECK(fabs(cJSON_GetNumberValue(cJSON_GetObjectItem(at(at(regrade, "result", NULL), "score", NULL), "raw")) -
                   t->regraded_score) < 1e-9);
        CHECK(at(regrade, "result", "duration") == NULL);   /* grading time is not the learner's time */
        CHECK(at(attempt, "result", "duration") != NULL);
    }
    /* The same statement whichever way it is reached: as the regrade of a row, or as a row itself. */
    cJSON *all = xapi_report(db, "--include-demo", NULL);
    REQUIRE(all);
    CHECK_INT_EQ(cJSON_GetArraySize(all), 9);   /* every run once: the infra_error regrade too, no duplicates */
    CHECK(cJSON_Compare(statement_of_run(all, 6), statement_of_run(arr, 6), true));
    CHECK(cJSON_Compare(statement_of_run(all, 5), statement_of_run(arr, 5), true));
    char *warnings = testlib_xapi_warnings(file);
    if (warnings) CHECK_STR_EQ(warnings, "");
    else printf("  (npm xapi-validation not installed here: checked against the spec rules only)\n");
    free(warnings);
    cJSON_Delete(all), cJSON_Delete(arr), free(file), free(db);
}

/* ---- HTML: the grid counts the regrade, marks the flagged import ---- */

static const cJSON *grid_cell(const cJSON *grid, const char *learner)
{
    const cJSON *row;
    cJSON_ArrayForEach(row, grid)
        if (strcmp(field_of(cJSON_GetArrayItem(row, 0), "text"), learner) == 0) return cJSON_GetArrayItem(row, 1);
    return NULL;
}

static void test_dashboard_counts_the_regrade_and_marks_flags(void)
{
    char *db = fixture_db("html.db");
    char *file = report_file(db, "html", NULL);
    cJSON *doc = parsed_by(HTML_TABLES, NULL, file);
    REQUIRE(doc);
    const cJSON *grid = at(at(doc, "tables", NULL), "grid", NULL);
    REQUIRE(grid);
    struct { const char *learner, *text, *struck, *mark, *cls; } want[] = {
        {"grace", "20", "50", "", "o-f"},            /* regraded from a pass to a fail */
        {"bob", "17", "", "", "o-f"},
        {"eve", "40", "100", "!", "o-f flagged"},   /* claimed 100, re-grade 40, flagged */
        {"ivan", "75", "", "!", "o-p flagged"},     /* no snapshot: stays as claimed, flagged */
        {"zoe", "90", "", "", "o-p"},               /* verified: the same percent */
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        const cJSON *cell = grid_cell(grid, want[i].learner);
        REQUIRE(cell);
        CHECK_STR_EQ(field_of(cell, "text"), want[i].text);
        CHECK_STR_EQ(field_of(cell, "struck"), want[i].struck);
        CHECK_STR_EQ(field_of(cell, "mark"), want[i].mark);
        CHECK_STR_EQ(field_of(cell, "class"), want[i].cls);
    }
    CHECK_CONTAINS(field_of(grid_cell(grid, "eve"), "title"), "regraded by run 6; stored passed 100%");
    CHECK_CONTAINS(field_of(grid_cell(grid, "eve"), "title"), "FLAGGED run 5: " EVE_FLAG);
    /* The scenario's figures count the regrades: ivan and zoe passed; the mean best is 48.3. */
    const cJSON *scen = cJSON_GetArrayItem(at(at(doc, "tables", NULL), "scenarios", NULL), 1);
    CHECK_STR_EQ(field_of(cJSON_GetArrayItem(scen, 3), "text"), "5");
    CHECK_STR_EQ(field_of(cJSON_GetArrayItem(scen, 4), "text"), "2");
    CHECK_STR_EQ(field_of(cJSON_GetArrayItem(scen, 6), "text"), "48.3");
    cJSON_Delete(doc), free(file), free(db);
}

/* The page's own script in jsdom (npm, when installable) opens eve's run: the summary names the
 * regrade and the stored score, the flag is shown, both breakdowns are drawn, nothing fails. */
static void test_dashboard_script_opens_a_regraded_flagged_run(void)
{
    char *probe = xasprintf("NODE_PATH='%s/node_modules' node -e \"require('jsdom')\" 2>/dev/null", WORKSIM_NPM_DIR);
    int have = testlib_sh(probe, NULL);
    free(probe);
    if (have != 0) {
        printf("  (node with npm jsdom not available here: the page's script is not run)\n");
        return;
    }
    char *db = fixture_db("dom.db");
    char *file = report_file(db, "html", NULL);
    char *cmd = xasprintf("NODE_PATH='%s/node_modules' node '%s' '%s' 5", WORKSIM_NPM_DIR, DASHBOARD_DOM, file);
    char *out = NULL;
    CHECK_INT_EQ(testlib_sh(cmd, &out), 0);
    cJSON *eve = cJSON_Parse(out ? out : "");
    REQUIRE(eve);
    CHECK_INT_EQ(cJSON_GetArraySize(cJSON_GetObjectItem(eve, "errors")), 0);
    CHECK_CONTAINS(field_of(eve, "summary"), "! Run 5: first-bugfix, eve: regraded: failed 40% (run 6), stored: passed 100%");
    CHECK_CONTAINS(cJSON_GetStringValue(cJSON_GetArrayItem(cJSON_GetObjectItem(eve, "flag_notes"), 0)), EVE_FLAG);
    CHECK_CONTAINS(cJSON_GetStringValue(cJSON_GetArrayItem(cJSON_GetObjectItem(eve, "headings"), 0)), "regrade (run 6");
    CHECK_INT_EQ((int)cJSON_GetNumberValue(cJSON_GetObjectItem(eve, "breakdown_rows")), 3 + 3);
    cJSON_Delete(eve), free(out), free(cmd), free(file), free(db);
}

/* ---- text: the regraded score beside the stored one, the flags in words ---- */

static const char *line_of(const char *doc, const char *run)
{
    for (const char *p = doc; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
        if (strncmp(p, run, strlen(run)) == 0) return p;
    return NULL;
}

static void test_text_marks_regrades_and_flags(void)
{
    char *db = fixture_db("text.db");
    char *file = report_file(db, "text", NULL);
    char *doc = util_read_file(file, NULL, NULL);
    REQUIRE(doc);
    CHECK_CONTAINS(doc, "REGRADED");
    const char *eve = line_of(doc, "5 "), *zoe = line_of(doc, "8 "), *bob = line_of(doc, "4 ");
    REQUIRE(eve && zoe && bob);
    char *eve_line = xstrndup(eve, (size_t)(strchr(eve, '\n') - eve)), *zoe_line = xstrndup(zoe, (size_t)(strchr(zoe, '\n') - zoe));
    char *bob_line = xstrndup(bob, (size_t)(strchr(bob, '\n') - bob));
    CHECK_CONTAINS(eve_line, "* 24/60 40%");
    CHECK_CONTAINS(eve_line, "FLAGGED: " EVE_FLAG);
    CHECK_CONTAINS(zoe_line, " 54/60 90%");
    CHECK(strstr(zoe_line, "*") == NULL);
    CHECK_CONTAINS(zoe_line, "imported, verified");
    CHECK(strstr(bob_line, "FLAGGED") == NULL && strstr(bob_line, "imported") == NULL);
    free(eve_line), free(zoe_line), free(bob_line), free(doc), free(file), free(db);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_json_shows_flags_and_the_latest_regrade),
        TEST_CASE(test_every_format_agrees_with_the_json),
        TEST_CASE(test_junit_judges_by_the_regrade_and_fails_a_flagged_import),
        TEST_CASE(test_xapi_sends_a_regrade_as_its_own_statement),
        TEST_CASE(test_dashboard_counts_the_regrade_and_marks_flags),
        TEST_CASE(test_dashboard_script_opens_a_regraded_flagged_run),
        TEST_CASE(test_text_marks_regrades_and_flags),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
