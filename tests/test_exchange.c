/* test_exchange.c: bringing runs together from learners' machines (issue 13 item 4, DESIGN
 * §8-§9). The event hash chain through the real store (an edit, a removal, a dropped hash
 * show; runs from before the chain are "unchained"; two connections appending to one run
 * keep one chain), then `worksim export` / `worksim import` through the real binary. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/util.h"
#include "store/store.h"

#include <archive.h>
#include <archive_entry.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* ---- export and import through the binary ---- */

#define SOLUTIONS WORKSIM_SOURCE_DIR "/scenarios/first-bugfix/solution/"

/* worksim --db=db ARGS; exit code, output captured (caller frees). */
static int worksim_on(const char *db, const char *const *args, char **out, char **err)
{
    const char *argv[16];
    char *dbarg = xasprintf("--db=%s", db);
    int n = 0;
    argv[n++] = dbarg;
    for (; *args && n < 15; args++) argv[n++] = *args;
    argv[n] = NULL;
    char *o = NULL, *e = NULL;
    int rc = testlib_run_worksim(argv, NULL, &o, &e);
    free(dbarg);
    if (out) *out = o;
    else free(o);
    if (err) *err = e;
    else free(e);
    return rc;
}

static char *sql(const char *db, const char *query) { return testlib_sql_text(db, query); }

static long long sql_int(const char *db, const char *query)
{
    char *t = sql(db, query);
    long long v = t ? strtoll(t, NULL, 10) : -1;
    free(t);
    return v;
}

/* Database A of the learners' machines: ana's reference solution and bob's mistake of
 * editing the test (a failed run), both real first-bugfix runs in ns sandboxes. Made once. */
static const char *learners_db(void)
{
    static char *db;
    if (db) return db;
    db = temp_path("learners.db");
    const char *ana[] = {"run", "first-bugfix", "--actions", SOLUTIONS "actions.lua", "--learner", "ana", NULL};
    const char *bob[] = {"run", "first-bugfix", "--actions", SOLUTIONS "mistake-edit-test.lua", "--learner", "bob", NULL};
    char *err = NULL;
    int rc = worksim_on(db, ana, NULL, &err);
    if (rc != 0) fprintf(stderr, "ana's run: exit %d: %s\n", rc, err);
    free(err);
    rc = worksim_on(db, bob, NULL, &err);
    if (rc > 1) fprintf(stderr, "bob's run: exit %d: %s\n", rc, err);
    free(err);
    return db;
}

/* A copy of db (VACUUM INTO) to tamper with. */
static char *copy_db(const char *db, const char *name)
{
    char *copy = temp_path(name);
    char *q = xasprintf("VACUUM INTO '%s'", copy);
    sqlite3 *h = NULL;
    bool ok = sqlite3_open(db, &h) == SQLITE_OK && sqlite3_exec(h, q, NULL, NULL, NULL) == SQLITE_OK;
    sqlite3_close(h);
    free(q);
    if (!ok) fprintf(stderr, "cannot copy %s\n", db);
    return copy;
}

static char *export_of(const char *db, const char *name, const char *const *extra, int *rc_out)
{
    char *file = temp_path(name);
    const char *args[10] = {"export", "--out", file};
    int n = 3;
    for (; extra && *extra && n < 9; extra++) args[n++] = *extra;
    args[n] = NULL;
    char *err = NULL;
    int rc = worksim_on(db, args, NULL, &err);
    if (rc_out) *rc_out = rc;
    else if (rc != 0) fprintf(stderr, "export: exit %d: %s\n", rc, err);
    free(err);
    return file;
}

static int import_into(const char *db, const char *file, char **out, char **err)
{
    return worksim_on(db, (const char *[]){"import", file, NULL}, out, err);
}

static void test_export_then_import_twice_adds_nothing_the_second_time(void)
{
    const char *a = learners_db();
    REQUIRE(sql_int(a, "SELECT count(*) FROM runs WHERE ended_at IS NOT NULL") == 2);
    char *file = export_of(a, "both.wsx", NULL, NULL);
    char *b = temp_path("instructor.db");
    char *out = NULL, *err = NULL;
    int rc = import_into(b, file, &out, &err);
    CHECK_INT_EQ(rc, 0);
    CHECK_CONTAINS(out, "2 imported, 0 skipped as already here, 0 flagged");
    if (rc != 0) fprintf(stderr, "import: %s%s", out, err);
    free(out), free(err);
    CHECK_INT_EQ(sql_int(b, "SELECT count(*) FROM runs WHERE mode <> 'regrade'"), 2);
    CHECK_INT_EQ(sql_int(b, "SELECT count(*) FROM run_imports WHERE chain = 'chained' AND flag IS NULL"
                            " AND regraded_score = claimed_score"), 2);
    /* The re-grades are runs of their own beside the imported ones; the snapshots came along. */
    CHECK_INT_EQ(sql_int(b, "SELECT count(*) FROM runs WHERE mode = 'regrade' AND regrade_of IN"
                            " (SELECT run_id FROM run_imports)"), 2);
    char *snaps_a = sql(a, "SELECT group_concat(sha256, ',') FROM (SELECT sha256 FROM run_snapshots ORDER BY sha256)");
    char *snaps_b = sql(b, "SELECT group_concat(sha256, ',') FROM (SELECT sha256 FROM run_snapshots"
                           " WHERE run_id IN (SELECT run_id FROM run_imports) ORDER BY sha256)");
    CHECK_STR_EQ(snaps_a, snaps_b);
    free(snaps_a), free(snaps_b);
    /* The same learners (by stable uid), runs, results and events as on the learner's side. */
    char *uids_a = sql(a, "SELECT group_concat(uid, ',') FROM (SELECT uid FROM learners ORDER BY uid)");
    char *uids_b = sql(b, "SELECT group_concat(uid, ',') FROM (SELECT uid FROM learners ORDER BY uid)");
    CHECK_STR_EQ(uids_a, uids_b);
    free(uids_a), free(uids_b);
    const char *same[] = {
        "SELECT group_concat(s, ';') FROM (SELECT l.name || ':' || r.outcome || ':' || r.score AS s FROM runs r"
        " JOIN learners l ON l.id = r.learner_id WHERE r.mode <> 'regrade' ORDER BY l.name)",
        "SELECT count(*) || ':' || sum(points) FROM results WHERE run_id IN (SELECT id FROM runs WHERE mode <> 'regrade')",
        "SELECT count(*) || ':' || group_concat(hash, '') FROM (SELECT hash FROM events"
        " WHERE run_id IN (SELECT id FROM runs WHERE mode <> 'regrade') ORDER BY hash)",
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        char *x = sql(a, same[i]), *y = sql(b, same[i]);
        CHECK_STR_EQ(x, y);
        free(x), free(y);
    }
    /* The imported events still verify in the instructor's database. */
    Store *st = store_open(b, NULL);
    REQUIRE(st);
    for (int64_t run = 1; run <= 3; run += 2) {   /* 1 and 3: each import is followed by its re-grade */
        StoreChainWalk w;
        CHECK(store_run_chain_check(st, run, &w));
        CHECK_INT_EQ(store_chain_walk_status(&w), STORE_CHAIN_OK);
        CHECK(w.events > 10);
    }
    store_close(st);
    /* Twice: nothing more. */
    rc = import_into(b, file, &out, &err);
    CHECK_INT_EQ(rc, 0);
    CHECK_CONTAINS(out, "0 imported, 2 skipped as already here, 0 flagged");
    free(out), free(err);
    CHECK_INT_EQ(sql_int(b, "SELECT count(*) FROM runs"), 4);
    CHECK_INT_EQ(sql_int(b, "SELECT count(*) FROM learners"), 2);
    /* An export of the instructor's database carries the runs' first identity: importing it
     * into the learner's own database adds nothing either. */
    char *again = export_of(b, "again.wsx", NULL, NULL);
    char *a2 = copy_db(a, "learners-copy.db");
    rc = import_into(a2, again, &out, &err);
    CHECK_INT_EQ(rc, 0);
    CHECK_CONTAINS(out, "0 imported, 2 skipped");
    free(out), free(err);
    free(again), free(a2), free(file), free(b);
}

static void test_export_filters_and_refusals(void)
{
    const char *a = learners_db();
    int rc = -1;
    char *file = export_of(a, "bob.wsx", (const char *[]){"--learner", "bob", NULL}, &rc);
    CHECK_INT_EQ(rc, 0);
    char *b = temp_path("bob-only.db");
    char *out = NULL;
    import_into(b, file, &out, NULL);
    CHECK_CONTAINS(out, "1 imported");
    free(out);
    char *names = sql(b, "SELECT group_concat(name) FROM learners");
    CHECK_STR_EQ(names, "bob");
    free(names);
    free(file);
    /* Nothing matches: exit 1 and no file; a learner nobody is called: exit 2. */
    file = export_of(a, "none.wsx", (const char *[]){"--since", "2999-01-01", NULL}, &rc);
    CHECK_INT_EQ(rc, 1);
    CHECK(access(file, F_OK) != 0);
    free(file);
    file = export_of(a, "typo.wsx", (const char *[]){"--learner", "nobody", NULL}, &rc);
    CHECK_INT_EQ(rc, 2);
    CHECK(access(file, F_OK) != 0);
    free(file);
    /* An unwritable target: exit 3, nothing left behind in the folder. */
    char *dir = temp_path("ro");
    REQUIRE(mkdir(dir, 0755) == 0);
    char *target = xasprintf("%s/missing/x.wsx", dir);
    const char *args[] = {"export", "--out", target, NULL};
    CHECK_INT_EQ(worksim_on(a, args, NULL, NULL), 3);
    free(target);
    free(dir);
    free(b);
}

static void test_a_tampered_event_is_flagged(void)
{
    char *a = copy_db(learners_db(), "tampered-event.db");
    /* ana's run: one command's output rewritten after the fact. */
    REQUIRE(tamper(a, "UPDATE events SET data = json_set(data, '$.output', 'all green')"
                      " WHERE run_id = 1 AND seq = (SELECT min(seq) FROM events WHERE run_id = 1 AND kind = 'command')"));
    char *file = export_of(a, "tampered-event.wsx", NULL, NULL);
    char *b = temp_path("tampered-event-in.db");
    char *out = NULL;
    CHECK_INT_EQ(import_into(b, file, &out, NULL), 1);
    CHECK_CONTAINS(out, "event chain broken");
    CHECK_CONTAINS(out, "(edited after it was written)");
    free(out);
    CHECK_INT_EQ(sql_int(b, "SELECT count(*) FROM run_imports WHERE chain = 'broken' AND flag LIKE '%chain broken%'"), 1);
    free(file), free(b), free(a);
}

static void test_a_tampered_score_is_flagged_by_the_regrade(void)
{
    char *a = copy_db(learners_db(), "tampered-score.db");
    /* bob's failed run made to look perfect, breakdown and all. */
    REQUIRE(tamper(a, "UPDATE runs SET score = max, percent = 100, outcome = 'passed'"
                      " WHERE learner_id = (SELECT id FROM learners WHERE name = 'bob');"
                      "UPDATE results SET points = max, passed = 1 WHERE kind = 'check' AND run_id IN"
                      " (SELECT r.id FROM runs r JOIN learners l ON l.id = r.learner_id WHERE l.name = 'bob')"));
    char *file = export_of(a, "tampered-score.wsx", NULL, NULL);
    char *b = temp_path("tampered-score-in.db");
    char *out = NULL;
    CHECK_INT_EQ(import_into(b, file, &out, NULL), 1);
    CHECK_CONTAINS(out, "2 imported, 0 skipped as already here, 1 flagged");
    CHECK_CONTAINS(out, "differs from the re-grade");
    free(out);
    /* The flag is stored with the run; ana's untouched run is clean. */
    char *flags = sql(b, "SELECT group_concat(l.name || '=' || COALESCE(i.flag, 'clean'), ';') FROM run_imports i"
                         " JOIN runs r ON r.id = i.run_id JOIN learners l ON l.id = r.learner_id");
    CHECK_CONTAINS(flags, "ana=clean");
    CHECK_CONTAINS(flags, "bob=stored score");
    free(flags);
    CHECK_INT_EQ(sql_int(b, "SELECT count(*) FROM run_imports WHERE regraded_score < claimed_score"), 1);
    free(file), free(b), free(a);
}

static void test_a_run_without_snapshot_is_flagged(void)
{
    char *a = copy_db(learners_db(), "no-snapshot.db");
    REQUIRE(tamper(a, "DELETE FROM run_snapshots WHERE run_id = 1"));
    char *file = export_of(a, "no-snapshot.wsx", (const char *[]){"--learner", "ana", NULL}, NULL);
    char *b = temp_path("no-snapshot-in.db");
    char *out = NULL;
    CHECK_INT_EQ(import_into(b, file, &out, NULL), 1);
    CHECK_CONTAINS(out, "no workspace snapshot to re-grade from");
    free(out);
    CHECK_INT_EQ(sql_int(b, "SELECT count(*) FROM run_imports WHERE regraded_score IS NULL AND flag IS NOT NULL"), 1);
    free(file), free(b), free(a);
}

/* A tar.zst holding a valid-looking manifest and one more entry of the given kind (libarchive). */
static char *hostile_archive(const char *name, const char *entry, int type, const char *link_target)
{
    char *file = temp_path(name);
    struct archive *ar = archive_write_new();
    archive_write_set_format_pax_restricted(ar);
    archive_write_add_filter_zstd(ar);
    archive_write_open_filename(ar, file);
    const char manifest[] = "{\"format\":\"worksim-export\",\"format_version\":1,\"database_id\":\"x\","
                            "\"learners\":[],\"runs\":[]}";
    struct archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, "manifest.json");
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_size(e, sizeof manifest - 1);
    archive_write_header(ar, e);
    archive_write_data(ar, manifest, sizeof manifest - 1);
    archive_entry_clear(e);
    archive_entry_set_pathname(e, entry);
    archive_entry_set_filetype(e, (unsigned)type);
    archive_entry_set_perm(e, 0644);
    if (link_target) archive_entry_set_symlink(e, link_target);
    archive_entry_set_size(e, type == AE_IFREG ? 2 : 0);
    archive_write_header(ar, e);
    if (type == AE_IFREG) archive_write_data(ar, "{}", 2);
    archive_entry_free(e);
    archive_write_close(ar);
    archive_write_free(ar);
    return file;
}

/* Imports file into a fresh database expecting a refusal: exit 2, one line naming why. */
static void check_refused(const char *file, const char *why)
{
    char *b = temp_path("refuses.db");
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(import_into(b, file, &out, &err), 2);
    CHECK_CONTAINS(err, why);
    int lines = 0;
    for (const char *p = err; p && *p; p++) lines += *p == '\n';
    CHECK_INT_EQ(lines, 1);
    CHECK_CONTAINS(out, "0 imported");
    CHECK_INT_EQ(sql_int(b, "SELECT count(*) FROM runs"), 0);
    free(out), free(err), free(b);
}

static void test_corrupt_truncated_and_hostile_files_are_refused(void)
{
    char *file = export_of(learners_db(), "whole.wsx", NULL, NULL);
    size_t len = 0;
    char *data = util_read_file(file, &len, NULL);
    REQUIRE(data && len > 100);
    char *cut = temp_path("truncated.wsx");
    REQUIRE(util_write_file(cut, data, len / 2, NULL));
    check_refused(cut, "corrupt or truncated");
    /* Garbage in the middle of the compressed stream. */
    for (size_t i = len / 3; i < len / 3 + 64; i++) data[i] ^= 0x5a;
    char *garbled = temp_path("garbled.wsx");
    REQUIRE(util_write_file(garbled, data, len, NULL));
    check_refused(garbled, "worksim import: ");
    char *text = temp_path("notes.txt");
    REQUIRE(util_write_file(text, "hello\n", 6, NULL));
    check_refused(text, "not a worksim export");
    free(data), free(cut), free(garbled), free(text), free(file);

    /* "../x" must land nowhere: whatever stands beside the source tree is left as it was
     * (a machine may well have its own /tmp/x there) */
    struct stat beside_before, beside_after;
    bool was_there = stat(WORKSIM_SOURCE_DIR "/../x", &beside_before) == 0;
    char *dotdot = hostile_archive("dotdot.wsx", "../x", AE_IFREG, NULL);
    check_refused(dotdot, "path traversal");
    char *absolute = hostile_archive("absolute.wsx", "/tmp/x", AE_IFREG, NULL);
    check_refused(absolute, "an absolute path");
    char *symlink = hostile_archive("symlink.wsx", "runs/1/run.json", AE_IFLNK, "/etc/passwd");
    check_refused(symlink, "a symbolic link");
    char *device = hostile_archive("device.wsx", "runs/1/dev", AE_IFCHR, NULL);
    check_refused(device, "a device");
    bool is_there = stat(WORKSIM_SOURCE_DIR "/../x", &beside_after) == 0;
    CHECK(is_there == was_there);
    if (was_there && is_there)
        CHECK(beside_after.st_ino == beside_before.st_ino && beside_after.st_mtime == beside_before.st_mtime &&
              beside_after.st_size == beside_before.st_size);
    free(dotdot), free(absolute), free(symlink), free(device);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_chain_intact_and_deterministic),
        TEST_CASE(test_chain_shows_an_edit_a_removal_and_a_dropped_hash),
        TEST_CASE(test_chain_runs_from_before_the_chain_are_unchained),
        TEST_CASE(test_chain_two_writers_keep_one_chain),
        TEST_CASE(test_export_then_import_twice_adds_nothing_the_second_time),
        TEST_CASE(test_export_filters_and_refusals),
        TEST_CASE(test_a_tampered_event_is_flagged),
        TEST_CASE(test_a_tampered_score_is_flagged_by_the_regrade),
        TEST_CASE(test_a_run_without_snapshot_is_flagged),
        TEST_CASE(test_corrupt_truncated_and_hostile_files_are_refused),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
