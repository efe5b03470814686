/* test_exec_trace.c: the exec trace of the learner's shell in a real bubblewrap sandbox: each
 * command's report lists exactly the programs its process tree executed (resolved path, argv,
 * cwd); bash functions, aliases and builtins exec nothing; and the learner cannot forge a
 * record (write into the trace fd, kill the tracer, install a second listener) nor hide an
 * exec (a non-dumpable caller shows as unreadable); a command that ends the shell (`exit`) is
 * traced like any other. Checks (sandbox execs) are not traced.
 * `test_exec_trace vm` (ctest test_exec_trace_vm, slow) runs the same properties in one VM
 * shell, where the guest agent's shell init is the tracer; it exits 77 when no VM can start.
 * Driven by loop_run_until_idle; no sleeps. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/loop.h"
#include "core/events.h"
#include "core/shell_execs.h"
#include "core/shell_session.h"
#include "sandbox/sandbox.h"
#include "sandbox/exec_trace.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { MAX_REPORTS = 16 };

typedef struct Seen {
    int n;
    char *line[MAX_REPORTS];
    char *output[MAX_REPORTS];
    cJSON *execs[MAX_REPORTS];     /* a copy; an empty array when none */
    bool traced[MAX_REPORTS];
    int n_background;
} Seen;

typedef struct Fixture {
    Loop *loop;
    Sandbox *sb;
    ShellSession *s;
    Seen seen;
} Fixture;

static void on_command(void *ud, const ShellCommandReport *r)
{
    Seen *seen = ud;
    if (seen->n >= MAX_REPORTS) return;
    seen->line[seen->n] = xstrdup(r->line);
    seen->output[seen->n] = xstrndup(r->output, r->output_len);
    seen->execs[seen->n] = r->execs ? cJSON_Duplicate(r->execs, true) : cJSON_CreateArray();
    seen->traced[seen->n] = r->traced;
    seen->n++;
}

static void on_background(void *ud, const cJSON *execs, int dropped, bool lost)
{
    (void)execs;
    (void)dropped;
    (void)lost;
    ((Seen *)ud)->n_background++;
}

static SandboxBackend backend = SANDBOX_NS;
static Sandbox *vm_probe;   /* vm mode: the VM main() booted, taken by the vm case */

static bool fixture_open(Fixture *f)
{
    memset(f, 0, sizeof *f);
    char *err = NULL;
    SandboxConfig cfg = {.backend = backend, .workspace_src = NULL};
    char *ws = xasprintf("%s/ws-trace", testlib_temp_dir());
    mkdir(ws, 0755);
    cfg.workspace_src = ws;
    f->sb = vm_probe ? vm_probe : sandbox_open(&cfg, &err);
    vm_probe = NULL;
    if (!f->sb) testlib_fail(__FILE__, __LINE__, "sandbox_open: %s", err ? err : "?");
    if (f->sb) {
        f->loop = loop_new(true);
        f->s = shell_session_open(f->sb, f->loop, 24, 80, on_command, NULL, &f->seen, &err);
        if (!f->s) testlib_fail(__FILE__, __LINE__, "shell_session_open: %s", err ? err : "?");
        shell_session_on_execs(f->s, on_background);
    }
    free(err);
    free(ws);
    return f->s != NULL;
}

static void fixture_close(Fixture *f)
{
    shell_session_close(f->s);
    sandbox_close(f->sb);
    loop_free(f->loop);
    for (int i = 0; i < f->seen.n; i++) {
        free(f->seen.line[i]);
        free(f->seen.output[i]);
        cJSON_Delete(f->seen.execs[i]);
    }
}

/* Types line, runs the loop until idle; returns the report's index or -1. */
static int run(Fixture *f, const char *line)
{
    int before = f->seen.n;
    CHECK(shell_session_type_command(f->s, line, 30));
    loop_run_until_idle(f->loop, NULL);
    CHECK(f->seen.n == before + 1);
    return f->seen.n == before + 1 ? before : -1;
}

static const char *str(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItem(o, k);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* "path|arg0 arg1 ...|cwd" per exec, joined by newlines: the whole list compared at once. */
static char *describe(const cJSON *execs)
{
    Buf b = {0};
    const cJSON *e;
    cJSON_ArrayForEach(e, execs) {
        buf_printf(&b, "%s|", str(e, "path") ? str(e, "path") : "?");
        const cJSON *a;
        int i = 0;
        cJSON_ArrayForEach(a, cJSON_GetObjectItem(e, "argv")) buf_printf(&b, "%s%s", i++ ? " " : "", a->valuestring);
        buf_printf(&b, "|%s%s%s\n", str(e, "cwd") ? str(e, "cwd") : "?",
                   cJSON_IsTrue(cJSON_GetObjectItem(e, "unreadable")) ? "|unreadable" : "",
                   cJSON_IsTrue(cJSON_GetObjectItem(e, "failed")) ? "|failed" : "");
    }
    return b.data ? buf_steal(&b) : xstrdup("");
}

static void check_execs(Fixture *f, int i, const char *want)
{
    if (i < 0) return;
    char *got = describe(f->seen.execs[i]);
    if (strcmp(got, want) != 0)
        testlib_fail(__FILE__, __LINE__, "command '%s' execs:\n%s\nwanted:\n%s", f->seen.line[i], got, want);
    free(got);
}

static void test_real_execs_with_argv_and_paths(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    int i = run(&f, "printf '#!/bin/sh\\necho x\\n' > /tmp/x && chmod +x /tmp/x");
    check_execs(&f, i, "/usr/bin/chmod|chmod +x /tmp/x|/workspace\n");
    CHECK(i >= 0 && f.seen.traced[i]);
    /* git by PATH, a function (no exec), /bin/true with arguments, a relative path in a
     * subshell's other cwd (the script's interpreter is the kernel's business: one exec). */
    i = run(&f, "git --version >/dev/null; f(){ :; }; f; /bin/true a b; (cd /tmp && ./x)");
    check_execs(&f, i, "/usr/bin/git|git --version|/workspace\n/bin/true|/bin/true a b|/workspace\n/tmp/x|./x|/tmp\n");
    CHECK(i >= 0 && f.seen.traced[i]);
    /* A program that does not exist there: recorded, flagged failed. */
    i = run(&f, "./nothing-here 2>/dev/null; true");
    check_execs(&f, i, "/workspace/nothing-here|./nothing-here|/workspace|failed\n");
    /* A lone "-" argument (python3 -, cat -) is an argument, not an unreadable field: it was
     * once written bare, read back as "unreadable" and the rest of the run lost its trace. */
    i = run(&f, "echo hi | cat -");
    check_execs(&f, i, "/usr/bin/cat|cat -|/workspace\n");
    i = run(&f, "/bin/true after-dash");
    check_execs(&f, i, "/bin/true|/bin/true after-dash|/workspace\n");
    CHECK(i >= 0 && f.seen.traced[i]);
out:
    fixture_close(&f);
}

static void test_functions_and_aliases_exec_nothing(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    int i = run(&f, "mkdir -p bin; bin/timesheet() { echo 'Mon 09:00-17:00'; }; bin/timesheet");
    check_execs(&f, i, "/usr/bin/mkdir|mkdir -p bin|/workspace\n");
    CHECK(i >= 0 && strstr(f.seen.output[i], "Mon 09:00-17:00"));
    run(&f, "alias git='echo git version 9.9'");
    i = run(&f, "git");
    check_execs(&f, i, "");
    CHECK(i >= 0 && f.seen.traced[i] && strstr(f.seen.output[i], "git version 9.9"));
out:
    fixture_close(&f);
}

/* Installs a filter with its own listener (SECCOMP_FILTER_FLAG_NEW_LISTENER): prints
 * "listener -1 16" when the kernel refuses it (EBUSY: the tracer's is above it). */
#define SECOND_LISTENER \
    "python3 -c 'import ctypes,struct\n" \
    "libc=ctypes.CDLL(None,use_errno=True)\n" \
    "libc.prctl(38,1,0,0,0)\n" \
    "ins=struct.pack(\"HBBI\",6,0,0,0x7fff0000)\n" \
    "buf=ctypes.create_string_buffer(ins)\n" \
    "prog=struct.pack(\"HxxxxxxQ\",1,ctypes.addressof(buf))\n" \
    "pb=ctypes.create_string_buffer(prog)\n" \
    "r=libc.syscall(317,1,8,pb)\n" \
    "print(\"listener\",r,ctypes.get_errno())'"

/* Forging a record or stopping the tracer, on either backend: each attempt fails. */
static void forgeries_fail(Fixture *f)
{
    /* The tracer (fd 7 on ns) is pid 1, non-dumpable: /proc/1/fd stays closed. */
    int i = run(f, "for fd in 3 4 5 6 7 8 9; do echo 'X 9 1 0 1.0 /workspace /workspace/bin/timesheet - 1 timesheet' "
                   "> /proc/1/fd/$fd; done 2>/dev/null; ls /proc/1/fd/ 2>&1");
    CHECK(i >= 0 && strstr(f->seen.output[i], "ermission denied"));
    check_execs(f, i, "/usr/bin/ls|ls /proc/1/fd/|/workspace\n");
    /* The learner holds no pipe (the shell got fds 0-2 only). */
    i = run(f, "ls -l /proc/$$/fd | grep -c pipe; true");
    CHECK(i >= 0 && strncmp(f->seen.output[i], "0", 1) == 0);
    /* SIGKILL to the namespace init from inside is ignored: the trace goes on. */
    i = run(f, "kill -9 1; echo still");
    CHECK(i >= 0 && strstr(f->seen.output[i], "still") && f->seen.traced[i]);
    i = run(f, "/bin/true after-kill");
    check_execs(f, i, "/bin/true|/bin/true after-kill|/workspace\n");
    CHECK(i >= 0 && f->seen.traced[i]);
    /* A second listener in the filter tree is refused (EBUSY), so no one else can answer. */
    i = run(f, SECOND_LISTENER);
    CHECK(i >= 0 && strstr(f->seen.output[i], "listener -1 16"));
}

/* The learner's ways to forge or hide an exec: each fails, or shows as unreadable. */
static void test_forgery_attempts_fail(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    forgeries_fail(&f);
    /* A caller that made itself non-dumpable still shows up: as unreadable. */
    int i = run(&f, "python3 -c 'import ctypes,os; ctypes.CDLL(None).prctl(4,0,0,0,0); os.execv(\"/bin/true\",[\"/bin/true\",\"hidden\"])'");
    if (i >= 0) {
        char *got = describe(f.seen.execs[i]);
        CHECK(strstr(got, "|unreadable") != NULL);
        CHECK(strstr(got, "/bin/true|/bin/true hidden") == NULL);
        free(got);
    }
out:
    fixture_close(&f);
}

/* Sandbox execs (checks, run:sh) run without the tracer's filter; the shell has it. */
static void test_checks_are_not_traced(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    int i = run(&f, "grep Seccomp_filters /proc/self/status");
    CHECK(i >= 0 && strstr(f.seen.output[i], "2"));
    SandboxExecRequest req = {.command = "grep Seccomp_filters /proc/self/status", .timeout = 30};
    SandboxExecResult *r = sandbox_exec_wait(f.sb, &req);
    CHECK(r && r->output && strstr(r->output, "1") && !strstr(r->output, "2"));
    sandbox_exec_result_free(r);
out:
    fixture_close(&f);
}

/* The reader never takes a malformed or forged-looking stream as evidence. */
static void on_rec(void *ud, const ExecTraceRecord *r)
{
    (void)r;
    (*(int *)ud)++;
}

static void test_reader_rejects_malformed_streams(void)
{
    int n = 0;
    ExecTrace *t = exec_trace_new();
    const char ok[] = "T 1\nX 5 1 0 1733450000.5 /w /usr/bin/git - 2 git show\n";
    exec_trace_feed(t, ok, sizeof ok - 1, on_rec, &n);
    CHECK(n == 1 && exec_trace_state(t) == EXEC_TRACE_ACTIVE);
    const char bad[] = "X 5 1 0 1733450000.5 /w /usr/bin/git - 3 git show\n";   /* argc says 3 */
    exec_trace_feed(t, bad, sizeof bad - 1, on_rec, &n);
    CHECK(n == 1 && exec_trace_state(t) == EXEC_TRACE_LOST);
    exec_trace_feed(t, ok + 4, sizeof ok - 5, on_rec, &n);   /* nothing counts after a loss */
    CHECK(n == 1);
    exec_trace_free(t);
    t = exec_trace_new();
    exec_trace_feed(t, ok + 4, sizeof ok - 5, on_rec, &n);     /* a record before "T" */
    CHECK(n == 1 && exec_trace_state(t) == EXEC_TRACE_LOST);
    exec_trace_free(t);
}

/* Reads stream through a pipe to its end; whether the trace counts as whole there. */
static bool whole_after(const char *stream)
{
    int p[2], n = 0;
    if (pipe(p) != 0) return false;
    CHECK(write(p[1], stream, strlen(stream)) == (ssize_t)strlen(stream));
    close(p[1]);
    ExecTrace *t = exec_trace_new();
    exec_trace_read(t, p[0], on_rec, &n);
    close(p[0]);
    bool whole = exec_trace_ended(t) && exec_trace_whole(t);
    exec_trace_free(t);
    return whole;
}

/* A clean end after an active trace is whole (a shell that exited: nothing was dropped); a
 * cut record, a tracer's "L" (the VM's gap marker too) or no "T" is not. */
static void test_clean_end_is_whole(void)
{
    CHECK(whole_after("T 1\nX 5 1 0 1733450000.5 /w /usr/bin/git - 2 git show\n"));
    CHECK(whole_after("T 1\n"));
    CHECK(!whole_after("T 1\nX 5 1 0 1733450000.5 /w /usr/bin/git - 2 git"));
    CHECK(!whole_after("T 1\nX 5 1 0 1733450000.5 /w /usr/bin/git - 2 git show\n\nL the trace queue overflowed\n"));
    CHECK(!whole_after("T 1\nL the tracer stopped\n"));
    CHECK(!whole_after(""));
}

/* A command that ends the shell (`...; exit`, `exec prog`) keeps its trace: it lists what ran
 * and counts as traced, so "echo canned; exit" is known to have run nothing. The next shell is
 * traced as well. */
static void shell_exit_keeps_trace(Fixture *f)
{
    int i = run(f, "/bin/true before-exit; exit");
    check_execs(f, i, "/bin/true|/bin/true before-exit|/workspace\n");
    CHECK(i >= 0 && f->seen.traced[i]);
    i = run(f, "echo 'sqlite3 says 42'; exit");
    check_execs(f, i, "");
    CHECK(i >= 0 && f->seen.traced[i] && strstr(f->seen.output[i], "sqlite3 says 42"));
    i = run(f, "exec /bin/true replaced");
    check_execs(f, i, "/bin/true|/bin/true replaced|/workspace\n");
    CHECK(i >= 0 && f->seen.traced[i]);
    i = run(f, "/bin/true next-shell");
    check_execs(f, i, "/bin/true|/bin/true next-shell|/workspace\n");
    CHECK(i >= 0 && f->seen.traced[i]);
}

static void test_shell_exit_keeps_trace(void)
{
    Fixture f;
    if (fixture_open(&f)) shell_exit_keeps_trace(&f);
    fixture_close(&f);
}

/* The log keeps a command's execs exactly (resume, regrade and replay rebuild from it). */
static void test_command_event_keeps_execs(void)
{
    cJSON *execs = cJSON_Parse("[{\"path\":\"/usr/bin/git\",\"argv\":[\"git\",\"show\",\"feature\"],"
                               "\"cwd\":\"/workspace\",\"pid\":7}]");
    char *json = ev_command_json(&(EvCommand){.line = "git show feature", .exit = 0, .output = "", .seconds = 0.1,
                                               .execs = execs, .execs_dropped = 3, .traced = true});
    EvCommand back;
    cJSON *doc = NULL;
    char *err = NULL;
    CHECK(ev_command_parse(json, &back, &doc, &err));
    CHECK(back.traced && back.execs_dropped == 3 && cJSON_Compare(back.execs, execs, true));
    cJSON_Delete(doc);
    free(json);
    free(err);
    /* An older log's command (no execs, no traced) reads as untraced: no evidence either way. */
    CHECK(ev_command_parse("{\"line\":\"ls\",\"exit\":0,\"output\":\"\",\"output_total\":0,\"seconds\":0}",
                           &back, &doc, &err));
    CHECK(!back.traced && back.execs == NULL);
    cJSON_Delete(doc);
    cJSON_Delete(execs);
}

/* The vm backend, one VM (TCG boots are slow): the guest agent's shell init traces as
 * worksim-ns-init does. Exact execs for programs by PATH and by path, none for a function
 * named like a program, and the learner's forgeries inside the guest fail. */
static void test_vm_shell_is_traced(void)
{
    Fixture f;
    if (!fixture_open(&f)) goto out;
    int i = run(&f, "git --version >/dev/null; f(){ :; }; f; /bin/true a b; (cd /tmp && ls -d .)");
    check_execs(&f, i, "/usr/bin/git|git --version|/workspace\n/bin/true|/bin/true a b|/workspace\n"
                       "/usr/bin/ls|ls -d .|/tmp\n");
    CHECK(i >= 0 && f.seen.traced[i]);
    i = run(&f, "mkdir -p bin; bin/timesheet() { echo 'Mon 09:00-17:00'; }; bin/timesheet");
    check_execs(&f, i, "/usr/bin/mkdir|mkdir -p bin|/workspace\n");
    CHECK(i >= 0 && f.seen.traced[i] && strstr(f.seen.output[i], "Mon 09:00-17:00"));
    /* The tracer is pid 1 of the shell's namespace, root and non-dumpable. */
    forgeries_fail(&f);
    shell_exit_keeps_trace(&f);
out:
    fixture_close(&f);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "vm") == 0) {
        backend = SANDBOX_VM;
        char *ws = xasprintf("%s/ws-trace", testlib_temp_dir()), *err = NULL;
        mkdir(ws, 0755);
        SandboxConfig cfg = {.backend = SANDBOX_VM, .workspace_src = ws};
        vm_probe = sandbox_open(&cfg, &err);
        free(ws);
        if (!vm_probe) {
            printf("SKIP test_exec_trace vm: the vm backend cannot start on this machine: %s\n", err ? err : "?");
            free(err);
            return 77;
        }
        static const TestCase vm_cases[] = {TEST_CASE(test_vm_shell_is_traced)};
        return testlib_main(argc - 1, argv + 1, vm_cases, 1);
    }
    static const TestCase cases[] = {
        TEST_CASE(test_reader_rejects_malformed_streams),
        TEST_CASE(test_clean_end_is_whole),
        TEST_CASE(test_command_event_keeps_execs),
        TEST_CASE(test_real_execs_with_argv_and_paths),
        TEST_CASE(test_functions_and_aliases_exec_nothing),
        TEST_CASE(test_shell_exit_keeps_trace),
        TEST_CASE(test_forgery_attempts_fail),
        TEST_CASE(test_checks_are_not_traced),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
