/* bench_sandbox.c: cost of a sandbox's life: sandbox_open -> exec `/bin/true` -> close, N=50
 * times (goal: <= 10 ms median), plus the exec alone and the same cycle with a small
 * workspace to copy; then what "checks see the truth" adds to one check exec: recording the
 * base, the /base bind, and a protected folder put back (DESIGN §3); then a submit's check
 * with its workspace fingerprint taken on the host or by script, and saving the run's
 * workspace unchanged or edited (with CPU per operation). Prints medians and p90 in
 * milliseconds. Usage: bench_sandbox [N] [WORKSPACE]
 * (default workspace: the first scenario's workspace folder in the source tree, if any). */
#define _GNU_SOURCE
#include "bench_cpu.h"
#include "core/check_reuse.h"
#include "core/check_truth.h"
#include "sandbox/ns/ns.h"
#include "sandbox/sandbox.h"
#include "base/util.h"

#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double percentile(double *v, int n, double p)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    int i = (int)(p * (n - 1) + 0.5);
    return v[i];
}

static double open_ms[1024], close_ms[1024];

/* Runs the cycle n times; fills total and exec-only times in ms. false on any failure. */
static bool bench_cycle(const char *workspace, int n, double *total, double *exec_only)
{
    for (int i = 0; i < n; i++) {
        SandboxConfig cfg = {.backend = SANDBOX_NS, .workspace_src = workspace};
        char *err = NULL;
        double t0 = util_monotonic_seconds();
        Sandbox *sb = sandbox_open(&cfg, &err);
        if (!sb) {
            fprintf(stderr, "sandbox_open: %s\n", err);
            free(err);
            return false;
        }
        SandboxExecRequest req = {.command = "/bin/true"};
        double t1 = util_monotonic_seconds();
        SandboxExecResult *r = sandbox_exec_wait(sb, &req);
        double t2 = util_monotonic_seconds();
        bool ok = !r->error && r->exit_code == 0;
        if (!ok) fprintf(stderr, "exec failed: %s (exit %d)\n", r->error ? r->error : "", r->exit_code);
        sandbox_exec_result_free(r);
        sandbox_close(sb);
        double t3 = util_monotonic_seconds();
        if (!ok) return false;
        total[i] = (t3 - t0) * 1000;
        if (i < 1024) {
            open_ms[i] = (t1 - t0) * 1000;
            close_ms[i] = (t3 - t2) * 1000;
        }
        exec_only[i] = (t2 - t1) * 1000;
    }
    return true;
}

/* Median ms of n check execs of command in sb. */
static double check_median(Sandbox *sb, const char *command, int n, double *ms)
{
    for (int i = 0; i < n; i++) {
        SandboxExecRequest req = {.command = command, .check = true};
        double t0 = util_monotonic_seconds();
        SandboxExecResult *r = sandbox_exec_wait(sb, &req);
        ms[i] = (util_monotonic_seconds() - t0) * 1000;
        if (r->error || r->exit_code != 0) fprintf(stderr, "check failed: %s (exit %d) %.200s\n", r->error ? r->error : "",
                                                   r->exit_code, r->output ? r->output : "");
        sandbox_exec_result_free(r);
    }
    return percentile(ms, n, 0.5);
}

/* An ns sandbox on a copy of workspace; NULL (said on stderr) when it cannot start. */
static Sandbox *open_on(const char *workspace)
{
    SandboxConfig cfg = {.backend = SANDBOX_NS, .workspace_src = workspace};
    char *err = NULL;
    Sandbox *sb = sandbox_open(&cfg, &err);
    if (!sb) fprintf(stderr, "sandbox_open: %s\n", err);
    free(err);
    return sb;
}

/* A submit's check exec (`true`) with its workspace fingerprint (check_reuse.h), the backend's
 * (on the host, in-process) against the script's (in the sandbox, the vm backend's way), and
 * saving the run's workspace for resuming (sandbox_save_tree) when nothing changed and after
 * a one-file edit. Median wall ms and CPU ms per operation (CPU: this process and its children,
 * steadier than wall on a shared machine). */
static void bench_check_costs(const char *workspace, int n, double *ms)
{
    Sandbox *sb = open_on(workspace);
    if (!sb) return;
    char *err = NULL;
    printf("a submit's check with its workspace fingerprint, N=%d\n", n);
    for (int host = 1; host >= 0; host--) {
        double cpu0 = bench_cpu_seconds_with_children();
        for (int i = 0; i < n; i++) {
            SandboxExecRequest req = {.check = true};
            char *command = host ? check_reuse_request(sb, &req, "true")
                                 : xasprintf("%strue", check_reuse_fingerprint_script());
            req.command = command;
            double t0 = util_monotonic_seconds();
            SandboxExecResult *r = sandbox_exec_wait(sb, &req);
            ms[i] = (util_monotonic_seconds() - t0) * 1000;
            char *tree = r->error ? NULL : check_reuse_result_tree(host, r);
            if (!tree) fprintf(stderr, "no fingerprint: %s\n", r->error ? r->error : "");
            free(tree);
            sandbox_exec_result_free(r);
            free(command);
        }
        printf("  %-25s median %6.2f ms, CPU %6.2f ms per check\n", host ? "on the host (ns):" : "by script in the sandbox:",
               percentile(ms, n, 0.5), (bench_cpu_seconds_with_children() - cpu0) * 1000 / n);
    }
    char *dest = xasprintf("/tmp/worksim-bench-save-%ld", (long)getpid());
    for (int edit = 0; edit <= 1; edit++) {
        double cpu = 0;
        for (int i = 0; i < n; i++) {
            if (edit) {
                SandboxExecRequest req = {.command = "date +%N >> worksim-bench-edit"};
                sandbox_exec_result_free(sandbox_exec_wait(sb, &req));
            }
            double t0 = util_monotonic_seconds(), cpu0 = bench_cpu_seconds_with_children();
            if (!sandbox_save_tree(sb, SANDBOX_TREE_WORKSPACE, dest, &err)) {
                fprintf(stderr, "save: %s\n", err);
                free(err);
                err = NULL;
            }
            cpu += bench_cpu_seconds_with_children() - cpu0;
            ms[i] = (util_monotonic_seconds() - t0) * 1000;
        }
        printf("  saving the workspace, %-17s median %6.2f ms, CPU %6.2f ms per save\n",
               edit ? "one file edited:" : "unchanged:", percentile(ms, n, 0.5), cpu * 1000 / n);
    }
    util_remove_tree(dest);
    free(dest);
    sandbox_close(sb);
}

/* One check exec (`true`) before the base is recorded, after (the /base bind), and with the
 * check prelude restoring the workspace's tests/ folder (when it has one). */
static void bench_checks(const char *workspace, int n, double *ms)
{
    Sandbox *sb = open_on(workspace);
    if (!sb) return;
    char *err = NULL;
    printf("check exec `true` (copy of the workspace each time), N=%d\n", n);
    printf("  without a base:            median %6.2f ms\n", check_median(sb, "true", n, ms));
    for (int i = 0; i < n; i++) {
        double t0 = util_monotonic_seconds();
        if (!sandbox_record_base(sb, &err)) fprintf(stderr, "record base: %s\n", err);
        ms[i] = (util_monotonic_seconds() - t0) * 1000;
    }
    printf("  recording the base:        median %6.2f ms (once per run)\n", percentile(ms, n, 0.5));
    printf("  with /base bound:          median %6.2f ms\n", check_median(sb, "true", n, ms));
    char *plain = check_truth_command("0123456789abcdef0123456789abcdef01234567", NULL, 0, "true");
    printf("  + WORKSIM_BASE_COMMIT:     median %6.2f ms\n", check_median(sb, plain, n, ms));
    char *tests = xstrdup("tests");
    char *guarded = check_truth_command("0123456789abcdef0123456789abcdef01234567", &tests, 1, "true");
    printf("  + protect tests/ restored: median %6.2f ms\n", check_median(sb, guarded, n, ms));
    free(plain), free(guarded), free(tests);
    sandbox_close(sb);
}

static void report(const char *label, double *total, double *exec_only, int n)
{
    printf("%-28s median %6.2f ms  p90 %6.2f ms  | exec alone: median %6.2f ms  p90 %6.2f ms\n", label,
           percentile(total, n, 0.5), percentile(total, n, 0.9), percentile(exec_only, n, 0.5),
           percentile(exec_only, n, 0.9));
    int m = n < 1024 ? n : 1024;
    printf("%-28s open median %6.2f ms, close median %6.2f ms\n", "", percentile(open_ms, m, 0.5),
           percentile(close_ms, m, 0.5));
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 50;
    if (n < 1) n = 50;
    const char *ws = argc > 2 ? argv[2] : NULL;
    glob_t g = {0};
    if (!ws && glob(WORKSIM_SOURCE_DIR "/scenarios/*/workspace", 0, NULL, &g) == 0 && g.gl_pathc > 0)
        ws = g.gl_pathv[0];

    double *total = xcalloc((size_t)n, sizeof *total);
    double *exec_only = xcalloc((size_t)n, sizeof *exec_only);
    /* Warm-up: the first sandbox of a process probes bwrap and builds the seccomp filter. */
    if (!bench_cycle(NULL, 1, total, exec_only)) return 3;

    /* What the ns sandbox does on this machine changes the cost: say it with the numbers. */
    char *cg = NULL;
    bool capped = ns_cgroup_check(&cg);
    printf("ns: pid 1 %s; cgroup %s%s%s; running as %s\n", ns_init_path() ? "worksim-ns-init" : "bwrap's reaper",
           capped ? "on (" : "off (", cg, ")", geteuid() == 0 ? "root (capped tmpfs for workspace and /tmp)" : "a user");
    free(cg);
    printf("sandbox open -> exec /bin/true -> close, N=%d\n", n);
    if (!bench_cycle(NULL, n, total, exec_only)) return 3;
    report("empty workspace", total, exec_only, n);
    if (ws) {
        if (!bench_cycle(ws, n, total, exec_only)) return 3;
        char *label = xasprintf("workspace %s", strrchr(ws, '/') ? ws : ws);
        report("with workspace copy", total, exec_only, n);
        printf("  (workspace: %s)\n", label);
        free(label);
        bench_checks(ws, n, total);
        bench_check_costs(ws, n, total);
    }
    free(total);
    free(exec_only);
    if (g.gl_pathc) globfree(&g);
    return 0;
}
