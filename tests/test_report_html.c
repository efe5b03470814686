/* test_report_html.c: the HTML cohort dashboard (`report --format html`, issue 13 item 5) read
 * back the way a browser parses it (python3 html.parser, tests/fixtures/report/html_tables.py)
 * and compared with the database it came from: every grid cell (best percent, attempts,
 * outcome colour, the run it opens), each scenario's learners, passes and average best
 * percent, each task's runs, failures and hints, the pass mark from the scenario catalog, the
 * embedded run data; hostile learner names and texts stay text (no element, no script of
 * theirs); the report filters decide which learners and scenarios the page shows; and the
 * page's own script, run in jsdom (npm, when installable), lists and opens runs as text. Runs are
 * written through the real store into a real sqlite file; the real binary reads them back. */
#define _GNU_SOURCE
#include "testlib.h"

#include "core/events.h"
#include "store/store.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#define HTML_TABLES WORKSIM_TESTS_DIR "/fixtures/report/html_tables.py"
#define DASHBOARD_DOM WORKSIM_TESTS_DIR "/fixtures/report/dashboard_dom.js"
/* Markup, a script end, a terminal escape and a byte that is not UTF-8. */
#define HOSTILE_NAME "<b>x</b></script><img src=x onerror=alert(1)>&amp;\x1b[2J\xff"
#define HOSTILE_TEXT "</script><script>alert(2)</script><img src=y onerror=alert(3)>"

typedef struct FixtureRun {
    const char *learner, *scenario, *mode, *outcome;
    double percent;
    bool tests_pass, commit_pass;   /* the fix task's two checks */
    int hints;
    bool has_lines;
} FixtureRun;

/* ada improves on first-bugfix and leaves a made-up scenario incomplete; bob hits an
 * infrastructure error and passes the other; "hostile" (renamed to HOSTILE_NAME) fails with
 * hostile feedback and chat; cyd only watched a demo; bob's pass was graded again (regrade). */
static const FixtureRun FIXTURE[] = {
    {"ada", "first-bugfix", "run", "failed", 40, false, true, 1, true},
    {"ada", "first-bugfix", "play", "passed", 90, true, true, 0, true},
    {"ada", "made-up", "run", "incomplete", 20, false, false, 0, true},
    {"bob", "first-bugfix", "run", "infra_error", 0, false, false, 0, false},
    {"bob", "made-up", "grade", "passed", 100, true, true, 2, true},
    {"hostile", "first-bugfix", "run", "failed", 10, false, false, 1, true},
    {"cyd", "first-bugfix", "demo", "passed", 100, true, true, 0, true},
    {"bob", "made-up", "regrade", "failed", 30, false, true, 0, true},
};
enum { N_FIXTURE = sizeof FIXTURE / sizeof FIXTURE[0] };

static void add_events(Store *st, int64_t id, const FixtureRun *f)
{
    char *e1 = ev_task_status_json(&(EvTaskStatus){.task = "fix", .status = "assigned"});
    char *e2 = ev_message_json(&(EvMessage){.from = "priya", .to = f->learner, .text = HOSTILE_TEXT});
    char *e3 = ev_task_status_json(&(EvTaskStatus){.task = "fix", .status = "done"});
    char *e4 = ev_message_json(&(EvMessage){.from = "sam", .channel = "#team", .text = "standup in 5"});
    store_event_append(st, id, 10, "task_status", e1);
    store_event_append(st, id, 20, "message", e2);
    store_event_append(st, id, 30, "message", e4);
    if (f->tests_pass) store_event_append(st, id, 70, "task_status", e3);
    store_event_append(st, id, 100, "finish", "{}");
    free(e1), free(e2), free(e3), free(e4);
}

static void add_fixture_run(Store *st, const FixtureRun *f)
{
    StoreRunInfo info = {.scenario_id = f->scenario, .scenario_title = "A <i>title</i>", .scenario_hash = "v1",
                         .learner = f->learner, .mode = f->mode, .sandbox = "ns", .llm = "scripted"};
    int64_t id = store_run_begin(st, &info);
    REQUIRE(id > 0);
    add_events(st, id, f);
    StoreResultLine lines[4] = {
        {"check", "tests", "fix", "All tests pass", "testing", f->tests_pass ? 30 : 0, 30, f->tests_pass, HOSTILE_TEXT},
        {"check", "committed", "fix", "The fix is committed", "git", f->commit_pass ? 10 : 0, 10, f->commit_pass, NULL},
        {"hint", "fix-hint-1", "fix", "Hint 1", NULL, -5, 0, false, NULL},
        {"hint", "fix-hint-2", "fix", "Hint 2", NULL, -5, 0, false, NULL},
    };
    StoreRunOutcome o = {f->outcome, f->percent * 0.4, 40, f->percent, "finished"};
    REQUIRE(store_run_finish(st, id, &o, lines, f->has_lines ? 2 + f->hints : 0));
}

static char *fixture_db(const char *name)
{
    char *path = xasprintf("%s/%s", testlib_temp_dir(), name);
    Store *st = store_open(path, NULL);
    if (!st) return path;
    for (int i = 0; i < N_FIXTURE; i++) add_fixture_run(st, &FIXTURE[i]);
    const char *group[] = {"ada", "hostile"};
    if (store_cohort_add(st, "spring", group, 2) != STORE_LEARNER_OK) testlib_fail(__FILE__, __LINE__, "cohort");
    store_close(st);
    /* worksim refuses such a name today; databases written before (or edited by hand) hold them. */
    sqlite3 *raw = NULL;
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_open(path, &raw) != SQLITE_OK ||
        sqlite3_prepare_v2(raw, "UPDATE learners SET name = ?1 WHERE name = 'hostile'", -1, &stmt, NULL) != SQLITE_OK ||
        sqlite3_bind_text(stmt, 1, HOSTILE_NAME, -1, SQLITE_STATIC) != SQLITE_OK || sqlite3_step(stmt) != SQLITE_DONE)
        testlib_fail(__FILE__, __LINE__, "cannot store the hostile name: %s", sqlite3_errmsg(raw));
    sqlite3_finalize(stmt);
    /* ada's first attempt was a week earlier (for --since / --until). */
    sqlite3_exec(raw, "UPDATE runs SET started_at = 1700000000 WHERE id = 1", NULL, NULL, NULL);
    sqlite3_close(raw);
    return path;
}

/* Writes the dashboard of db with the extra args and returns it parsed by html_tables.py. */
static cJSON *dashboard(const char *db, const char *const *extra, char **raw_html)
{
    char *file = xasprintf("%s/dash-%d.html", testlib_temp_dir(), rand());
    char *dbarg = xasprintf("--db=%s", db);
    const char *argv[24] = {dbarg, "report", "--format", "html", "--out", file};
    int n = 6;
    for (; extra && *extra && n < 23; extra++) argv[n++] = *extra;
    argv[n] = NULL;
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim(argv, NULL, &out, &err);
    if (rc != 0) testlib_fail(__FILE__, __LINE__, "report --format html: exit %d: %s", rc, err);
    free(out), free(err), free(dbarg);
    char *cmd = xasprintf("python3 '%s' '%s'", HTML_TABLES, file);
    FILE *p = popen(cmd, "r");
    Buf b = {0};
    char chunk[4096];
    size_t got;
    while (p && (got = fread(chunk, 1, sizeof chunk, p)) > 0) buf_append(&b, chunk, got);
    if (!p || pclose(p) != 0) testlib_fail(__FILE__, __LINE__, "html_tables.py could not read %s", file);
    cJSON *doc = cJSON_Parse(b.data ? b.data : "");
    if (raw_html) *raw_html = util_read_file(file, NULL, NULL);
    buf_free(&b), free(cmd), free(file);
    return doc;
}

static const cJSON *table(const cJSON *doc, const char *id)
{
    return cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "tables"), id);
}

static const char *cell_str(const cJSON *row, int col, const char *key)
{
    return cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetArrayItem(row, col), key));
}

/* ---- What the database says, computed here from the store (not by the report code). ---- */

typedef struct Expected {
    char learner[256], scenario[64];
    int attempts, counted, best_id;
    double best;
    int rank;                 /* best outcome: 1 infra_error, 2 incomplete, 3 failed, 4 passed */
    const char *cls;          /* its class: o-e, o-i, o-f, o-p */
} Expected;

typedef struct Gather {
    Expected cells[32];
    int n;
} Gather;

static int rank_of(const char *outcome)
{
    return strcmp(outcome, "passed") == 0 ? 4 : strcmp(outcome, "failed") == 0 ? 3 : strcmp(outcome, "incomplete") == 0 ? 2 : 1;
}

static bool gather_run(void *ud, const StoreRunRow *r)
{
    Gather *g = ud;
    if (strcmp(r->mode, "demo") == 0 || strcmp(r->mode, "regrade") == 0) return true;   /* no attempts */
    Expected *e = NULL;
    for (int i = 0; i < g->n && !e; i++)
        if (strcmp(g->cells[i].learner, r->learner) == 0 && strcmp(g->cells[i].scenario, r->scenario_id) == 0) e = &g->cells[i];
    if (!e) {
        e = &g->cells[g->n++];
        *e = (Expected){.best = -1};
        snprintf(e->learner, sizeof e->learner, "%s", r->learner);
        snprintf(e->scenario, sizeof e->scenario, "%s", r->scenario_id);
    }
    e->attempts++;
    static const char *const classes[] = {"", "o-e", "o-i", "o-f", "o-p"};
    if (rank_of(r->outcome) > e->rank) e->rank = rank_of(r->outcome);
    e->cls = classes[e->rank];
    if (strcmp(r->outcome, "infra_error") != 0) {
        e->counted++;
        if (r->percent > e->best) e->best = r->percent, e->best_id = (int)r->id;
    }
    return true;
}

static Gather expected_cells(const char *db, const StoreRunFilter *filter)
{
    Gather g = {0};
    Store *st = store_open(db, NULL);
    if (!st || !store_runs_foreach(st, filter, gather_run, &g)) testlib_fail(__FILE__, __LINE__, "reading %s", db);
    store_close(st);
    return g;
}

/* The learner name as a browser shows it: invalid UTF-8 and the escape byte as U+FFFD. */
static const char *shown_name(const char *stored)
{
    return strcmp(stored, HOSTILE_NAME) == 0 ? "<b>x</b></script><img src=x onerror=alert(1)>&amp;\xef\xbf\xbd[2J\xef\xbf\xbd" : stored;
}

static int column_of(const cJSON *header, const char *scenario)
{
    for (int c = 1; c < cJSON_GetArraySize(header); c++)
        if (strcmp(cell_str(header, c, "text"), scenario) == 0) return c;
    return -1;
}

static const cJSON *row_of(const cJSON *rows, const char *learner)
{
    for (int r = 1; r < cJSON_GetArraySize(rows); r++)
        if (strcmp(cell_str(cJSON_GetArrayItem(rows, r), 0, "text"), learner) == 0) return cJSON_GetArrayItem(rows, r);
    return NULL;
}

/* Every grid cell agrees with the database, and the grid holds no other cell with a run. */
static void check_grid(const cJSON *doc, const Gather *g)
{
    const cJSON *grid = table(doc, "grid");
    const cJSON *header = cJSON_GetArrayItem(grid, 0);
    REQUIRE(grid && header);
    int filled = 0;
    for (int r = 1; r < cJSON_GetArraySize(grid); r++)
        for (int c = 1; c < cJSON_GetArraySize(cJSON_GetArrayItem(grid, r)); c++)
            filled += cell_str(cJSON_GetArrayItem(grid, r), c, "run") != NULL;
    CHECK_INT_EQ(filled, g->n);
    for (int i = 0; i < g->n; i++) {
        const Expected *e = &g->cells[i];
        const cJSON *row = row_of(grid, shown_name(e->learner));
        int col = column_of(header, e->scenario);
        if (!row || col < 0) {
            testlib_fail(__FILE__, __LINE__, "no grid cell for %s on %s", e->learner, e->scenario);
            continue;
        }
        char best[32], attempts[16], run[16];
        snprintf(best, sizeof best, e->counted ? "%.0f" : "err", e->best);
        snprintf(attempts, sizeof attempts, e->attempts > 1 ? "%d" : "", e->attempts);
        CHECK_STR_EQ(cell_str(row, col, "text"), best);
        CHECK_STR_EQ(cell_str(row, col, "small"), attempts);
        CHECK_STR_EQ(cell_str(row, col, "class"), e->cls);
        if (e->counted) {
            snprintf(run, sizeof run, "%d", e->best_id);
            CHECK_STR_EQ(cell_str(row, col, "run"), run);
        }
    }
}

/* The scenarios table: learners with a counted run, how many passed, their average best. */
static void check_scenarios(const cJSON *doc, const Gather *g)
{
    const cJSON *rows = table(doc, "scenarios");
    REQUIRE(rows);
    for (int r = 1; r < cJSON_GetArraySize(rows); r++) {
        const cJSON *row = cJSON_GetArrayItem(rows, r);
        const char *scenario = cell_str(row, 0, "text");
        int learners = 0, passed = 0;
        double sum = 0;
        for (int i = 0; i < g->n; i++)
            if (strcmp(g->cells[i].scenario, scenario) == 0 && g->cells[i].counted) {
                learners++, sum += g->cells[i].best;
                passed += strcmp(g->cells[i].cls, "o-p") == 0;
            }
        char want[32];
        snprintf(want, sizeof want, "%d", learners);
        CHECK_STR_EQ(cell_str(row, 3, "text"), want);
        snprintf(want, sizeof want, "%d", passed);
        CHECK_STR_EQ(cell_str(row, 4, "text"), want);
        snprintf(want, sizeof want, "%.1f", sum / learners);
        CHECK_STR_EQ(cell_str(row, 6, "text"), want);
        CHECK_STR_EQ(cell_str(row, 2, "text"), strcmp(scenario, "first-bugfix") == 0 ? "70" : "-");
        CHECK_STR_EQ(cell_str(row, 1, "text"), "A <i>title</i>");
    }
}

/* The fix task per scenario over counted runs: runs, runs with a failed check, hints. */
static void check_tasks(const cJSON *doc, const char *const *learners, int n_learners)
{
    const cJSON *rows = table(doc, "tasks");
    REQUIRE(rows);
    int seen = 0;
    for (int r = 1; r < cJSON_GetArraySize(rows); r++) {
        const cJSON *row = cJSON_GetArrayItem(rows, r);
        const char *scenario = cell_str(row, 0, "text");
        CHECK_STR_EQ(cell_str(row, 1, "text"), "fix");
        int runs = 0, failed = 0, hints = 0;
        double seconds = 0;   /* assigned at 10 s, done at 70 s when the tests pass, else the run ends at 100 s */
        for (int i = 0; i < N_FIXTURE; i++) {
            const FixtureRun *f = &FIXTURE[i];
            bool selected = n_learners == 0;
            for (int l = 0; l < n_learners; l++) selected |= strcmp(f->learner, learners[l]) == 0;
            if (!selected || strcmp(f->scenario, scenario) != 0 || !f->has_lines || strcmp(f->mode, "demo") == 0 ||
                strcmp(f->mode, "regrade") == 0)
                continue;
            runs++, hints += f->hints, seconds += f->tests_pass ? 60 : 90;
            failed += !f->tests_pass || !f->commit_pass;
        }
        char want[4][16];
        snprintf(want[0], 16, "%d", runs), snprintf(want[1], 16, "%d", failed), snprintf(want[2], 16, "%d", hints);
        int mean = (int)lround(seconds / runs);
        snprintf(want[3], 16, "%d:%02d", mean / 60, mean % 60);
        CHECK_STR_EQ(cell_str(row, 7, "text"), want[3]);
        CHECK_STR_EQ(cell_str(row, 2, "text"), want[0]);
        CHECK_STR_EQ(cell_str(row, 3, "text"), want[1]);
        CHECK_STR_EQ(cell_str(row, 5, "text"), want[2]);
        seen++;
    }
    CHECK(seen > 0);
}

static void test_dashboard_grid_averages_and_tasks_match_the_database(void)
{
    char *db = fixture_db("dash.db");
    char *html = NULL;
    cJSON *doc = dashboard(db, NULL, &html);
    REQUIRE(doc);
    StoreRunFilter all = {.exclude_demo = true};
    Gather g = expected_cells(db, &all);
    CHECK_INT_EQ(g.n, 5);
    check_grid(doc, &g);
    check_scenarios(doc, &g);
    check_tasks(doc, NULL, 0);
    /* The embedded data: every selected run with every report field, its breakdown, its transcript. */
    const cJSON *data = cJSON_GetObjectItem(doc, "data");
    REQUIRE(data);
    CHECK_INT_EQ(cJSON_GetArraySize(cJSON_GetObjectItem(data, "runs")), N_FIXTURE - 2);   /* no demo, no regrade */
    int nf = cJSON_GetArraySize(cJSON_GetObjectItem(data, "fields"));
    CHECK_INT_EQ(nf, 26);
    const cJSON *first = cJSON_GetArrayItem(cJSON_GetObjectItem(data, "runs"), 0);
    const cJSON *strings = cJSON_GetObjectItem(data, "strings");
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetArrayItem(strings, (int)cJSON_GetArrayItem(first, 1)->valuedouble)), "ada");
    CHECK_INT_EQ(cJSON_GetArraySize(cJSON_GetArrayItem(first, nf)), 3);   /* two checks and a hint */
    CHECK_CONTAINS(cJSON_GetStringValue(cJSON_GetArrayItem(first, nf + 1)), "00:20 priya to ada: </script><script>alert(2)");
    CHECK(cJSON_IsNull(cJSON_GetArrayItem(first, nf + 3)));   /* not regraded: no regrade breakdown */
    cJSON_Delete(doc), free(html), free(db);
}

static void test_dashboard_keeps_hostile_text_as_text(void)
{
    char *db = fixture_db("hostile.db");
    char *html = NULL;
    cJSON *doc = dashboard(db, NULL, &html);
    REQUIRE(doc && html);
    const cJSON *tags = cJSON_GetObjectItem(doc, "tags");
    /* Only the page's own elements: no b, i or img from a name or a title, no third script. */
    CHECK(cJSON_GetObjectItem(tags, "b") == NULL);
    CHECK(cJSON_GetObjectItem(tags, "i") == NULL);
    CHECK(cJSON_GetObjectItem(tags, "img") == NULL);
    CHECK_INT_EQ(cJSON_GetNumberValue(cJSON_GetObjectItem(doc, "scripts")), 2);
    CHECK(strchr(html, 0x1b) == NULL);
    CHECK(strstr(html, "<script>alert") == NULL && strstr(html, "<img") == NULL && strstr(html, "<b>") == NULL);
    /* The name reads back exactly (escape byte and invalid UTF-8 as U+FFFD) in the grid and the data. */
    CHECK(row_of(table(doc, "grid"), shown_name(HOSTILE_NAME)) != NULL);
    CHECK(row_of(table(doc, "skills"), shown_name(HOSTILE_NAME)) != NULL);
    const cJSON *strings = cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "data"), "strings");
    bool found = false;
    for (int i = 0; i < cJSON_GetArraySize(strings); i++)
        found |= strcmp(cJSON_GetStringValue(cJSON_GetArrayItem(strings, i)), HOSTILE_TEXT) == 0;
    CHECK(found);   /* the feedback travels whole, as a JSON string the script shows with textContent */
    cJSON_Delete(doc), free(html), free(db);
}

static void test_dashboard_honours_the_report_filters(void)
{
    char *db = fixture_db("filters.db");
    /* Repeated --learner: exactly those learners' rows and runs. */
    char *html = NULL;
    cJSON *doc = dashboard(db, (const char *[]){"--learner", "ada", "--learner", "bob", NULL}, &html);
    REQUIRE(doc);
    CHECK_CONTAINS(html, ">Selection: learner ada, bob</p>");   /* the page says what it shows */
    free(html);
    const char *two[] = {"ada", "bob"};
    StoreRunFilter by_learner = {.exclude_demo = true, .learners = two, .n_learners = 2};
    Gather g = expected_cells(db, &by_learner);
    CHECK_INT_EQ(cJSON_GetArraySize(table(doc, "grid")), 3);   /* header, ada, bob */
    check_grid(doc, &g);
    check_scenarios(doc, &g);
    check_tasks(doc, two, 2);
    cJSON_Delete(doc);
    /* --scenario: one column; --cohort: its learners only. */
    doc = dashboard(db, (const char *[]){"--scenario", "made-up", NULL}, NULL);
    REQUIRE(doc);
    CHECK_INT_EQ(cJSON_GetArraySize(cJSON_GetArrayItem(table(doc, "grid"), 0)), 2);
    CHECK_STR_EQ(cell_str(cJSON_GetArrayItem(table(doc, "grid"), 0), 1, "text"), "made-up");
    cJSON_Delete(doc);
    doc = dashboard(db, (const char *[]){"--cohort", "spring", NULL}, &html);
    CHECK_CONTAINS(html, ">Selection: cohort spring</p>");
    free(html);
    REQUIRE(doc);
    CHECK_INT_EQ(cJSON_GetArraySize(table(doc, "grid")), 3);
    CHECK(row_of(table(doc, "grid"), "ada") && row_of(table(doc, "grid"), shown_name(HOSTILE_NAME)));
    cJSON_Delete(doc);
    /* --until before this week: only ada's first attempt; --since: the others. */
    doc = dashboard(db, (const char *[]){"--until", "2023-11-20", NULL}, NULL);
    REQUIRE(doc);
    CHECK_INT_EQ(cJSON_GetArraySize(cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "data"), "runs")), 1);
    CHECK_STR_EQ(cell_str(row_of(table(doc, "grid"), "ada"), 1, "text"), "40");
    cJSON_Delete(doc);
    doc = dashboard(db, (const char *[]){"--since", "2023-11-20", "--include-demo", NULL}, NULL);
    REQUIRE(doc);
    CHECK_INT_EQ(cJSON_GetArraySize(cJSON_GetObjectItem(cJSON_GetObjectItem(doc, "data"), "runs")), N_FIXTURE - 1);
    CHECK(row_of(table(doc, "grid"), "cyd") == NULL);   /* a demo is data, never an attempt */
    const cJSON *bob = row_of(table(doc, "grid"), "bob");
    REQUIRE(bob);
    CHECK_STR_EQ(cell_str(bob, 2, "text"), "100");   /* nor is a regrade: bob's one attempt on made-up */
    CHECK_STR_EQ(cell_str(bob, 2, "small"), "");
    cJSON_Delete(doc);
    free(db);
}

/* The page's script run in jsdom (dashboard_dom.js) after a click on the cell of run_id: what
 * it shows, or NULL when node or jsdom is not available here. */
static cJSON *script_run(const char *db, int run_id)
{
    char *probe = xasprintf("NODE_PATH='%s/node_modules' node -e \"require('jsdom')\" 2>/dev/null", WORKSIM_NPM_DIR);
    int have = system(probe);
    free(probe);
    if (have != 0) return NULL;
    char *html = NULL;
    cJSON *tables = dashboard(db, NULL, &html);
    cJSON_Delete(tables);
    char *file = xasprintf("%s/dom-%d.html", testlib_temp_dir(), run_id);
    if (!html || !util_write_file(file, html, strlen(html), NULL)) testlib_fail(__FILE__, __LINE__, "cannot write %s", file);
    char *cmd = xasprintf("NODE_PATH='%s/node_modules' node '%s' '%s' %d", WORKSIM_NPM_DIR, DASHBOARD_DOM, file, run_id);
    FILE *p = popen(cmd, "r");
    Buf b = {0};
    char chunk[4096];
    size_t got;
    while (p && (got = fread(chunk, 1, sizeof chunk, p)) > 0) buf_append(&b, chunk, got);
    if (!p || pclose(p) != 0) testlib_fail(__FILE__, __LINE__, "dashboard_dom.js failed on %s", file);
    cJSON *out = cJSON_Parse(b.data ? b.data : "");
    buf_free(&b), free(cmd), free(file), free(html);
    return out;
}

static const char *item_str(const cJSON *o, const char *key, int i)
{
    return cJSON_GetStringValue(cJSON_GetArrayItem(cJSON_GetObjectItem(o, key), i));
}

/* In a DOM, a click on a cell lists that learner's attempts with every report field, a run
 * opens to its breakdown and transcript, a click on a learner lists their runs; hostile text
 * stays text (no element made, nothing run, no script error). */
static void test_dashboard_script_draws_runs_as_text(void)
{
    char *db = fixture_db("dom.db");
    cJSON *ada = script_run(db, 2);
    if (!ada) {
        printf("  (node with npm jsdom not available here: the page's script is not run)\n");
        free(db);
        return;
    }
    CHECK_INT_EQ(cJSON_GetArraySize(cJSON_GetObjectItem(ada, "cell_runs")), 2);   /* ada's two first-bugfix attempts */
    CHECK_STR_EQ(item_str(ada, "cell_runs", 0), "1");
    CHECK_STR_EQ(item_str(ada, "cell_runs", 1), "2");
    CHECK_INT_EQ(cJSON_GetArraySize(cJSON_GetObjectItem(ada, "header")), 26);
    CHECK_STR_EQ(item_str(ada, "header", 11), "learner_seconds");
    CHECK_INT_EQ(cJSON_GetNumberValue(cJSON_GetObjectItem(ada, "breakdown_rows")), 2);
    CHECK_INT_EQ(cJSON_GetArraySize(cJSON_GetObjectItem(ada, "learner_runs")), 3);
    cJSON *hostile = script_run(db, 6);
    REQUIRE(hostile);
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(hostile, "learner")), shown_name(HOSTILE_NAME));
    CHECK_INT_EQ(cJSON_GetArraySize(cJSON_GetObjectItem(hostile, "learner_runs")), 1);
    CHECK_INT_EQ(cJSON_GetNumberValue(cJSON_GetObjectItem(hostile, "breakdown_rows")), 3);
    CHECK_CONTAINS(cJSON_GetStringValue(cJSON_GetObjectItem(hostile, "transcript")), "00:20 priya to hostile: " HOSTILE_TEXT);
    CHECK_CONTAINS(cJSON_GetStringValue(cJSON_GetObjectItem(hostile, "transcript")), "\n00:30 sam in #team: standup in 5");
    CHECK_CONTAINS(cJSON_GetStringValue(cJSON_GetObjectItem(hostile, "transcript")), "00:10 task fix: assigned\n");
    CHECK_INT_EQ(cJSON_GetNumberValue(cJSON_GetObjectItem(hostile, "imgs")), 0);
    CHECK_INT_EQ(cJSON_GetNumberValue(cJSON_GetObjectItem(hostile, "alerts")), 0);
    CHECK_INT_EQ(cJSON_GetArraySize(cJSON_GetObjectItem(hostile, "errors")), 0);
    cJSON_Delete(ada), cJSON_Delete(hostile), free(db);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_dashboard_grid_averages_and_tasks_match_the_database),
        TEST_CASE(test_dashboard_keeps_hostile_text_as_text),
        TEST_CASE(test_dashboard_honours_the_report_filters),
        TEST_CASE(test_dashboard_script_draws_runs_as_text),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
