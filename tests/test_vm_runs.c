/* test_vm_runs.c: runs on the vm backend lose nothing either (issues 10 and 13): a real headless
 * `worksim run --sandbox vm` of the small fixture scenario stores its final workspace snapshot,
 * which `regrade` and `import` re-check; killed after a command (the kill point exact, as in
 * test_resume.c) it resumes in a VM (its own backend, without --sandbox) from the workspace and
 * base saved under the state folder and ends with the uninterrupted run's score, the killed
 * engine's VM folder swept. Three VM boots in all (TCG here: slow, labelled so);
 * exit 77 (skipped) where no guest image or QEMU is available. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/util.h"
#include "sandbox/sandbox.h"

#include <cjson/cJSON.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* The fixture scenarios, copied so the checks' timeouts can allow for emulated VMs under load. */
static char *scenarios;
static char *actions;
static char *env_tmp, *env_state, *scen_arg;

static void world_init(void)
{
    chmod(testlib_temp_dir(), 0711);   /* as root each VM runs as its own uid, which must reach $TMPDIR */
    scenarios = xasprintf("%s/scenarios", testlib_temp_dir());
    char *cmd = xasprintf("cp -r '%s/fixtures/good' '%s' && sed -i 's/timeout = 5 }/timeout = 120 }/' '%s/minimal/scenario.lua'",
                          WORKSIM_TESTS_DIR, scenarios, scenarios);
    if (testlib_sh(cmd, NULL) != 0) testlib_fail(__FILE__, __LINE__, "%s failed", cmd);
    free(cmd);
    actions = xasprintf("%s/minimal/solution/actions.lua", scenarios);
    char *tmp = xasprintf("%s/tmp", testlib_temp_dir());
    mkdir(tmp, 0711);
    env_tmp = xasprintf("TMPDIR=%s", tmp);
    env_state = xasprintf("XDG_STATE_HOME=%s/state", testlib_temp_dir());
    scen_arg = xasprintf("--scenarios=%s", scenarios);
    free(tmp);
}

static char *db_path(const char *name) { return xasprintf("%s/%s.db", testlib_temp_dir(), name); }

/* `worksim --db=DB --scenarios=... ARGS...`; its exit code, stdout and stderr (caller frees). */
static int worksim_on(const char *db, const char *const *args, char **out, char **err)
{
    const char *argv[24];
    char *dbarg = xasprintf("--db=%s", db);
    int n = 0;
    argv[n++] = dbarg;
    argv[n++] = scen_arg;
    for (; *args && n < 23; args++) argv[n++] = *args;
    argv[n] = NULL;
    const char *env[] = {env_tmp, env_state, NULL};
    int rc = testlib_run_worksim(argv, env, out, err);
    free(dbarg);
    return rc;
}

/* The same, stdout parsed as JSON; *err_out (may be NULL) gets stderr. */
static cJSON *worksim_json(const char *db, const char *const *args, int *rc, char **err_out)
{
    char *out = NULL, *err = NULL;
    *rc = worksim_on(db, args, &out, &err);
    cJSON *o = cJSON_Parse(out);
    if (!o) testlib_fail(__FILE__, __LINE__, "no JSON (exit %d): %s %s", *rc, out ? out : "", err ? err : "");
    free(out);
    if (err_out) *err_out = err;
    else free(err);
    return o;
}

static const char *str_of(const cJSON *o, const char *k) { return cJSON_GetStringValue(cJSON_GetObjectItem(o, k)); }
static double num_of(const cJSON *o, const char *k) { return cJSON_GetNumberValue(cJSON_GetObjectItem(o, k)); }

static char *sql(const char *db, const char *q) { return testlib_sql_text(db, q); }

/* The uninterrupted vm run of the reference solution, made once: its database and result. */
static char *ref_db;
static cJSON *ref;

static cJSON *reference(void)
{
    if (ref) return ref;
    ref_db = db_path("reference");
    int rc = 0;
    double t0 = util_monotonic_seconds();
    ref = worksim_json(ref_db, (const char *[]){"run", "minimal", "--actions", actions, "--sandbox", "vm", "--json", NULL},
                       &rc, NULL);
    printf("  the vm run took %.1f s\n", util_monotonic_seconds() - t0);
    CHECK_INT_EQ(rc, 0);
    return ref;
}

static void test_vm_run_stores_its_final_workspace(void)
{
    cJSON *r = reference();
    REQUIRE(r);
    CHECK_STR_EQ(str_of(r, "outcome"), "passed");
    char *backend = sql(ref_db, "SELECT data FROM events WHERE kind = 'sandbox'");
    CHECK_CONTAINS(backend, "\"vm\"");
    char *row = sql(ref_db, "SELECT format || ' ' || (missing IS NULL) || ' ' || (size > 0) || ' ' || (length(sha256) = 64)"
                            " FROM run_snapshots WHERE run_id = 1");
    CHECK_STR_EQ(row, "tar.zst 1 1 1");
    char *size = sql(ref_db, "SELECT size FROM run_snapshots WHERE run_id = 1");
    /* The archive holds the learner's final workspace. */
    char *archive = xasprintf("%s/final.tar.zst", testlib_temp_dir());
    char *cmd = xasprintf("sqlite3 '%s' \"SELECT writefile('%s', data) FROM run_snapshots WHERE run_id = 1\" >/dev/null"
                          " && tar --zstd -xOf '%s' greeting.txt", ref_db, archive, archive);
    char *greeting = NULL;
    CHECK_INT_EQ(testlib_sh(cmd, &greeting), 0);
    CHECK_STR_EQ(greeting, "hello\n");
    printf("  snapshot: %s bytes\n", size);
    free(backend), free(row), free(size), free(archive), free(cmd), free(greeting);
}

static void test_vm_run_is_regraded_and_rechecked_on_import(void)
{
    cJSON *r = reference();
    REQUIRE(r);
    int rc = 0;
    cJSON *list = worksim_json(ref_db, (const char *[]){"regrade", "1", "--json", NULL}, &rc, NULL);
    CHECK_INT_EQ(rc, 0);
    const cJSON *e = cJSON_GetArrayItem(list, 0);
    CHECK(e && !cJSON_GetObjectItem(e, "error"));
    CHECK(num_of(cJSON_GetObjectItem(e, "new"), "score") == num_of(r, "score"));
    CHECK_STR_EQ(str_of(cJSON_GetObjectItem(e, "new"), "outcome"), str_of(r, "outcome"));
    cJSON_Delete(list);

    /* An instructor importing the learner's export re-grades it from the snapshot: not flagged. */
    char *file = xasprintf("%s/learner.wsx", testlib_temp_dir());
    char *out = NULL, *err = NULL;
    rc = worksim_on(ref_db, (const char *[]){"export", "--out", file, NULL}, &out, &err);
    CHECK_INT_EQ(rc, 0);
    free(out), free(err);
    char *instructor = db_path("instructor");
    rc = worksim_on(instructor, (const char *[]){"import", file, NULL}, &out, &err);
    CHECK_INT_EQ(rc, 0);
    CHECK_CONTAINS(out, "1 imported, 0 skipped as already here, 0 flagged");
    if (rc != 0) fprintf(stderr, "import: %s%s", out, err);
    char *regraded = sql(instructor, "SELECT (regraded_score = claimed_score) || ' ' || (flag IS NULL) FROM run_imports");
    CHECK_STR_EQ(regraded, "1 1");
    free(out), free(err), free(file), free(instructor), free(regraded);
}

static void test_vm_run_resumes_after_a_kill(void)
{
    cJSON *r = reference();
    REQUIRE(r);
    char *db = db_path("killed");
    char *dbarg = xasprintf("--db=%s", db);
    pid_t pid = fork();
    if (pid == 0) {
        int devnull = open("/dev/null", O_RDWR);
        dup2(devnull, 0), dup2(devnull, 1), dup2(devnull, 2);
        setenv("WORKSIM_TEST_STOP_AFTER", "command", 1);   /* the fix is made and logged */
        putenv(env_tmp);
        putenv(env_state);
        execl(WORKSIM_BINARY, WORKSIM_BINARY, dbarg, scen_arg, "run", "minimal", "--actions", actions, "--sandbox", "vm",
              "--json", (char *)NULL);
        _exit(127);
    }
    int status = 0;
    REQUIRE(waitpid(pid, &status, WUNTRACED) == pid && WIFSTOPPED(status));
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    char *vm_dir_glob = xasprintf("ls -d %s/worksim-vm-%d-* 2>/dev/null | wc -l", env_tmp + strlen("TMPDIR="), (int)pid);
    char *left = NULL;
    testlib_sh(vm_dir_glob, &left);
    CHECK_STR_EQ(left, "1\n");   /* the killed engine's VM folder */
    free(left);
    /* What the killed engine left for resuming: the fixed workspace and the base before it. */
    char *dbid = sql(db, "SELECT value FROM worksim_meta WHERE key = 'database_id'");
    char *ws = xasprintf("%s/state/worksim/runs/%s/1/workspace/greeting.txt", testlib_temp_dir(), dbid);
    char *base = xasprintf("%s/state/worksim/runs/%s/1/base/greeting.txt", testlib_temp_dir(), dbid);
    char *ws_text = util_read_file(ws, NULL, NULL), *base_text = util_read_file(base, NULL, NULL);
    CHECK_STR_EQ(ws_text, "hello\n");
    CHECK(base_text && strcmp(base_text, "hello\n") != 0);
    int rc = 0;
    double t0 = util_monotonic_seconds();
    char *log = NULL;
    cJSON *got = worksim_json(db, (const char *[]){"resume", "--actions", actions, "--verbose", "--json", NULL}, &rc,
                              &log);   /* no --sandbox: the run's own backend */
    const char *saves = log ? strstr(log, "workspace saves") : NULL;   /* "N workspace saves, M ms each" */
    double took = util_monotonic_seconds() - t0;
    CHECK_INT_EQ(rc, 0);
    REQUIRE(got);
    CHECK_STR_EQ(str_of(got, "outcome"), str_of(r, "outcome"));
    CHECK(num_of(got, "score") == num_of(r, "score"));
    char *counts = sql(db, "SELECT (SELECT count(*) FROM events WHERE kind = 'finish') || ' ' ||"
                           " (SELECT count(*) FROM events WHERE kind = 'resumed' AND data LIKE '%\"vm\"%') || ' ' ||"
                           " (SELECT count(*) FROM run_snapshots WHERE missing IS NULL)");
    CHECK_STR_EQ(counts, "1 1 1");
    CHECK(access(ws, F_OK) != 0);   /* the saved workspace goes once the run has finished */
    testlib_sh(vm_dir_glob, &left);
    CHECK_STR_EQ(left, "0\n");   /* swept by the resuming engine's first sandbox */
    free(left);
    free(vm_dir_glob);
    CHECK(saves != NULL);
    const char *line = saves;
    while (line > log && line[-1] != '\n') line--;
    printf("  killed after the command, resumed in a VM to the end in %.1f s: %.*s\n", took,
           (int)strcspn(line, "\n"), line);
    free(log);
    cJSON_Delete(got);
    free(db), free(dbarg), free(dbid), free(ws), free(base), free(ws_text), free(base_text), free(counts);
}

int main(int argc, char **argv)
{
    SandboxVmStatus st = sandbox_vm_status();
    if (st.state == SANDBOX_VM_NO_IMAGE || st.state == SANDBOX_VM_NO_QEMU || access("/usr/bin/bwrap", X_OK) != 0) {
        printf("SKIP test_vm_runs: the vm backend cannot start here: %s\n", st.why ? st.why : "no bubblewrap");
        free(st.why);
        return 77;
    }
    free(st.why);
    world_init();
    static const TestCase cases[] = {
        TEST_CASE(test_vm_run_stores_its_final_workspace),
        TEST_CASE(test_vm_run_is_regraded_and_rechecked_on_import),
        TEST_CASE(test_vm_run_resumes_after_a_kill),
    };
    int rc = testlib_main(argc, argv, cases, sizeof cases / sizeof *cases);
    cJSON_Delete(ref);
    free(ref_db), free(scenarios), free(actions), free(env_tmp), free(env_state), free(scen_arg);
    return rc;
}
