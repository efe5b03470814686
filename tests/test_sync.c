/* test_sync.c: `worksim sync --lrs URL` against a loopback LRS stand-in (tests/fake_lrs.py,
 * which checks the xAPI version header, the content type and basic auth, and answers 409 for
 * an id it already stores): 5xx answers and a hung request are retried and every statement
 * arrives exactly once; a second sync sends nothing; a 409 counts as delivered for exactly the
 * statement the LRS had; an LRS that stays down exits 3 with everything kept pending; refused
 * credentials and statements exit 2. The statements received are the ones `report --format
 * xapi` writes, and Learning Locker's validator finds nothing wrong with them. Runs are
 * written through the real store into a real sqlite file; the real binary syncs them. */
#define _GNU_SOURCE
#include "testlib.h"

#include "fake_server.h"

#include "store/store.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <netinet/in.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define LRS_AUTH "instructor:s3cret pass"

static FakeServer lrs;

static bool lrs_up(void)
{
    return fake_server_start(&lrs, WORKSIM_TESTS_DIR "/fake_lrs.py", (const char *[]){LRS_AUTH, NULL});
}

static cJSON *lrs_get(const char *path)
{
    char *text = fake_server_call(lrs.port, "GET", path, NULL);
    cJSON *j = cJSON_Parse(text);
    free(text);
    return j ? j : cJSON_CreateArray();
}

/* Forgets what the LRS stores and queues its next answers (a JSON array, may be "[]"). */
static void lrs_reset(const char *queue)
{
    free(fake_server_call(lrs.port, "POST", "/_reset", "{}"));
    char *script = xasprintf("{\"queue\": %s}", queue);
    free(fake_server_call(lrs.port, "POST", "/_script", script));
    free(script);
}

/* A finished run (or an open one when outcome is NULL) of learner in scenario. */
static int64_t add_run(const char *db, const char *learner, const char *mode, const char *outcome)
{
    Store *st = store_open(db, NULL);
    if (!st) return -1;
    StoreRunInfo info = {.scenario_id = "first-bugfix", .scenario_title = "Your first bug fix",
                         .learner = learner, .mode = mode, .scenario_version = "v1"};
    int64_t id = store_run_begin(st, &info);
    bool ok = id > 0 && store_event_append(st, id, 0, "start", "{}") && store_event_append(st, id, 95.5, "finish", "{}");
    StoreResultLine line = {"check", "tests", "fix", "All tests pass", "testing", 30, 30, true, NULL};
    bool passed = outcome && strcmp(outcome, "passed") == 0;
    StoreRunOutcome o = {outcome, passed ? 30 : 0, 30, passed ? 100 : 0, "finished"};
    if (ok && outcome) ok = store_run_finish(st, id, &o, &line, passed ? 1 : 0);
    if (!ok) testlib_fail(__FILE__, __LINE__, "add_run: %s", store_errmsg(st));
    store_close(st);
    return ok ? id : -1;
}

static char *new_db(const char *name)
{
    return xasprintf("%s/%s", testlib_temp_dir(), name);
}

typedef struct SyncEnv {
    const char *auth;            /* WORKSIM_LRS_AUTH */
    int attempts;
    const char *url;             /* NULL: the fake LRS, with a trailing slash */
    const char *batch;           /* NULL: the default */
} SyncEnv;

/* worksim --db=db sync --lrs URL; the exit code, stdout and stderr (caller frees). */
static int sync_to(const char *db, const SyncEnv *e, char **out, char **err)
{
    char *dbarg = xasprintf("--db=%s", db);
    char *url = e->url ? xstrdup(e->url) : xasprintf("http://127.0.0.1:%d/", lrs.port);
    char *auth = xasprintf("WORKSIM_LRS_AUTH=%s", e->auth ? e->auth : LRS_AUTH);
    char *attempts = xasprintf("WORKSIM_LRS_ATTEMPTS=%d", e->attempts ? e->attempts : 3);
    const char *env[] = {auth, attempts, "WORKSIM_LRS_TIMEOUT=0.5", "WORKSIM_LRS_BACKOFF=0.01",
                         "WORKSIM_XAPI_HOMEPAGE=https://lms.example.org", NULL};
    const char *args[] = {dbarg, "sync", "--lrs", url, e->batch ? "--batch" : NULL, e->batch, NULL};
    int rc = testlib_run_worksim(args, env, out, err);
    free(dbarg), free(url), free(auth), free(attempts);
    return rc;
}

static char *sql(const char *db, const char *query) { return testlib_sql_text(db, query); }

#define CHECK_SQL(db, query, want)          \
    do {                                     \
        char *got_ = sql(db, query);         \
        CHECK_STR_EQ(got_, want);            \
        free(got_);                          \
    } while (0)

/* The statements `worksim report --format xapi` writes for db. */
static cJSON *report_statements(const char *db)
{
    char *dbarg = xasprintf("--db=%s", db), *out = NULL;
    const char *env[] = {"WORKSIM_XAPI_HOMEPAGE=https://lms.example.org", NULL};
    int rc = testlib_run_worksim((const char *[]){dbarg, "report", "--format", "xapi", NULL}, env, &out, NULL);
    cJSON *j = rc == 0 ? cJSON_Parse(out) : NULL;
    free(dbarg), free(out);
    return j ? j : cJSON_CreateArray();
}

static const cJSON *by_id(const cJSON *statements, const char *id)
{
    const cJSON *s;
    cJSON_ArrayForEach(s, statements)
        if (id && strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(s, "id")), id) == 0) return s;
    return NULL;
}

/* Every request the LRS got carried the right headers and credentials. */
static void check_headers(const cJSON *requests)
{
    const cJSON *r;
    cJSON_ArrayForEach(r, requests) {
        char *problems = cJSON_PrintUnformatted(cJSON_GetObjectItem(r, "problems"));
        CHECK_STR_EQ(problems, "[]");
        free(problems);
    }
}

static int request_status(const cJSON *requests, int i)
{
    return (int)cJSON_GetNumberValue(cJSON_GetObjectItem(cJSON_GetArrayItem(requests, i), "status"));
}

static void test_sync_retries_5xx_and_a_hang_then_delivers_each_statement_once(void)
{
    REQUIRE(lrs_up());
    char *db = new_db("retry.db");
    add_run(db, "grace", "run", "passed");
    add_run(db, "bob", "play", "failed");
    add_run(db, "grace", "grade", "infra_error");
    add_run(db, "grace", "demo", "passed");   /* a demo is not an attempt: never sent */
    add_run(db, "grace", "regrade", "failed");   /* nor a regrade of no run (a regrade of one is) */
    add_run(db, "bob", "play", NULL);         /* still open: not yet */
    lrs_reset("[{\"status\": 500}, {\"hang\": 3}]");
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(sync_to(db, &(SyncEnv){0}, &out, &err), 0);
    CHECK_STR_EQ(out, "3 sent, 0 already there, 0 failed\n");
    CHECK_CONTAINS(err, "HTTP 500");
    CHECK_CONTAINS(err, "no answer within 0.5 s");
    free(out), free(err);

    cJSON *requests = lrs_get("/_requests");
    CHECK_INT_EQ(cJSON_GetArraySize(requests), 3);   /* 500, the hang, then stored */
    CHECK_INT_EQ(request_status(requests, 0), 500);
    CHECK_INT_EQ(request_status(requests, 2), 200);
    check_headers(requests);
    cJSON *received = lrs_get("/_statements");
    cJSON *expected = report_statements(db);
    REQUIRE(cJSON_GetArraySize(expected) == 3);
    CHECK_INT_EQ(cJSON_GetArraySize(received), 3);
    const cJSON *want;
    cJSON_ArrayForEach(want, expected) {   /* exactly the report's statements, each once */
        const cJSON *got = by_id(received, cJSON_GetStringValue(cJSON_GetObjectItem(want, "id")));
        CHECK(got && cJSON_Compare(got, want, true));
    }
    CHECK_SQL(db, "SELECT group_concat(run_id || ':' || state, ' ') FROM xapi_outbox", "1:sent 2:sent 3:sent");
    CHECK_SQL(db, "SELECT count(DISTINCT statement_id) FROM xapi_outbox", "3");
    CHECK_SQL(db, "SELECT count(*) FROM xapi_outbox WHERE delivered_at IS NULL OR last_error IS NOT NULL", "0");

    char *file = xasprintf("%s/received.json", testlib_temp_dir());
    char *text = cJSON_Print(received);
    REQUIRE(util_write_file(file, text, strlen(text), NULL));
    char *warnings = testlib_xapi_warnings(file);
    if (warnings) CHECK_STR_EQ(warnings, "");
    else printf("  (npm xapi-validation not installed here: statements compared with the report only)\n");
    free(warnings), free(text), free(file);

    /* Again: nothing to send. Then one new run: exactly that one. */
    CHECK_INT_EQ(sync_to(db, &(SyncEnv){0}, &out, &err), 0);
    CHECK_STR_EQ(out, "0 sent, 0 already there, 0 failed\n");
    free(out), free(err);
    cJSON *after = lrs_get("/_requests");
    CHECK_INT_EQ(cJSON_GetArraySize(after), 3);
    cJSON_Delete(after);
    add_run(db, "carol", "run", "failed");
    CHECK_INT_EQ(sync_to(db, &(SyncEnv){0}, &out, &err), 0);
    CHECK_STR_EQ(out, "1 sent, 0 already there, 0 failed\n");
    free(out), free(err);
    cJSON *all = lrs_get("/_statements");
    CHECK_INT_EQ(cJSON_GetArraySize(all), 4);
    cJSON_Delete(all);
    cJSON_Delete(requests), cJSON_Delete(received), cJSON_Delete(expected);
    free(db);
}

static void test_sync_counts_409_as_delivered_for_exactly_the_duplicate(void)
{
    REQUIRE(lrs_up());
    char *db = new_db("dup.db");
    add_run(db, "grace", "run", "passed");
    add_run(db, "bob", "run", "failed");
    lrs_reset("[]");
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(sync_to(db, &(SyncEnv){0}, &out, &err), 0);
    free(out), free(err);
    /* The outbox forgets run 1 (an older backup of the database, say) and a new run comes. */
    sqlite3 *raw = NULL;
    REQUIRE(sqlite3_open(db, &raw) == SQLITE_OK);
    CHECK(sqlite3_exec(raw, "DELETE FROM xapi_outbox WHERE run_id = 1", NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(raw);
    add_run(db, "carol", "run", "passed");
    CHECK_INT_EQ(sync_to(db, &(SyncEnv){0}, &out, &err), 0);
    CHECK_STR_EQ(out, "1 sent, 1 already there, 0 failed\n");
    free(out), free(err);
    CHECK_SQL(db, "SELECT group_concat(run_id || ':' || state, ' ') FROM xapi_outbox",
              "1:already_there 2:sent 3:sent");
    CHECK_SQL(db, "SELECT http_status FROM xapi_outbox WHERE run_id = 1", "409");
    cJSON *requests = lrs_get("/_requests");
    /* the first sync's batch; then the batch of runs 1 and 3 (409), run 1 alone (409), run 3 alone */
    CHECK_INT_EQ(cJSON_GetArraySize(requests), 4);
    CHECK_INT_EQ(request_status(requests, 1), 409);
    CHECK_INT_EQ(request_status(requests, 2), 409);
    CHECK_INT_EQ(request_status(requests, 3), 200);
    check_headers(requests);
    cJSON *received = lrs_get("/_statements");
    CHECK_INT_EQ(cJSON_GetArraySize(received), 3);
    const char *ids[3] = {0};
    for (int i = 0; i < 3; i++) {
        ids[i] = cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetArrayItem(received, i), "id"));
        for (int k = 0; k < i; k++) CHECK(ids[i] && ids[k] && strcmp(ids[i], ids[k]) != 0);
    }
    cJSON_Delete(requests), cJSON_Delete(received);
    free(db);
}

static void link_regrade(const char *db, int64_t regrade, int64_t original)
{
    sqlite3 *raw = NULL;
    REQUIRE(sqlite3_open(db, &raw) == SQLITE_OK);
    char *update = xasprintf("UPDATE runs SET regrade_of = %lld WHERE id = %lld", (long long)original, (long long)regrade);
    CHECK(sqlite3_exec(raw, update, NULL, NULL, NULL) == SQLITE_OK);
    free(update);
    sqlite3_close(raw);
}

/* An instructor's regrade reaches the LRS as a statement of its own (the attempt's statement never
 * changes), the same one the report writes; a regrade that ended in an infrastructure error does
 * not; a later regrade is sent on the next sync, and nothing twice. */
static void test_sync_sends_each_regrade_as_a_statement_of_its_own(void)
{
    REQUIRE(lrs_up());
    char *db = new_db("regrade.db");
    add_run(db, "grace", "run", "passed");
    link_regrade(db, add_run(db, "grace", "regrade", "failed"), 1);
    link_regrade(db, add_run(db, "grace", "regrade", "infra_error"), 1);
    lrs_reset("[]");
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(sync_to(db, &(SyncEnv){0}, &out, &err), 0);
    CHECK_STR_EQ(out, "2 sent, 0 already there, 0 failed\n");
    free(out), free(err);
    CHECK_SQL(db, "SELECT group_concat(run_id, ' ') FROM (SELECT run_id FROM xapi_outbox ORDER BY run_id)", "1 2");
    cJSON *expected = report_statements(db), *received = lrs_get("/_statements");
    REQUIRE(cJSON_GetArraySize(expected) == 2);
    CHECK_INT_EQ(cJSON_GetArraySize(received), 2);
    const cJSON *want;
    cJSON_ArrayForEach(want, expected) {
        const cJSON *got = by_id(received, cJSON_GetStringValue(cJSON_GetObjectItem(want, "id")));
        CHECK(got && cJSON_Compare(got, want, true));
    }
    const cJSON *ref = cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetArrayItem(expected, 1), "context"), "statement");
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(ref, "id")),
                 cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetArrayItem(expected, 0), "id")));
    cJSON_Delete(expected), cJSON_Delete(received);
    link_regrade(db, add_run(db, "grace", "regrade", "passed"), 1);
    CHECK_INT_EQ(sync_to(db, &(SyncEnv){0}, &out, &err), 0);
    CHECK_STR_EQ(out, "1 sent, 0 already there, 0 failed\n");
    free(out), free(err);
    CHECK_SQL(db, "SELECT group_concat(run_id, ' ') FROM (SELECT run_id FROM xapi_outbox ORDER BY run_id)", "1 2 4");
    expected = report_statements(db), received = lrs_get("/_statements");
    CHECK_INT_EQ(cJSON_GetArraySize(received), 3);
    cJSON_ArrayForEach(want, expected) {   /* the attempt and its latest regrade, as the report has them */
        const cJSON *got = by_id(received, cJSON_GetStringValue(cJSON_GetObjectItem(want, "id")));
        CHECK(got && cJSON_Compare(got, want, true));
    }
    cJSON_Delete(expected), cJSON_Delete(received);
    free(db);
}

/* A loopback port nothing listens on. */
static int closed_port(void)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof a;
    int port = 0;
    if (fd >= 0 && bind(fd, (struct sockaddr *)&a, sizeof a) == 0 && getsockname(fd, (struct sockaddr *)&a, &len) == 0)
        port = ntohs(a.sin_port);
    if (fd >= 0) close(fd);
    return port;
}

static void test_sync_keeps_everything_pending_when_the_lrs_stays_down(void)
{
    REQUIRE(lrs_up());
    char *db = new_db("down.db");
    add_run(db, "grace", "run", "passed");
    add_run(db, "bob", "run", "failed");
    lrs_reset("[{\"status\": 503}, {\"status\": 502}, {\"status\": 503}]");
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(sync_to(db, &(SyncEnv){.batch = "1"}, &out, &err), 3);
    CHECK_STR_EQ(out, "0 sent, 0 already there, 2 failed (kept pending for the next sync)\n");
    CHECK_CONTAINS(err, "giving up after 3 attempts");
    free(out), free(err);
    cJSON *requests = lrs_get("/_requests");
    CHECK_INT_EQ(cJSON_GetArraySize(requests), 3);   /* one statement, three attempts, then stop */
    cJSON_Delete(requests);
    CHECK_SQL(db, "SELECT group_concat(state || ':' || attempts, ' ') FROM xapi_outbox", "pending:1 pending:0");
    CHECK_SQL(db, "SELECT http_status || ' ' || last_error FROM xapi_outbox WHERE run_id = 1",
              "503 the LRS answered HTTP 503: {\"error\": \"scripted\"}");

    char *url = xasprintf("http://127.0.0.1:%d", closed_port());
    CHECK_INT_EQ(sync_to(db, &(SyncEnv){.url = url, .attempts = 2}, &out, &err), 3);
    CHECK_CONTAINS(err, "giving up after 2 attempts");
    free(out), free(err), free(url);

    /* The LRS is back: everything goes, once. */
    CHECK_INT_EQ(sync_to(db, &(SyncEnv){0}, &out, &err), 0);
    CHECK_STR_EQ(out, "2 sent, 0 already there, 0 failed\n");
    free(out), free(err);
    char *query = xasprintf("SELECT group_concat(state, ' ') FROM xapi_outbox WHERE lrs = 'http://127.0.0.1:%d'", lrs.port);
    CHECK_SQL(db, query, "sent sent");   /* the unreachable LRS keeps its own pending rows */
    free(query);
    free(db);
}

static void test_sync_refused_credentials_and_statements_exit_2(void)
{
    REQUIRE(lrs_up());
    char *db = new_db("refused.db");
    add_run(db, "grace", "run", "passed");
    add_run(db, "bob", "run", "failed");
    lrs_reset("[]");
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(sync_to(db, &(SyncEnv){.auth = "instructor:wrong"}, &out, &err), 2);
    CHECK_STR_EQ(out, "0 sent, 0 already there, 2 failed (kept pending for the next sync)\n");
    CHECK_CONTAINS(err, "HTTP 401");
    free(out), free(err);
    cJSON *requests = lrs_get("/_requests");
    CHECK_INT_EQ(cJSON_GetArraySize(requests), 1);   /* no retry, no statement-by-statement */
    cJSON_Delete(requests);
    CHECK_SQL(db, "SELECT group_concat(state || ':' || http_status, ' ') FROM xapi_outbox", "pending:401 pending:401");

    /* 400 for the batch, then for run 1 alone: run 1 stays pending, run 2 goes. */
    lrs_reset("[{\"status\": 400}, {\"status\": 400}]");
    CHECK_INT_EQ(sync_to(db, &(SyncEnv){0}, &out, &err), 2);
    CHECK_STR_EQ(out, "1 sent, 0 already there, 1 failed (kept pending for the next sync)\n");
    free(out), free(err);
    CHECK_SQL(db, "SELECT group_concat(run_id || ':' || state, ' ') FROM xapi_outbox", "1:pending 2:sent");

    const char *bad[][2] = {{"ftp://example.org", NULL}, {NULL, "no-colon"}};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CHECK_INT_EQ(sync_to(db, &(SyncEnv){.url = bad[i][0], .auth = bad[i][1]}, &out, &err), 2);
        free(out), free(err);
    }
    char *dbarg = xasprintf("--db=%s", db);
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){dbarg, "sync", NULL}, NULL, NULL, NULL), 2);
    free(dbarg);
    free(db);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_sync_retries_5xx_and_a_hang_then_delivers_each_statement_once),
        TEST_CASE(test_sync_counts_409_as_delivered_for_exactly_the_duplicate),
        TEST_CASE(test_sync_sends_each_regrade_as_a_statement_of_its_own),
        TEST_CASE(test_sync_keeps_everything_pending_when_the_lrs_stays_down),
        TEST_CASE(test_sync_refused_credentials_and_statements_exit_2),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
