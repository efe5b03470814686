/* test_regrade.c: final workspace snapshots and `worksim regrade` (DESIGN §7-§9, issue 13
 * item 3), with real sqlite and real ns sandboxes. first-bugfix's reference solution (passes)
 * and its leftovers mistake (fails: debug code and scratch files committed) are run once;
 * each stores a tar.zst snapshot. Regraded unchanged, both keep their scores (the rubric is
 * carried, the old runs stay); regraded from a copy of the scenario whose scope and clean
 * checks accept anything, the failing run passes, the change is reported per line and stored
 * as a regrade-mode run linked to the old one, which reports leave out. A run whose snapshot
 * is missing is one error line and the others still regrade; the snapshot cap and the
 * archive's safety rules are checked on folders of their own. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/util.h"
#include "core/workspace_snapshot.h"
#include "store/store.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#define SOLUTIONS WORKSIM_SOURCE_DIR "/scenarios/first-bugfix/solution"

static int sh(const char *cmd)
{
    int status = system(cmd);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* ---- the two stored runs, made once ---- */

typedef struct Fixture {
    char *db, *dbarg;
    long long passing, failing;
} Fixture;

static long long run_script(const char *dbarg, const char *script, const char *learner)
{
    char *out = NULL, *err = NULL;
    testlib_run_worksim((const char *[]){dbarg, "run", "first-bugfix", "--actions", script, "--learner", learner,
                                         "--json", NULL}, NULL, &out, &err);
    cJSON *o = cJSON_Parse(out);
    long long id = (long long)cJSON_GetNumberValue(cJSON_GetObjectItem(o, "run_id"));
    if (!o) fprintf(stderr, "run %s: %s\n", script, err ? err : "");
    cJSON_Delete(o);
    free(out);
    free(err);
    return id;
}

static Fixture *fixture(void)
{
    static Fixture f;
    if (f.db) return &f;
    f.db = xasprintf("%s/regrade.db", testlib_temp_dir());
    f.dbarg = xasprintf("--db=%s", f.db);
    f.passing = run_script(f.dbarg, SOLUTIONS "/actions.lua", "ana");
    f.failing = run_script(f.dbarg, SOLUTIONS "/mistake-leftovers.lua", "bob");
    return &f;
}

static char *sql(const char *db, const char *fmt, long long id)
{
    char *q = xasprintf(fmt, id);
    char *v = testlib_sql_text(db, q);
    free(q);
    return v;
}

static void check_sql(const char *db, const char *fmt, long long id, const char *want)
{
    char *v = sql(db, fmt, id);
    CHECK_STR_EQ(v, want);
    free(v);
}

/* `worksim regrade ARGS --json` parsed; *rc its exit code. */
static cJSON *regrade_json(const char *const *args, int *rc, char **err_out)
{
    const char *argv[16];
    int n = 0;
    for (; args[n] && n < 14; n++) argv[n] = args[n];
    argv[n++] = "--json";
    argv[n] = NULL;
    char *out = NULL, *err = NULL;
    *rc = testlib_run_worksim(argv, NULL, &out, &err);
    cJSON *o = cJSON_Parse(out);
    if (!o) fprintf(stderr, "regrade: stdout %s\nstderr %s\n", out ? out : "", err ? err : "");
    free(out);
    if (err_out) *err_out = err;
    else free(err);
    return o;
}

static const cJSON *entry_of(const cJSON *list, long long run_id)
{
    const cJSON *e;
    cJSON_ArrayForEach(e, list)
        if ((long long)cJSON_GetNumberValue(cJSON_GetObjectItem(e, "run_id")) == run_id) return e;
    return NULL;
}

static double num(const cJSON *o, const char *side, const char *name)
{
    return cJSON_GetNumberValue(cJSON_GetObjectItem(cJSON_GetObjectItem(o, side), name));
}

static const char *str(const cJSON *o, const char *side, const char *name)
{
    return cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetObjectItem(o, side), name));
}

static const cJSON *change_of(const cJSON *entry, const char *id)
{
    const cJSON *c;
    cJSON_ArrayForEach(c, cJSON_GetObjectItem(entry, "changes"))
        if (strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(c, "id")), id) == 0) return c;
    return NULL;
}

static bool carried(const cJSON *entry, const char *id)
{
    const cJSON *c;
    cJSON_ArrayForEach(c, cJSON_GetObjectItem(entry, "carried"))
        if (strcmp(cJSON_GetStringValue(c), id) == 0) return true;
    return false;
}

static bool count_regrades(void *ud, const StoreRunRow *r)
{
    if (strcmp(r->mode, "regrade") == 0) ++*(int *)ud;
    return true;
}

/* ---- cases ---- */

static void test_every_graded_run_stores_its_final_workspace(void)
{
    Fixture *f = fixture();
    REQUIRE(f->passing > 0 && f->failing > 0);
    for (int i = 0; i < 2; i++) {
        long long id = i ? f->failing : f->passing;
        check_sql(f->db, "SELECT format || ',' || (size > 0) || ',' || (length(data) = size) || ',' ||"
                         " (missing IS NULL) || ',' || length(sha256) FROM run_snapshots WHERE run_id = %lld",
                  id, "tar.zst,1,1,1,64");
    }
    /* the archive holds the learner's final work, .git included; a leftover of the failing run too */
    char *dir = xasprintf("%s/unpacked", testlib_temp_dir());
    char *cmd = xasprintf("mkdir -p '%s' && sqlite3 '%s' \"SELECT writefile('%s/s.tar.zst', data) FROM run_snapshots"
                          " WHERE run_id = %lld\" >/dev/null && cd '%s' && tar --zstd -xf s.tar.zst && rm s.tar.zst"
                          " && test -d .git && test -f notes.txt && grep -q 'percent / Decimal(100)' shop/pricing.py",
                          dir, f->db, dir, f->failing, dir);
    CHECK_INT_EQ(sh(cmd), 0);
    free(cmd);
    /* what it costs for the reference solution's workspace (the figure in docs/regrade.md) */
    char *ref = xasprintf("%s/reference", testlib_temp_dir());
    cmd = xasprintf("mkdir -p '%s' && sqlite3 '%s' \"SELECT writefile('%s/s.tar.zst', data) FROM run_snapshots"
                    " WHERE run_id = %lld\" >/dev/null && cd '%s' && tar --zstd -xf s.tar.zst && rm s.tar.zst",
                    ref, f->db, ref, f->passing, ref);
    REQUIRE(sh(cmd) == 0);
    free(cmd);
    /* as run_finish takes it: copied out of an ns sandbox, then archived */
    char *why = NULL;
    Sandbox *sb = sandbox_open(&(SandboxConfig){.backend = SANDBOX_NS, .workspace_src = ref, .workspace_links = true}, &why);
    REQUIRE(sb);
    WorkspaceSnapshot snap;
    REQUIRE(workspace_snapshot_take(sb, 0, &snap, &why));
    sandbox_close(sb);
    char *stored = sql(f->db, "SELECT size FROM run_snapshots WHERE run_id = %lld", f->passing);
    fprintf(stderr, "snapshot of first-bugfix's reference workspace: %s bytes stored (%zu bytes of files), "
                    "taken in %.1f ms (copy out of the sandbox and archive)\n", stored, snap.raw_bytes, snap.seconds * 1000);
    CHECK(snap.len > 0 && snap.raw_bytes > snap.len);
    free(stored);
    workspace_snapshot_clear(&snap);
    free(ref);
    free(dir);
}

static void test_regrade_unchanged_keeps_scores_and_old_runs(void)
{
    Fixture *f = fixture();
    REQUIRE(f->passing > 0 && f->failing > 0);
    char *a = xasprintf("%lld", f->passing), *b = xasprintf("%lld", f->failing);
    int rc = -1;
    cJSON *o = regrade_json((const char *[]){f->dbarg, "regrade", a, b, NULL}, &rc, NULL);
    CHECK_INT_EQ(rc, 0);
    REQUIRE(cJSON_IsArray(o) && cJSON_GetArraySize(o) == 2);
    for (int i = 0; i < 2; i++) {
        long long id = i ? f->failing : f->passing;
        const cJSON *e = entry_of(o, id);
        REQUIRE(e);
        CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(e, "scenario")), "first-bugfix");
        CHECK(num(e, "old", "score") == num(e, "new", "score"));
        CHECK(num(e, "old", "percent") == num(e, "new", "percent"));
        CHECK_STR_EQ(str(e, "old", "outcome"), str(e, "new", "outcome"));
        CHECK_STR_EQ(str(e, "old", "version"), str(e, "new", "version"));
        CHECK_INT_EQ(cJSON_GetArraySize(cJSON_GetObjectItem(e, "changes")), 0);
        CHECK(carried(e, "communication"));
        long long new_id = (long long)num(e, "new", "run_id");
        CHECK(new_id > f->failing);
        char *want = xasprintf("regrade,%lld", id);
        check_sql(f->db, "SELECT mode || ',' || regrade_of FROM runs WHERE id = %lld", new_id, want);
        free(want);
    }
    CHECK_STR_EQ(str(entry_of(o, f->passing), "old", "outcome"), "passed");
    CHECK_STR_EQ(str(entry_of(o, f->failing), "old", "outcome"), "failed");
    cJSON_Delete(o);
    free(a);
    free(b);
}

/* A copy of first-bugfix (and the shared lib) in which the scope and clean checks accept anything. */
static char *lenient_scenarios(void)
{
    char *dir = xasprintf("%s/lenient", testlib_temp_dir());
    char *cmd = xasprintf("set -e; mkdir -p '%s'; cp -r '%s/scenarios/first-bugfix' '%s/scenarios/lib' '%s/';"
                          " sed -i 's|run = check(\"scope\")|run = \"exit 0\"|; s|run = check(\"clean\")|run = \"exit 0\"|'"
                          " '%s/first-bugfix/scenario.lua'; grep -c 'run = \"exit 0\"' '%s/first-bugfix/scenario.lua' | grep -qx 2",
                          dir, WORKSIM_SOURCE_DIR, WORKSIM_SOURCE_DIR, dir, dir, dir);
    CHECK_INT_EQ(sh(cmd), 0);
    free(cmd);
    return dir;
}

static void test_regrade_after_a_check_change_reports_and_stores_it(void)
{
    Fixture *f = fixture();
    REQUIRE(f->passing > 0 && f->failing > 0);
    char *scenarios = lenient_scenarios();
    int rc = -1;
    cJSON *o = regrade_json((const char *[]){f->dbarg, "--scenarios", scenarios, "regrade", "--scenario", "first-bugfix",
                                             NULL}, &rc, NULL);
    CHECK_INT_EQ(rc, 0);
    REQUIRE(cJSON_IsArray(o));
    CHECK_INT_EQ(cJSON_GetArraySize(o), 2);      /* the attempts only: regrade runs are not regraded again */
    const cJSON *bad = entry_of(o, f->failing), *good = entry_of(o, f->passing);
    REQUIRE(bad && good);
    CHECK_STR_EQ(str(bad, "old", "outcome"), "failed");
    CHECK_STR_EQ(str(bad, "new", "outcome"), "passed");
    CHECK(num(bad, "new", "score") > num(bad, "old", "score"));
    CHECK(strcmp(str(bad, "old", "version"), str(bad, "new", "version")) != 0);
    const cJSON *scope = change_of(bad, "scope"), *clean = change_of(bad, "clean");
    REQUIRE(scope && clean);
    CHECK(cJSON_GetNumberValue(cJSON_GetObjectItem(scope, "old")) == 0);
    CHECK(cJSON_GetNumberValue(cJSON_GetObjectItem(scope, "new")) == 10);
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(scope, "task")), "fix");
    CHECK(cJSON_GetNumberValue(cJSON_GetObjectItem(clean, "new")) == 5);
    CHECK(carried(bad, "communication"));
    /* the passing run changed nothing but the version */
    CHECK(num(good, "old", "score") == num(good, "new", "score"));
    CHECK_INT_EQ(cJSON_GetArraySize(cJSON_GetObjectItem(good, "changes")), 0);

    /* stored side by side: the old run as it was, the regrade a run of its own linked to it */
    long long new_id = (long long)num(bad, "new", "run_id");
    check_sql(f->db, "SELECT outcome FROM runs WHERE id = %lld", f->failing, "failed");
    char *want = xasprintf("regrade,%lld,passed", f->failing);
    check_sql(f->db, "SELECT mode || ',' || regrade_of || ',' || outcome FROM runs WHERE id = %lld", new_id, want);
    free(want);
    check_sql(f->db, "SELECT points FROM results WHERE run_id = %lld AND item_id = 'scope'", new_id, "10.0");
    check_sql(f->db, "SELECT count(*) FROM run_snapshots WHERE run_id = %lld", new_id, "0");

    /* progress and reports count attempts, never their regrades */
    char *err = NULL;
    Store *st = store_open(f->db, &err);
    REQUIRE(st);
    StoreRunFilter attempts = {.exclude_demo = true};
    int regrades = 0, all = 0;
    CHECK(store_runs_foreach(st, &attempts, count_regrades, &regrades));
    CHECK(store_runs_foreach(st, &(StoreRunFilter){0}, count_regrades, &all));
    CHECK_INT_EQ(regrades, 0);
    CHECK_INT_EQ(all, 4);                          /* two regrades of each run so far */
    store_close(st);
    cJSON_Delete(o);
    free(scenarios);
}

static void test_regrade_without_snapshot_is_one_line_and_the_others_go_on(void)
{
    Fixture *f = fixture();
    REQUIRE(f->passing > 0 && f->failing > 0);
    /* on a copy: the other cases keep their snapshots */
    char *copy = xasprintf("%s/nosnap.db", testlib_temp_dir());
    char *cmd = xasprintf("sqlite3 '%s' \".backup '%s'\"", f->db, copy);
    REQUIRE(sh(cmd) == 0);
    free(cmd);
    char *err = NULL;
    Store *st = store_open(copy, &err);
    REQUIRE(st);
    CHECK(store_snapshot_put(st, f->passing, &(StoreSnapshot){.missing = "taken on the vm backend (test)"}));
    StoreSnapshot back;
    CHECK_INT_EQ(store_snapshot_get(st, f->passing, &back), 1);
    CHECK(back.data == NULL);
    CHECK_STR_EQ(back.missing, "taken on the vm backend (test)");
    store_snapshot_clear(&back);
    store_close(st);

    char *dbarg = xasprintf("--db=%s", copy);
    char *a = xasprintf("%lld", f->passing), *b = xasprintf("%lld", f->failing);
    int rc = -1;
    char *stderr_text = NULL;
    cJSON *o = regrade_json((const char *[]){dbarg, "regrade", a, b, "999", NULL}, &rc, &stderr_text);
    CHECK_INT_EQ(rc, 2);
    REQUIRE(cJSON_IsArray(o) && cJSON_GetArraySize(o) == 3);
    char *want = xasprintf("run %lld: no workspace snapshot: taken on the vm backend (test)", f->passing);
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(entry_of(o, f->passing), "error")), want);
    CHECK_CONTAINS(stderr_text, want);
    CHECK_STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(entry_of(o, 999), "error")), "run 999: no such run");
    CHECK(num(entry_of(o, f->failing), "new", "run_id") > 0);   /* the others still regrade */
    free(want);
    free(stderr_text);
    cJSON_Delete(o);
    free(a);
    free(b);
    free(dbarg);
    free(copy);
}

static void test_snapshot_cap_links_and_unsafe_archives(void)
{
    char *dir = xasprintf("%s/capped", testlib_temp_dir());
    char *cmd = xasprintf("set -e; mkdir -p '%s/.git'; cd '%s'; head -c 2M /dev/urandom > noise.bin;"
                          " echo ref > .git/HEAD; ln -s /etc/passwd link", dir, dir);
    REQUIRE(sh(cmd) == 0);
    free(cmd);
    WorkspaceSnapshot snap;
    char *why = NULL;
    CHECK(!workspace_snapshot_of_folder(dir, 1024 * 1024, &snap, &why));
    CHECK_CONTAINS(why, "over the 1 MB snapshot cap");
    CHECK(snap.data == NULL);
    free(why);
    why = NULL;
    REQUIRE(workspace_snapshot_of_folder(dir, 0, &snap, &why));
    char digest[65];
    workspace_snapshot_sha256(snap.data, snap.len, digest);
    CHECK_STR_EQ(snap.sha256, digest);
    size_t tar_len = 0;
    char *err = NULL;
    char *tar = workspace_snapshot_plain_tar(snap.data, snap.len, &tar_len, &err);
    REQUIRE(tar);
    char *tar_file = xasprintf("%s/plain.tar", testlib_temp_dir());
    REQUIRE(util_write_file(tar_file, tar, tar_len, &err));
    cmd = xasprintf("tar -tvf '%s' | grep -q 'link -> /etc/passwd' && tar -tf '%s' | grep -qx '.git/HEAD'"
                    " && test \"$(tar -xOf '%s' noise.bin | cmp - '%s/noise.bin' && echo same)\" = same",
                    tar_file, tar_file, tar_file, dir);
    CHECK_INT_EQ(sh(cmd), 0);   /* the link kept as a link, never followed; .git in; bytes intact */
    free(cmd);
    free(tar);
    workspace_snapshot_clear(&snap);

    /* an archive naming a path outside the workspace is refused before any sandbox sees it */
    char *evil = xasprintf("%s/evil.tar.zst", testlib_temp_dir());
    cmd = xasprintf("cd '%s' && tar --zstd -cf '%s' --transform 's,^,../,' .git/HEAD", dir, evil);
    REQUIRE(sh(cmd) == 0);
    free(cmd);
    size_t evil_len = 0;
    char *evil_data = util_read_file(evil, &evil_len, &err);
    REQUIRE(evil_data);
    CHECK(workspace_snapshot_plain_tar(evil_data, evil_len, &tar_len, &err) == NULL);
    CHECK_CONTAINS(err, "not a file, folder or link inside the workspace");
    free(err);
    free(evil_data);
    free(evil);
    free(tar_file);
    free(dir);
}

static void test_regrade_usage_errors_exit_2(void)
{
    char *dbarg = xasprintf("--db=%s/usage.db", testlib_temp_dir());
    const char *const cases[][4] = {
        {"regrade", NULL}, {"regrade", "abc", NULL}, {"regrade", "0", NULL},
        {"regrade", "3", "--scenario", "first-bugfix"}, {"regrade", "--scenario", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *argv[6] = {dbarg};
        for (int k = 0; k < 4 && cases[i][k]; k++) argv[k + 1] = cases[i][k];
        char *out = NULL, *err = NULL;
        CHECK_INT_EQ(testlib_run_worksim(argv, NULL, &out, &err), 2);
        CHECK_CONTAINS(err, "regrade");
        free(out);
        free(err);
    }
    char *out = NULL, *err = NULL;
    CHECK_INT_EQ(testlib_run_worksim((const char *[]){"regrade", "--help", NULL}, NULL, &out, &err), 0);
    CHECK_CONTAINS(out, "--scenario ID");
    free(out);
    free(err);
    free(dbarg);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_every_graded_run_stores_its_final_workspace),
        TEST_CASE(test_regrade_unchanged_keeps_scores_and_old_runs),
        TEST_CASE(test_regrade_after_a_check_change_reports_and_stores_it),
        TEST_CASE(test_regrade_without_snapshot_is_one_line_and_the_others_go_on),
        TEST_CASE(test_snapshot_cap_links_and_unsafe_archives),
        TEST_CASE(test_regrade_usage_errors_exit_2),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
