/* test_store.c: the sqlite run log: file creation and schema versioning, append-only events
 * read back in order (also by the real sqlite3 CLI), the event data check against SQLite's
 * own json_valid(), results round trip, refusal of a newer schema, WAL with a second process
 * reading while one appends, many processes opening one fresh file at once, seqs staying 1..N when two connections append to one run, WAL
 * recovery after a writer dies, abandoned runs, and the default path rules. */
#define _POSIX_C_SOURCE 200809L
#include "testlib.h"

#include "store/store.h"
#include "store/store_internal.h"
#include "base/util.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char *db_path(const char *name)
{
    return xasprintf("%s/%s", testlib_temp_dir(), name);
}

/* Output of `sqlite3 FILE SQL` with the trailing newline removed; caller frees. */
static char *cli_query(const char *file, const char *sql)
{
    char *cmd = xasprintf("sqlite3 '%s' \"%s\" 2>&1", file, sql);
    FILE *p = popen(cmd, "r");
    free(cmd);
    if (!p) return xstrdup("(popen failed)");
    Buf b = {0};
    char chunk[512];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, p)) > 0) buf_append(&b, chunk, n);
    pclose(p);
    char *s = buf_steal(&b);
    size_t len = strlen(s);
    while (len > 0 && s[len - 1] == '\n') s[--len] = '\0';
    return s;
}

static int64_t begin_run(Store *st, const char *learner)
{
    StoreRunInfo info = {
        .scenario_id = "git-rebase-101", .scenario_title = "Rebase a feature branch",
        .scenario_hash = "sha256:abc", .learner = learner, .mode = "run",
        .sandbox = "ns", .llm = "scripted",
    };
    return store_run_begin(st, &info);
}

static void test_store_open_creates_file_and_folders_at_latest_schema(void)
{
    char *dir = db_path("new/deeper");
    char *path = xasprintf("%s/worksim.db", dir);
    char *err = NULL;
    Store *st = store_open(path, &err);
    REQUIRE(st != NULL);
    CHECK(err == NULL);
    struct stat sb;
    CHECK(stat(path, &sb) == 0 && S_ISREG(sb.st_mode));
    CHECK(stat(dir, &sb) == 0 && (sb.st_mode & 0777) == 0700);
    CHECK_INT_EQ(store_schema_version(st), store_schema_latest());
    CHECK(store_schema_latest() >= 1);
    CHECK_INT_EQ(store_migrations_applied(st), store_schema_latest());
    store_close(st);
    char *cli = cli_query(path, "PRAGMA user_version");
    char *want = xasprintf("%d", store_schema_latest());
    CHECK_STR_EQ(cli, want);
    free(want);
    free(cli);
    free(path);
    free(dir);
}

typedef struct Collected {
    int n;
    int64_t seqs[8];
    double t_runs[8];
    char *kinds[8];
    char *data[8];
} Collected;

static bool collect_event(void *ud, int64_t seq, double t_run, const char *kind, const char *data_json)
{
    Collected *c = ud;
    if (c->n >= 8) return false;
    c->seqs[c->n] = seq;
    c->t_runs[c->n] = t_run;
    c->kinds[c->n] = xstrdup(kind);
    c->data[c->n] = xstrdup(data_json);
    c->n++;
    return true;
}

static void collected_free(Collected *c)
{
    for (int i = 0; i < c->n; i++) {
        free(c->kinds[i]);
        free(c->data[i]);
    }
}

static void test_store_events_come_back_in_order_and_via_sqlite_cli(void)
{
    char *path = db_path("events.db");
    Store *st = store_open(path, NULL);
    REQUIRE(st != NULL);
    int64_t run = begin_run(st, "ada");
    int64_t other = begin_run(st, "bob");
    REQUIRE(run > 0 && other > 0 && run != other);
    CHECK(store_event_append(st, run, 0.0, "run.start", "{\"scenario\":\"git-rebase-101\"}"));
    CHECK(store_event_append(st, other, 0.5, "run.start", NULL));
    CHECK(store_event_append(st, run, 1.5, "chat.message", "{\"from\":\"maya\",\"text\":\"hi\"}"));
    CHECK(store_event_append(st, run, 2.25, "shell.exec", NULL));

    Collected c = {0};
    CHECK(store_events_foreach(st, run, collect_event, &c));
    CHECK_INT_EQ(c.n, 3);
    if (c.n == 3) {
        CHECK_INT_EQ(c.seqs[0], 1);
        CHECK_INT_EQ(c.seqs[1], 2);
        CHECK_INT_EQ(c.seqs[2], 3);
        CHECK_STR_EQ(c.kinds[0], "run.start");
        CHECK_STR_EQ(c.kinds[1], "chat.message");
        CHECK_STR_EQ(c.kinds[2], "shell.exec");
        CHECK_STR_EQ(c.data[1], "{\"from\":\"maya\",\"text\":\"hi\"}");
        CHECK_STR_EQ(c.data[2], "{}");
        CHECK(c.t_runs[1] == 1.5);
    }
    collected_free(&c);
    CHECK_INT_EQ(store_event_count(st, run), 3);
    CHECK_INT_EQ(store_event_count(st, other), 1);

    /* Another reader, the real CLI, sees the committed events while the store is open. */
    char *sql = xasprintf("select group_concat(seq || ':' || kind, ',') from"
                          " (select seq, kind from events where run_id = %lld order by seq)", (long long)run);
    char *cli = cli_query(path, sql);
    CHECK_STR_EQ(cli, "1:run.start,2:chat.message,3:shell.exec");
    free(cli);
    free(sql);
    cli = cli_query(path, "select json_extract(data, '$.from') from events where kind = 'chat.message'");
    CHECK_STR_EQ(cli, "maya");
    free(cli);
    store_close(st);
    free(path);
}

static void test_store_event_data_must_be_a_json_object(void)
{
    char *path = db_path("json.db");
    Store *st = store_open(path, NULL);
    REQUIRE(st != NULL);
    int64_t run = begin_run(st, "ada");
    REQUIRE(run > 0);
    CHECK(!store_event_append(st, run, 0, "bad", "[1, 2]"));
    CHECK_CONTAINS(store_errmsg(st), "JSON object");
    CHECK(!store_event_append(st, run, 0, "bad", "{\"unterminated\": "));
    CHECK(!store_event_append(st, run, 0, "bad", "42"));
    CHECK(!store_event_append(st, run, 0, "", "{}"));
    CHECK(!store_event_append(st, run + 100, 0, "orphan", "{}"));
    CHECK_CONTAINS(store_errmsg(st), "no such run");
    CHECK_INT_EQ(store_event_count(st, run), 0);
    CHECK(store_event_append(st, run, 0, "good", " {\"a\": [1, {\"b\": null}]} "));
    CHECK_INT_EQ(store_event_count(st, run), 1);
    store_close(st);
    free(path);
}

/* sqlite's reading of the same text: json_valid() and an object at the top. */
static int sqlite_says_object(sqlite3 *db, const char *text)
{
    sqlite3_stmt *stmt = NULL;
    int verdict = -1;
    if (sqlite3_prepare_v2(db, "SELECT CASE WHEN json_valid(?1) THEN json_type(?1) = 'object' ELSE 0 END", -1, &stmt, NULL) == SQLITE_OK) {
        sqlite3_bind_text(stmt, 1, text, -1, SQLITE_STATIC);
        if (sqlite3_step(stmt) == SQLITE_ROW) verdict = sqlite3_column_int(stmt, 0);
    }
    sqlite3_finalize(stmt);
    return verdict;
}

static void test_store_json_check_agrees_with_sqlite_json_valid(void)
{
    static const struct { const char *text; bool object; } cases[] = {
        {"{}", true}, {" \t\r\n{ } \n", true}, {"{\"a\":1}", true},
        {"{\"a\":[1,-2.5e+3,0,0.0,1E9,-0,true,false,null,\"x\",{},[]]}", true},
        {"{\"esc\":\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\uD83D\\uDE00\"}", true},
        {"{\"utf8\":\"caf\xc3\xa9 \xe2\x9c\x93\"}", true}, {"{\"\":\"\"}", true},
        {"{\"a\":{\"b\":{\"c\":[[[]]]}}}", true}, {"{\"dup\":1,\"dup\":2}", true},
        {"", false}, {"   ", false}, {"[]", false}, {"[{}]", false}, {"42", false},
        {"\"{}\"", false}, {"null", false}, {"{", false}, {"}", false}, {"{}}", false},
        {"{} {}", false}, {"{} x", false}, {"{},", false}, {"{\"a\"}", false}, {"{\"a\":}", false},
        {"{\"a\" 1}", false}, {"{a:1}", false}, {"{'a':1}", false}, {"{\"a\":1,}", false},
        {"{,}", false}, {"{\"a\":1 \"b\":2}", false}, {"{\"a\":[1,]}", false}, {"{\"a\":[,1]}", false},
        {"{\"a\":[1 2]}", false}, {"{\"a\":[}", false}, {"{\"a\":]}", false}, {"{\"a\":[1}", false},
        {"{\"a\":{]}", false}, {"{\"a\":01}", false}, {"{\"a\":-}", false}, {"{\"a\":+1}", false},
        {"{\"a\":1.}", false}, {"{\"a\":.5}", false}, {"{\"a\":1e}", false}, {"{\"a\":1e+}", false},
        {"{\"a\":0x10}", false}, {"{\"a\":NaN}", false}, {"{\"a\":Infinity}", false},
        {"{\"a\":tru}", false}, {"{\"a\":truex}", false}, {"{\"a\":nul}", false}, {"{\"a\":True}", false},
        {"{\"a\":\"unterminated}", false}, {"{\"a\":\"bad \\x escape\"}", false},
        {"{\"a\":\"\\u12\"}", false}, {"{\"a\":\"\\u12G4\"}", false}, {"{\"a\":\"\\\"}", false},
        {"{\"a\":\"raw\ttab\"}", false}, {"{\"a\":\"raw\nnewline\"}", false}, {"{\"a\":\"\x01\"}", false},
        {"{\"a\":1}\x01", false}, {"{\"a\"\x0b:1}", false},
    };
    sqlite3 *db = NULL;
    REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        bool got = store_json_is_object(cases[i].text);
        if (got != cases[i].object)
            testlib_fail(__FILE__, __LINE__, "case %zu \"%s\": got %d, want %d", i, cases[i].text, got, cases[i].object);
        int sq = sqlite_says_object(db, cases[i].text);
        if (sq != (int)cases[i].object)
            testlib_fail(__FILE__, __LINE__, "case %zu \"%s\": sqlite says %d", i, cases[i].text, sq);
    }
    CHECK(!store_json_is_object(NULL));

    /* Every one-byte change of valid objects, judged the same way by both. */
    static const char *const seeds[] = {
        "{\"a\":[1,-2.5e+3,true,null],\"b\":{\"c\":\"d\\u0041\\n\"},\"e\":false}",
        "{\"cmd\":\"git rebase -i HEAD~3\",\"exit\":0,\"ms\":12.5}",
    };
    static const char alphabet[] = "{}[]:,\"\\/ \t\n0123456789-+.eEuatrfnlsbx";
    char buf[128];
    int compared = 0, disagreed = 0;
    for (size_t s = 0; s < sizeof seeds / sizeof seeds[0]; s++) {
        size_t len = strlen(seeds[s]);
        for (size_t pos = 0; pos <= len; pos++) {
            for (size_t a = 0; a < sizeof alphabet - 1; a++) {
                for (int op = 0; op < 3; op++) {              /* replace, insert, delete */
                    if (op != 1 && pos == len) continue;
                    if (op == 2 && a > 0) continue;
                    memcpy(buf, seeds[s], pos);
                    size_t out = pos;
                    if (op != 2) buf[out++] = alphabet[a];
                    const char *rest = seeds[s] + pos + (op == 1 ? 0 : 1);
                    memcpy(buf + out, rest, strlen(rest) + 1);
                    bool got = store_json_is_object(buf);
                    int sq = sqlite_says_object(db, buf);
                    compared++;
                    if (got != (sq == 1) && disagreed++ < 5)
                        testlib_fail(__FILE__, __LINE__, "\"%s\": validator %d, sqlite %d", buf, got, sq);
                }
            }
        }
    }
    CHECK(compared > 5000);
    CHECK_INT_EQ(disagreed, 0);

    /* Nesting: 1000 levels pass (cJSON's limit), one more is refused though valid JSON. */
    enum { DEEP = 1001 };
    char *deep = xcalloc(2 * DEEP + 16, 1);
    memcpy(deep, "{\"a\":", 5);
    size_t n = 5;
    for (int i = 1; i < DEEP - 1; i++) deep[n++] = '[';
    for (int i = 1; i < DEEP - 1; i++) deep[n++] = ']';
    deep[n++] = '}';
    deep[n] = '\0';
    CHECK(store_json_is_object(deep));                   /* 1 object + 999 arrays */
    memmove(deep + 6, deep + 5, n - 5 + 1);              /* one more '[' after the key */
    deep[5] = '[';
    n++;
    memmove(deep + n, deep + n - 1, 2);                  /* and one more ']' before the '}' */
    deep[n - 1] = ']';
    n++;
    CHECK_INT_EQ(sqlite_says_object(db, deep), 1);
    CHECK(!store_json_is_object(deep));                  /* 1001 levels */
    sqlite3_close(db);
    free(deep);
}

static void test_store_events_update_and_delete_refused(void)
{
    char *path = db_path("append_only.db");
    Store *st = store_open(path, NULL);
    REQUIRE(st != NULL);
    int64_t run = begin_run(st, "ada");
    REQUIRE(run > 0);
    REQUIRE(store_event_append(st, run, 1.0, "run.start", "{\"x\":1}"));
    REQUIRE(store_event_append(st, run, 2.0, "run.step", "{\"x\":2}"));
    store_close(st);

    sqlite3 *db = NULL;
    REQUIRE(sqlite3_open(path, &db) == SQLITE_OK);
    char *msg = NULL;
    CHECK(sqlite3_exec(db, "UPDATE events SET kind = 'forged' WHERE seq = 1", NULL, NULL, &msg) != SQLITE_OK);
    CHECK_CONTAINS(msg, "append-only");
    sqlite3_free(msg);
    msg = NULL;
    CHECK(sqlite3_exec(db, "DELETE FROM events", NULL, NULL, &msg) != SQLITE_OK);
    CHECK_CONTAINS(msg, "append-only");
    sqlite3_free(msg);
    sqlite3_close(db);

    /* The CLI, which knows nothing of worksim, is refused too, and nothing changed. */
    char *cli = cli_query(path, "DELETE FROM events WHERE seq = 2");
    CHECK_CONTAINS(cli, "append-only");
    free(cli);
    cli = cli_query(path, "select count(*) || ',' || group_concat(kind) from events");
    CHECK_STR_EQ(cli, "2,run.start,run.step");
    free(cli);
    free(path);
}

typedef struct Lines {
    int n;
    StoreResultLine lines[4];
    char *strings[4][6];
} Lines;

static char *dup_or_null(const char *s) { return s ? xstrdup(s) : NULL; }

static bool collect_line(void *ud, const StoreResultLine *line)
{
    Lines *l = ud;
    if (l->n >= 4) return false;
    StoreResultLine *d = &l->lines[l->n];
    *d = *line;
    char **s = l->strings[l->n];
    d->kind = s[0] = dup_or_null(line->kind);
    d->item_id = s[1] = dup_or_null(line->item_id);
    d->task = s[2] = dup_or_null(line->task);
    d->label = s[3] = dup_or_null(line->label);
    d->skill = s[4] = dup_or_null(line->skill);
    d->feedback = s[5] = dup_or_null(line->feedback);
    l->n++;
    return true;
}

static void lines_free(Lines *l)
{
    for (int i = 0; i < l->n; i++)
        for (int j = 0; j < 6; j++) free(l->strings[i][j]);
    l->n = 0;
}

typedef struct RunSeen {
    int n;
    int64_t id;
    char outcome[32];
    char reason[128];
    char learner[32];
    double score, max, percent, ended_at;
} RunSeen;

static bool collect_run(void *ud, const StoreRunRow *r)
{
    RunSeen *s = ud;
    s->n++;
    s->id = r->id;
    snprintf(s->outcome, sizeof s->outcome, "%s", r->outcome ? r->outcome : "(open)");
    snprintf(s->reason, sizeof s->reason, "%s", r->reason ? r->reason : "");
    snprintf(s->learner, sizeof s->learner, "%s", r->learner ? r->learner : "");
    s->score = r->score;
    s->max = r->max;
    s->percent = r->percent;
    s->ended_at = r->ended_at;
    return true;
}

static bool count_llm(void *ud, const StoreLlmCall *call)
{
    int *n = ud;
    if (strcmp(call->who, "maya") == 0 && call->input_tokens == 1200 && call->output_tokens == 300 &&
        call->http_status == 200 && call->error == NULL && call->cost_usd == 0.0125)
        (*n)++;
    return true;
}

static void test_store_results_round_trip(void)
{
    char *path = db_path("results.db");
    Store *st = store_open(path, NULL);
    REQUIRE(st != NULL);
    int64_t run = begin_run(st, "ada");
    REQUIRE(run > 0);
    const StoreResultLine lines[] = {
        {"check", "tests_pass", "fix-bug", "The test suite passes", "testing", 10, 10, true, "All 12 tests pass."},
        {"rubric", "clear_pr", NULL, "The PR description is clear", "communication", 3.5, 5, false, NULL},
        {"hint", "hint_1", "fix-bug", "Used hint 1", NULL, -1, 0, false, "Hints cost a point."},
    };
    StoreRunOutcome out = {"passed", 12.5, 15, 12.5 / 15, "finished"};
    REQUIRE(store_run_finish(st, run, &out, lines, 3));

    Lines got = {0};
    CHECK(store_results_foreach(st, run, collect_line, &got));
    CHECK_INT_EQ(got.n, 3);
    for (int i = 0; i < got.n && i < 3; i++) {
        const StoreResultLine *a = &lines[i], *b = &got.lines[i];
        CHECK_STR_EQ(b->kind, a->kind);
        CHECK_STR_EQ(b->item_id, a->item_id);
        CHECK_STR_EQ(b->label, a->label);
        CHECK((a->task == NULL) == (b->task == NULL));
        if (a->task) CHECK_STR_EQ(b->task, a->task);
        CHECK((a->skill == NULL) == (b->skill == NULL));
        if (a->skill) CHECK_STR_EQ(b->skill, a->skill);
        CHECK((a->feedback == NULL) == (b->feedback == NULL));
        if (a->feedback) CHECK_STR_EQ(b->feedback, a->feedback);
        CHECK(b->points == a->points);
        CHECK(b->max == a->max);
        CHECK(b->passed == a->passed);
    }
    lines_free(&got);

    RunSeen seen = {0};
    StoreRunFilter f = {.run_id = run};
    CHECK(store_runs_foreach(st, &f, collect_run, &seen));
    CHECK_INT_EQ(seen.n, 1);
    CHECK_STR_EQ(seen.outcome, "passed");
    CHECK_STR_EQ(seen.reason, "finished");
    CHECK_STR_EQ(seen.learner, "ada");
    CHECK(seen.score == 12.5 && seen.max == 15 && seen.percent == 12.5 / 15 && seen.ended_at > 0);

    /* A second finish replaces outcome and breakdown; a bad outcome changes nothing. */
    StoreRunOutcome again = {"failed", 10, 15, 10.0 / 15, "regraded"};
    CHECK(store_run_finish(st, run, &again, lines, 1));
    CHECK(store_results_foreach(st, run, collect_line, &got));
    CHECK_INT_EQ(got.n, 1);
    lines_free(&got);
    StoreRunOutcome bad = {"great", 1, 1, 1, "x"};
    CHECK(!store_run_finish(st, run, &bad, lines, 3));
    CHECK_CONTAINS(store_errmsg(st), "outcome");
    CHECK(!store_run_finish(st, run + 999, &out, lines, 3));
    CHECK_CONTAINS(store_errmsg(st), "no such run");
    char *cli = cli_query(path, "select outcome || ',' || (select count(*) from results) from runs");
    CHECK_STR_EQ(cli, "failed,1");
    free(cli);

    StoreLlmCall call = {"maya", "claude-sonnet", 1200, 300, 0, 0, 0.0125, 850.0, "req_1", 200, NULL};
    CHECK(store_llm_call_record(st, run, &call));
    int n_llm = 0;
    CHECK(store_llm_calls_foreach(st, run, count_llm, &n_llm));
    CHECK_INT_EQ(n_llm, 1);
    store_close(st);
    free(path);
}

static bool read_mode_and_version(void *ud, const StoreRunRow *row)
{
    char **out = ud;
    out[0] = xstrdup(row->mode);
    out[1] = xstrdup(row->scenario_version);
    return true;
}

static void test_store_run_mode_is_one_of_four_and_version_round_trips(void)
{
    char *path = db_path("modes.db");
    Store *st = store_open(path, NULL);
    REQUIRE(st != NULL);
    StoreRunInfo info = {.scenario_id = "first-bugfix", .learner = "ada", .mode = "demo",
                         .scenario_version = "fnv1a64:0123456789abcdef"};
    int64_t run = store_run_begin(st, &info);
    REQUIRE(run > 0);
    char *got[2] = {NULL, NULL};
    StoreRunFilter f = {.run_id = run};
    CHECK(store_runs_foreach(st, &f, read_mode_and_version, got));
    CHECK_STR_EQ(got[0], "demo");
    CHECK_STR_EQ(got[1], "fnv1a64:0123456789abcdef");
    free(got[0]);
    free(got[1]);

    info.mode = "verify";                      /* never a stored mode */
    CHECK(store_run_begin(st, &info) == -1);
    CHECK_CONTAINS(store_errmsg(st), "play, run, grade, demo or regrade");
    info.mode = NULL;                          /* the default */
    int64_t plain = store_run_begin(st, &info);
    REQUIRE(plain > 0);
    CHECK(store_run_set_mode(st, plain, "grade"));
    CHECK(!store_run_set_mode(st, plain, "watch"));
    CHECK(!store_run_set_mode(st, 999999, "run"));
    store_close(st);
    char *sql = xasprintf("select mode from runs where id = %lld", (long long)plain);
    char *mode = cli_query(path, sql);
    CHECK_STR_EQ(mode, "grade");
    free(mode);
    free(sql);
    /* The file itself refuses an unknown mode, whoever writes it. */
    char *refused = cli_query(path, "update runs set mode = 'watch'");
    CHECK_CONTAINS(refused, "runs.mode must be play, run, grade, demo or regrade");
    free(refused);
    free(path);
}

static void test_store_migration_2_keeps_old_runs_and_renames_verify_to_demo(void)
{
    char *path = db_path("schema1.db");
    sqlite3 *db = NULL;
    REQUIRE(sqlite3_open(path, &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, store_schema_migration_sql(1), NULL, NULL, NULL) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db,
                         "PRAGMA user_version = 1;"
                         "INSERT INTO runs(scenario_id, mode, started_at) VALUES ('a', 'play', 1), ('b', 'verify', 2);",
                         NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);

    char *err = NULL;
    Store *st = store_open(path, &err);
    REQUIRE(st != NULL);
    CHECK_INT_EQ(store_migrations_applied(st), store_schema_latest() - 1);
    store_close(st);
    char *modes = cli_query(path, "select group_concat(mode || ':' || ifnull(scenario_version, '-'), ',') from runs");
    CHECK_STR_EQ(modes, "play:-,demo:-");
    free(modes);
    free(path);
}

static void test_store_reopen_does_not_rerun_migrations(void)
{
    char *path = db_path("reopen.db");
    Store *st = store_open(path, NULL);
    REQUIRE(st != NULL);
    CHECK_INT_EQ(store_migrations_applied(st), store_schema_latest());
    int64_t run = begin_run(st, "ada");
    REQUIRE(run > 0);
    REQUIRE(store_event_append(st, run, 0, "run.start", "{}"));
    store_close(st);

    char *err = NULL;
    st = store_open(path, &err);
    REQUIRE(st != NULL);
    CHECK_INT_EQ(store_migrations_applied(st), 0);
    CHECK_INT_EQ(store_schema_version(st), store_schema_latest());
    CHECK_INT_EQ(store_event_count(st, run), 1);
    CHECK(store_learner_ensure(st, "ada") == store_learner_ensure(st, "ada"));
    store_close(st);
    char *cli = cli_query(path, "select count(*) from sqlite_schema where name = 'events'");
    CHECK_STR_EQ(cli, "1");
    free(cli);
    free(path);
}

static void test_store_future_schema_refused_naming_the_file(void)
{
    char *path = db_path("future.db");
    char *sql = xasprintf("PRAGMA application_id = %u; PRAGMA user_version = %d", STORE_APPLICATION_ID,
                          store_schema_latest() + 1);
    free(cli_query(path, sql));
    free(sql);
    char *err = NULL;
    Store *st = store_open(path, &err);
    CHECK(st == NULL);
    REQUIRE(err != NULL);
    CHECK_CONTAINS(err, path);
    CHECK_CONTAINS(err, "newer");
    CHECK(strchr(err, '\n') == NULL);
    free(err);
    store_close(st);
    /* Refusal does not touch the file: no tables, not switched to WAL. */
    char *cli = cli_query(path, "select count(*) from sqlite_schema; PRAGMA journal_mode");
    CHECK_STR_EQ(cli, "0\ndelete");
    free(cli);
    free(path);
}

static void test_store_not_a_database_is_refused(void)
{
    char *path = db_path("garbage.db");
    const char junk[] = "this is not a sqlite file, just some text that is long enough to matter";
    REQUIRE(util_write_file(path, junk, sizeof junk - 1, NULL));
    char *err = NULL;
    Store *st = store_open(path, &err);
    CHECK(st == NULL);
    CHECK_CONTAINS(err, path);
    free(err);
    store_close(st);
    free(path);
}

static void test_store_wal_mode_and_foreign_keys_on(void)
{
    char *path = db_path("wal.db");
    Store *st = store_open(path, NULL);
    REQUIRE(st != NULL);
    int64_t run = begin_run(st, "ada");
    REQUIRE(run > 0);
    REQUIRE(store_event_append(st, run, 0, "run.start", "{}"));
    char *wal = xasprintf("%s-wal", path);
    struct stat sb;
    CHECK(stat(wal, &sb) == 0);
    char *cli = cli_query(path, "PRAGMA journal_mode");
    CHECK_STR_EQ(cli, "wal");
    free(cli);
    sqlite3_stmt *stmt = NULL;
    REQUIRE(sqlite3_prepare_v2(st->db, "PRAGMA wal_autocheckpoint", -1, &stmt, NULL) == SQLITE_OK);
    CHECK(sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_int(stmt, 0) == 4000);
    sqlite3_finalize(stmt);
    /* Foreign keys are enforced on the store's connection. */
    StoreLlmCall call = {.who = "judge"};
    CHECK(!store_llm_call_record(st, run + 50, &call));
    CHECK_CONTAINS(store_errmsg(st), "FOREIGN KEY");
    store_close(st);
    free(wal);
    free(path);
}

/* Reads count, min and max seq of one run in a single statement (one snapshot). */
static bool read_progress(sqlite3 *db, int64_t run, long long *count, long long *min_seq, long long *max_seq, int *rc_out)
{
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(db, "SELECT COUNT(*), COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM events WHERE run_id = ?1",
                                -1, &stmt, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(stmt, 1, run);
        rc = sqlite3_step(stmt);
    }
    bool ok = rc == SQLITE_ROW;
    if (ok) {
        *count = sqlite3_column_int64(stmt, 0);
        *min_seq = sqlite3_column_int64(stmt, 1);
        *max_seq = sqlite3_column_int64(stmt, 2);
    }
    *rc_out = rc;
    sqlite3_finalize(stmt);
    return ok;
}

#define WRITER_EVENTS 5000
#define WRITER_HALF 2500

static void test_store_second_process_reads_consistent_prefix_while_appending(void)
{
    char *path = db_path("concurrent.db");
    Store *st = store_open(path, NULL);
    REQUIRE(st != NULL);
    int64_t run = begin_run(st, "ada");
    REQUIRE(run > 0);
    store_close(st);

    int to_parent[2], to_child[2];
    REQUIRE(pipe(to_parent) == 0 && pipe(to_child) == 0);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        /* Child: the writer, with its own connection. _exit keeps the parent's temp dir. */
        close(to_parent[0]);
        close(to_child[1]);
        Store *w = store_open(path, NULL);
        if (!w) _exit(2);
        char data[200];
        for (int i = 1; i <= WRITER_EVENTS; i++) {
            snprintf(data, sizeof data, "{\"i\":%d,\"text\":\"typing in the terminal\"}", i);
            if (!store_event_append(w, run, i * 0.01, "shell.input", data)) _exit(3);
            if (i == WRITER_HALF) {
                /* Handshake: the parent reads the half-written log, then lets us go on. */
                char c = 'h';
                if (write(to_parent[1], &c, 1) != 1 || read(to_child[0], &c, 1) != 1) _exit(4);
            }
        }
        store_close(w);
        _exit(0);
    }
    close(to_parent[1]);
    close(to_child[0]);

    sqlite3 *db = NULL;
    REQUIRE(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);
    sqlite3_busy_timeout(db, 10000);
    char c;
    CHECK(read(to_parent[0], &c, 1) == 1);
    long long count = -1, lo = 0, hi = 0, last = 0;
    int rc = 0;
    CHECK(read_progress(db, run, &count, &lo, &hi, &rc));
    CHECK_INT_EQ(count, WRITER_HALF);
    char *sql = xasprintf("select count(*) from events where run_id = %lld", (long long)run);
    char *cli = cli_query(path, sql);
    CHECK_STR_EQ(cli, "2500");
    free(cli);
    last = count;
    CHECK(write(to_child[1], "g", 1) == 1);

    /* Read repeatedly while the child appends the second half, then once after it exits. */
    int reads = 0, bad = 0, done = 0;
    while (!done) {
        int status = 0;
        done = waitpid(pid, &status, WNOHANG) == pid;
        if (done) CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        if (!read_progress(db, run, &count, &lo, &hi, &rc)) {
            testlib_fail(__FILE__, __LINE__, "read failed: %s (rc %d)", sqlite3_errstr(rc), rc);
            break;
        }
        reads++;
        bool prefix = count == hi && (count == 0 || lo == 1);
        if (!prefix || count < last) {
            if (bad++ < 3) testlib_fail(__FILE__, __LINE__, "read %d: count %lld, seqs %lld..%lld, previous %lld",
                                        reads, count, lo, hi, last);
        }
        last = count;
    }
    CHECK_INT_EQ(last, WRITER_EVENTS);
    CHECK(reads >= 1);
    sqlite3_close(db);
    cli = cli_query(path, sql);
    CHECK_STR_EQ(cli, "5000");
    free(cli);
    free(sql);
    close(to_parent[0]);
    close(to_child[1]);
    free(path);
}

static void test_store_two_processes_append_to_different_runs(void)
{
    char *path = db_path("two_writers.db");
    Store *st = store_open(path, NULL);
    REQUIRE(st != NULL);
    int64_t run_a = begin_run(st, "ada"), run_b = begin_run(st, "bob");
    REQUIRE(run_a > 0 && run_b > 0);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        Store *w = store_open(path, NULL);
        if (!w) _exit(2);
        for (int i = 0; i < 2000; i++)
            if (!store_event_append(w, run_b, i, "tick", "{}")) _exit(3);
        store_close(w);
        _exit(0);
    }
    int failures = 0;
    for (int i = 0; i < 2000; i++)
        if (!store_event_append(st, run_a, i, "tick", "{}") && failures++ == 0)
            testlib_fail(__FILE__, __LINE__, "append %d: %s", i, store_errmsg(st));
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK_INT_EQ(store_event_count(st, run_a), 2000);
    CHECK_INT_EQ(store_event_count(st, run_b), 2000);
    store_close(st);
    free(path);
}

/* Seqs of a run in order, as "1,2,3"; and the i values of the data in seq order. */
static char *seq_and_i_lists(const char *path, int64_t run)
{
    char *sql = xasprintf("select count(*) || ' ' || min(seq) || ' ' || max(seq) || ' ' ||"
                          " sum(seq = rn) from (select seq, row_number() over (order by seq) as rn"
                          " from events where run_id = %lld)", (long long)run);
    char *out = cli_query(path, sql);
    free(sql);
    return out;
}

/* Several processes opening one fresh file at the same moment (parallel `grade` children,
 * `verify --jobs`) all get a store: the switch to WAL needs the file to itself for an instant
 * and sqlite reports a clash as "database is locked" at once, without its busy handler. Each
 * round releases six children together through a pipe, on a new file. */
static void test_store_fresh_file_opened_by_many_processes_at_once(void)
{
    enum { ROUNDS = 25, CHILDREN = 6 };
    int failed_rounds = 0;
    for (int round = 0; round < ROUNDS; round++) {
        char *name = xasprintf("crowd-%d.db", round);
        char *path = db_path(name);
        int gate[2];
        REQUIRE(pipe(gate) == 0);
        pid_t pids[CHILDREN];
        for (int c = 0; c < CHILDREN; c++) {
            pids[c] = fork();
            REQUIRE(pids[c] >= 0);
            if (pids[c] == 0) {
                close(gate[1]);
                char byte;
                while (read(gate[0], &byte, 1) > 0) {}   /* EOF: the parent opened the gate */
                char *err = NULL;
                Store *st = store_open(path, &err);
                if (!st) {
                    fprintf(stderr, "child %d: %s\n", c, err ? err : "?");
                    _exit(2);
                }
                store_close(st);
                _exit(0);
            }
        }
        close(gate[0]);
        close(gate[1]);
        int ok = 0;
        for (int c = 0; c < CHILDREN; c++) {
            int status = 0;
            if (waitpid(pids[c], &status, 0) == pids[c] && WIFEXITED(status) && WEXITSTATUS(status) == 0) ok++;
        }
        if (ok != CHILDREN) failed_rounds++;
        free(path);
        free(name);
    }
    CHECK_INT_EQ(failed_rounds, 0);
}

static void test_store_seq_stays_continuous_with_two_connections_on_one_run(void)
{
    char *path = db_path("two_connections.db");
    Store *a = store_open(path, NULL);
    Store *b = store_open(path, NULL);
    REQUIRE(a != NULL && b != NULL);
    int64_t run = begin_run(a, "ada");
    REQUIRE(run > 0);
    /* a caches the run from store_run_begin; b starts without; then they take turns, so
     * each append after the first by the other finds its cached seq already taken. */
    const Store *who[] = {a, a, b, a, b, b, a, b, a, a};
    char data[64];
    for (int i = 0; i < (int)(sizeof who / sizeof who[0]); i++) {
        Store *st = (Store *)who[i];
        snprintf(data, sizeof data, "{\"i\":%d}", i + 1);
        if (!store_event_append(st, run, i, "tick", data))
            testlib_fail(__FILE__, __LINE__, "append %d: %s", i + 1, store_errmsg(st));
    }
    CHECK_INT_EQ(store_event_count(a, run), 10);
    char *cli = cli_query(path, "select group_concat(seq || '=' || json_extract(data, '$.i'), ',') from"
                                " (select seq, data from events order by seq)");
    CHECK_STR_EQ(cli, "1=1,2=2,3=3,4=4,5=5,6=6,7=7,8=8,9=9,10=10");
    free(cli);
    /* A failed append (no such run) neither uses nor skips a seq. */
    CHECK(!store_event_append(a, run + 7, 0, "orphan", "{}"));
    CHECK_CONTAINS(store_errmsg(a), "no such run");
    CHECK(store_event_append(b, run, 11, "tick", "{\"i\":11}"));
    CHECK(store_event_append(a, run, 12, "tick", "{\"i\":12}"));
    cli = seq_and_i_lists(path, run);
    CHECK_STR_EQ(cli, "12 1 12 12");
    free(cli);
    store_close(a);
    store_close(b);
    free(path);
}

#define SHARED_RUN_EVENTS 1500

static void test_store_two_processes_append_to_one_run(void)
{
    char *path = db_path("shared_run.db");
    Store *st = store_open(path, NULL);
    REQUIRE(st != NULL);
    int64_t run = begin_run(st, "ada");
    REQUIRE(run > 0);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        Store *w = store_open(path, NULL);
        if (!w) _exit(2);
        char data[64];
        for (int i = 1; i <= SHARED_RUN_EVENTS; i++) {
            snprintf(data, sizeof data, "{\"w\":\"child\",\"i\":%d}", i);
            if (!store_event_append(w, run, i, "tick", data)) _exit(3);
        }
        store_close(w);
        _exit(0);
    }
    char data[64];
    int failures = 0;
    for (int i = 1; i <= SHARED_RUN_EVENTS; i++) {
        snprintf(data, sizeof data, "{\"w\":\"parent\",\"i\":%d}", i);
        if (!store_event_append(st, run, i, "tick", data) && failures++ == 0)
            testlib_fail(__FILE__, __LINE__, "append %d: %s", i, store_errmsg(st));
    }
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    store_close(st);
    /* Seqs are exactly 1..2N, and each writer's events keep their own order. */
    char *cli = seq_and_i_lists(path, run);
    char *want = xasprintf("%d 1 %d %d", 2 * SHARED_RUN_EVENTS, 2 * SHARED_RUN_EVENTS, 2 * SHARED_RUN_EVENTS);
    CHECK_STR_EQ(cli, want);
    free(cli);
    free(want);
    cli = cli_query(path, "select count(*) from (select json_extract(data, '$.w') as w,"
                          " json_extract(data, '$.i') - lag(json_extract(data, '$.i'), 1, 0)"
                          " over (partition by json_extract(data, '$.w') order by seq) as step from events)"
                          " where step <> 1");
    CHECK_STR_EQ(cli, "0");
    free(cli);
    free(path);
}

#define DEAD_WRITER_EVENTS 2000

static void test_store_wal_recovered_after_the_writer_dies(void)
{
    char *path = db_path("dead_writer.db");
    Store *st = store_open(path, NULL);
    REQUIRE(st != NULL);
    int64_t run = begin_run(st, "ada");
    REQUIRE(run > 0);
    /* The store writes through its own VFS layer (one write per WAL frame). */
    char *vfs = NULL;
    CHECK(sqlite3_file_control(st->db, "main", SQLITE_FCNTL_VFSNAME, &vfs) == SQLITE_OK);
    CHECK_STR_EQ(vfs, "worksim-unix/unix");
    sqlite3_free(vfs);
    store_close(st);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        /* Dies without closing: the events live only in the WAL, which the next opener
         * must rebuild its index from, frame by frame, checking every checksum. */
        Store *w = store_open(path, NULL);
        if (!w) _exit(2);
        char data[160];
        for (int i = 1; i <= DEAD_WRITER_EVENTS; i++) {
            snprintf(data, sizeof data, "{\"i\":%d,\"text\":\"%0*d\"}", i, 40 + i % 80, i);
            if (!store_event_append(w, run, i, "shell.output", data)) _exit(3);
        }
        _exit(0);
    }
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    char *wal = xasprintf("%s-wal", path);
    struct stat sb;
    CHECK(stat(wal, &sb) == 0 && sb.st_size > 0);
    free(wal);
    char *cli = cli_query(path, "PRAGMA integrity_check");
    CHECK_STR_EQ(cli, "ok");
    free(cli);
    st = store_open(path, NULL);
    REQUIRE(st != NULL);
    CHECK_INT_EQ(store_event_count(st, run), DEAD_WRITER_EVENTS);
    store_close(st);
    cli = cli_query(path, "select sum(json_extract(data, '$.i') = seq) || ' ' ||"
                          " sum(length(json_extract(data, '$.text')) = 40 + seq % 80) from events");
    char *want = xasprintf("%d %d", DEAD_WRITER_EVENTS, DEAD_WRITER_EVENTS);
    CHECK_STR_EQ(cli, want);
    free(want);
    free(cli);
    free(path);
}

static void test_store_abandoned_runs_closed_but_live_ones_kept(void)
{
    char *path = db_path("abandoned.db");
    Store *st = store_open(path, NULL);
    REQUIRE(st != NULL);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        /* A worksim process that dies in the middle of a run. */
        Store *w = store_open(path, NULL);
        if (!w) _exit(2);
        int64_t run = begin_run(w, "crashy");
        if (run < 0 || !store_event_append(w, run, 0, "run.start", "{}")) _exit(3);
        _exit(0);
    }
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    int64_t live = begin_run(st, "ada");          /* this process is alive: must stay open */
    int64_t done = begin_run(st, "bob");
    StoreRunOutcome out = {"failed", 1, 10, 0.1, "finished"};
    REQUIRE(live > 0 && done > 0 && store_run_finish(st, done, &out, NULL, 0));

    CHECK_INT_EQ(store_close_abandoned_runs(st), 1);
    RunSeen seen = {0};
    StoreRunFilter crashed = {.learner = "crashy"};
    CHECK(store_runs_foreach(st, &crashed, collect_run, &seen));
    CHECK_INT_EQ(seen.n, 1);
    CHECK_STR_EQ(seen.outcome, "incomplete");
    CHECK_STR_EQ(seen.reason, "abandoned (the engine stopped before the run finished)");
    CHECK(seen.ended_at > 0);
    RunSeen open = {0};
    StoreRunFilter open_only = {.open_only = true};
    CHECK(store_runs_foreach(st, &open_only, collect_run, &open));
    CHECK_INT_EQ(open.n, 1);
    CHECK_INT_EQ(open.id, live);
    RunSeen finished = {0};
    StoreRunFilter bob = {.learner = "bob"};
    CHECK(store_runs_foreach(st, &bob, collect_run, &finished));
    CHECK_STR_EQ(finished.outcome, "failed");
    CHECK_INT_EQ(store_close_abandoned_runs(st), 0);

    /* A run with an unknown owner (e.g. written by an older tool) counts as abandoned. */
    char *sql = xasprintf("update runs set owner = NULL where id = %lld", (long long)live);
    free(cli_query(path, sql));
    free(sql);
    CHECK_INT_EQ(store_close_abandoned_runs(st), 1);
    store_close(st);
    free(path);
}

static void restore_env(const char *name, char *saved)
{
    if (saved) setenv(name, saved, 1);
    else unsetenv(name);
    free(saved);
}

static void test_store_default_path_follows_env(void)
{
    char *saved_db = xstrdup(getenv("WORKSIM_DB"));
    char *saved_xdg = xstrdup(getenv("XDG_DATA_HOME"));
    char *saved_home = xstrdup(getenv("HOME"));
    setenv("HOME", "/home/ada", 1);
    setenv("XDG_DATA_HOME", "/data/ada", 1);
    setenv("WORKSIM_DB", "/srv/cohort.db", 1);
    char *p = store_default_path();
    CHECK_STR_EQ(p, "/srv/cohort.db");
    free(p);
    unsetenv("WORKSIM_DB");
    p = store_default_path();
    CHECK_STR_EQ(p, "/data/ada/worksim/worksim.db");
    free(p);
    setenv("XDG_DATA_HOME", "relative/dir", 1);   /* invalid by the XDG spec: ignored */
    p = store_default_path();
    CHECK_STR_EQ(p, "/home/ada/.local/share/worksim/worksim.db");
    free(p);
    unsetenv("XDG_DATA_HOME");
    setenv("WORKSIM_DB", "", 1);                  /* empty counts as unset */
    p = store_default_path();
    CHECK_STR_EQ(p, "/home/ada/.local/share/worksim/worksim.db");
    free(p);
    unsetenv("HOME");                             /* falls back to the passwd entry */
    p = store_default_path();
    CHECK(p != NULL && p[0] == '/' && strstr(p, "/.local/share/worksim/worksim.db") != NULL);
    free(p);

    /* And store_open really creates the file there. */
    char *xdg = db_path("xdg");
    setenv("XDG_DATA_HOME", xdg, 1);
    unsetenv("WORKSIM_DB");
    p = store_default_path();
    Store *st = store_open(p, NULL);
    CHECK(st != NULL);
    store_close(st);
    char *want = xasprintf("%s/worksim/worksim.db", xdg);
    struct stat sb;
    CHECK(stat(want, &sb) == 0);
    free(want);
    free(p);
    free(xdg);
    restore_env("WORKSIM_DB", saved_db);
    restore_env("XDG_DATA_HOME", saved_xdg);
    restore_env("HOME", saved_home);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_store_open_creates_file_and_folders_at_latest_schema),
        TEST_CASE(test_store_events_come_back_in_order_and_via_sqlite_cli),
        TEST_CASE(test_store_event_data_must_be_a_json_object),
        TEST_CASE(test_store_json_check_agrees_with_sqlite_json_valid),
        TEST_CASE(test_store_events_update_and_delete_refused),
        TEST_CASE(test_store_results_round_trip),
        TEST_CASE(test_store_reopen_does_not_rerun_migrations),
        TEST_CASE(test_store_run_mode_is_one_of_four_and_version_round_trips),
        TEST_CASE(test_store_migration_2_keeps_old_runs_and_renames_verify_to_demo),
        TEST_CASE(test_store_future_schema_refused_naming_the_file),
        TEST_CASE(test_store_not_a_database_is_refused),
        TEST_CASE(test_store_wal_mode_and_foreign_keys_on),
        TEST_CASE(test_store_second_process_reads_consistent_prefix_while_appending),
        TEST_CASE(test_store_two_processes_append_to_different_runs),
        TEST_CASE(test_store_fresh_file_opened_by_many_processes_at_once),
        TEST_CASE(test_store_seq_stays_continuous_with_two_connections_on_one_run),
        TEST_CASE(test_store_two_processes_append_to_one_run),
        TEST_CASE(test_store_wal_recovered_after_the_writer_dies),
        TEST_CASE(test_store_abandoned_runs_closed_but_live_ones_kept),
        TEST_CASE(test_store_default_path_follows_env),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
