/* bench_exec_trace.c: what the exec trace costs. Runs `for i in $(seq N); do /bin/true; done`
 * in the learner's shell of a real ns sandbox and prints the CPU seconds (user+sys) of this
 * process and everything it reaped (bwrap, the namespace init, the shell and its children:
 * the shell exits by itself so each level reaps the one below).
 * Compare with WORKSIM_NO_EXEC_TRACE=1 (the same shell without the tracer).
 * Usage: bench_exec_trace [N]   (default 1000) */
#define _GNU_SOURCE
#include "bench_cpu.h"
#include "base/loop.h"
#include "base/util.h"
#include "core/shell_session.h"
#include "sandbox/sandbox.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static int reports;
static int execs;
static void on_command(void *ud, const ShellCommandReport *r)
{
    (void)ud;
    reports++;
    int n = cJSON_GetArraySize(r->execs) + r->execs_dropped;
    if (n > execs) execs = n;
}

static int shell_gone;
static void on_output(void *ud, const char *bytes, size_t n)
{
    (void)ud;
    if (memmem(bytes, n, "shell exited", 12)) shell_gone = 1;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 1000;
    char *err = NULL;
    char dir[] = "/tmp/bench-exec-trace-XXXXXX";
    if (!mkdtemp(dir)) return 1;
    SandboxConfig cfg = {.backend = SANDBOX_NS, .workspace_src = dir};
    Sandbox *sb = sandbox_open(&cfg, &err);
    if (!sb) {
        fprintf(stderr, "sandbox: %s\n", err ? err : "?");
        return 1;
    }
    Loop *loop = loop_new(true);
    ShellSession *s = shell_session_open(sb, loop, 24, 80, on_command, on_output, NULL, &err);
    if (!s) {
        fprintf(stderr, "shell: %s\n", err ? err : "?");
        return 1;
    }
    shell_session_type_command(s, "true", 60);   /* the shell is up */
    loop_run_until_idle(loop, NULL);
    char *line = xasprintf("for i in $(seq %d); do /bin/true; done", n);
    double before = bench_cpu_seconds_with_children(), wall = util_monotonic_seconds();
    shell_session_type_command(s, line, 600);
    loop_run_until_idle(loop, NULL);
    /* The shell leaves by itself, so the namespace init reaps it and bwrap the init: only then
     * do their CPU times reach this process's children count (a kill would drop them). */
    shell_session_write(s, "exit\r", 5);
    double end = util_monotonic_seconds() + 120;
    while (!shell_gone && util_monotonic_seconds() < end) loop_run_once(loop, 100);
    shell_session_close(s);
    sandbox_close(sb);
    double cpu = bench_cpu_seconds_with_children() - before;
    printf("%d execs recorded, %.2f s CPU (self + reaped), %.2f s wall\n", execs, cpu, util_monotonic_seconds() - wall);
    free(line);
    loop_free(loop);
    rmdir(dir);
    return reports == 2 ? 0 : 1;
}
