/* test_exchange.c: bringing runs together from learners' machines (issue 13 item 4, DESIGN
 * §8-§9). The event hash chain through the real store (an edit, a removal, a dropped hash
 * show; runs from before the chain are "unchained"; two connections appending to one run
 * keep one chain), then `worksim export` / `worksim import` through the real binary. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/util.h"
#include "store/store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ---- */

static char *temp_path(const char *name)
{
    static int made;
    return xasprintf("%s/%d-%s", testlib_temp_dir(), ++made, name);
}

/* Runs sql on the file with the append-only triggers dropped (what a learner editing their
 * own database can do); true when it succeeded. */
static bool tamper(const char *db_file, const char *sql)
{
    sqlite3 *db = NULL;
    bool ok = sqlite3_open(db_file, &db) == SQLITE_OK;
    char *all = xasprintf("DROP TRIGGER IF EXISTS events_append_only_update;"
                          "DROP TRIGGER IF EXISTS events_append_only_delete; %s", sql);
    char *err = NULL;
    if (ok && sqlite3_exec(db, all, NULL, NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "tamper: %s\n", err ? err : "?");
        ok = false;
    }
    sqlite3_free(err);
    free(all);
    sqlite3_close(db);
    return ok;
}

static int64_t run_with_events(Store *st, const char *learner, int n_events)
{
    StoreRunInfo info = {.scenario_id = "first-bugfix", .learner = learner, .mode = "run", .sandbox = "ns", .llm = "scripted"};
    int64_t id = store_run_begin(st, &info);
    for (int i = 0; i < n_events && id > 0; i++) {
        char *data = xasprintf("{\"n\":%d,\"text\":\"caf\\u00e9 \\\"q\\\"\"}", i);
        if (!store_event_append(st, id, 0.25 * i, i % 2 ? "shell.command" : "chat.message", data)) id = -1;
        free(data);
    }
    return id;
}

static StoreChainStatus chain_of(const char *db_file, int64_t run_id, int64_t *bad_seq)
{
    Store *st = store_open(db_file, NULL);
    StoreChainWalk w;
    bool ok = st && store_run_chain_check(st, run_id, &w);
    store_close(st);
    if (!ok) return (StoreChainStatus)-1;
    if (bad_seq) *bad_seq = w.bad_seq;
    return store_chain_walk_status(&w);
}

/* ---- the hash chain ---- */

static void test_chain_intact_and_deterministic(void)
{
    char *db = temp_path("chain.db");
    Store *st = store_open(db, NULL);
    REQUIRE(st);
    int64_t run = run_with_events(st, "ana", 6);
    REQUIRE(run > 0);
    store_close(st);
    CHECK_INT_EQ(chain_of(db, run, NULL), STORE_CHAIN_OK);
    char *hashed = testlib_sql_text(db, "SELECT count(*) FROM events WHERE hash GLOB '"
                                        "[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]*'"
                                        " AND length(hash) = 64");
    CHECK_STR_EQ(hashed, "6");
    free(hashed);
    /* The same inputs give the same hash, any input changed gives another. */
    char a[STORE_EVENT_HASH_HEX], b[STORE_EVENT_HASH_HEX], c[STORE_EVENT_HASH_HEX];
    store_event_hash(NULL, 1, 0.5, 1e9, "k", "{}", 2, a);
    store_event_hash(NULL, 1, 0.5, 1e9, "k", "{}", 2, b);
    CHECK_STR_EQ(a, b);
    store_event_hash(NULL, 1, 0.5000001, 1e9, "k", "{}", 2, c);
    CHECK(strcmp(a, c) != 0);
    store_event_hash(a, 1, 0.5, 1e9, "k", "{}", 2, c);
    CHECK(strcmp(a, c) != 0);
    /* Field boundaries are part of the encoding: moving a byte from kind to data changes it. */
    store_event_hash(NULL, 1, 0.5, 1e9, "k{", "}", 1, c);
    CHECK(strcmp(a, c) != 0);
    free(db);
}

static void test_chain_shows_an_edit_a_removal_and_a_dropped_hash(void)
{
    char *db = temp_path("tamper.db");
    Store *st = store_open(db, NULL);
    REQUIRE(st);
    int64_t runs[4];
    for (int i = 0; i < 4; i++) runs[i] = run_with_events(st, "ana", 5);
    store_close(st);
    REQUIRE(runs[3] > 0);
    char *sql = xasprintf("UPDATE events SET data = '{\"n\":2,\"text\":\"edited\"}' WHERE run_id = %lld AND seq = 3;"
                          "DELETE FROM events WHERE run_id = %lld AND seq = 2;"
                          "UPDATE events SET hash = NULL WHERE run_id = %lld AND seq = 4;"
                          "UPDATE events SET t_run = t_run + 1 WHERE run_id = %lld AND seq = 5;",
                          (long long)runs[0], (long long)runs[1], (long long)runs[2], (long long)runs[3]);
    REQUIRE(tamper(db, sql));
    free(sql);
    int64_t bad = 0;
    CHECK_INT_EQ(chain_of(db, runs[0], &bad), STORE_CHAIN_BROKEN);
    CHECK_INT_EQ(bad, 3);
    CHECK_INT_EQ(chain_of(db, runs[1], &bad), STORE_CHAIN_BROKEN);
    CHECK_INT_EQ(bad, 3);
    CHECK_INT_EQ(chain_of(db, runs[2], &bad), STORE_CHAIN_BROKEN);
    CHECK_INT_EQ(bad, 4);
    CHECK_INT_EQ(chain_of(db, runs[3], &bad), STORE_CHAIN_BROKEN);
    CHECK_INT_EQ(bad, 5);
    free(db);
}

static void test_chain_runs_from_before_the_chain_are_unchained(void)
{
    char *db = temp_path("old.db");
    Store *st = store_open(db, NULL);
    REQUIRE(st);
    int64_t old = run_with_events(st, "ana", 3);
    int64_t upgraded = run_with_events(st, "ana", 3);
    store_close(st);
    REQUIRE(upgraded > 0);
    /* What a file written before schema 7 holds: events without hashes. */
    REQUIRE(tamper(db, "UPDATE events SET hash = NULL"));
    CHECK_INT_EQ(chain_of(db, old, NULL), STORE_CHAIN_NONE);
    CHECK_STR_EQ(store_chain_status_name(STORE_CHAIN_NONE), "unchained");
    /* A run resumed after the upgrade: its new events chain on from there. */
    st = store_open(db, NULL);
    REQUIRE(st);
    CHECK(store_event_append(st, upgraded, 9, "run.resumed", NULL));
    CHECK(store_event_append(st, upgraded, 10, "shell.command", "{\"cmd\":\"ls\"}"));
    store_close(st);
    CHECK_INT_EQ(chain_of(db, upgraded, NULL), STORE_CHAIN_PARTIAL);
    free(db);
}

static void test_chain_two_writers_keep_one_chain(void)
{
    char *db = temp_path("writers.db");
    Store *a = store_open(db, NULL), *b = store_open(db, NULL);
    REQUIRE(a && b);
    int64_t run = run_with_events(a, "ana", 1);
    REQUIRE(run > 0);
    /* Alternating writers: each one's cached seq is taken by the other in between, so every
     * insert after the first goes through the MAX(seq) + 1 path and must chain on. */
    for (int i = 0; i < 10; i++) CHECK(store_event_append(i % 2 ? a : b, run, i, "tick", NULL));
    store_close(a);
    store_close(b);
    CHECK_INT_EQ(chain_of(db, run, NULL), STORE_CHAIN_OK);
    char *n = testlib_sql_text(db, "SELECT count(*) FROM events WHERE hash IS NOT NULL");
    CHECK_STR_EQ(n, "11");
    free(n);
    free(db);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_chain_intact_and_deterministic),
        TEST_CASE(test_chain_shows_an_edit_a_removal_and_a_dropped_hash),
        TEST_CASE(test_chain_runs_from_before_the_chain_are_unchained),
        TEST_CASE(test_chain_two_writers_keep_one_chain),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
