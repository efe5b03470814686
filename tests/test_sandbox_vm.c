/* test_sandbox_vm.c: the vm (QEMU microvm + guest agent) sandbox backend against sandbox.h.
 * Builds the guest image first (scripts/build-guest.sh, cached) and skips cleanly, saying
 * why, only when that is impossible here (no QEMU, no package archive). Boots are costly
 * under TCG (~3 s of a core), so most cases share one VM; labelled "slow" in ctest. */
#define _GNU_SOURCE
#include "testlib.h"

#include "sandbox/sandbox.h"
#include "sandbox/vm/vm.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static Sandbox *shared;
static int qemu_before;

/* Counts running qemu-system processes of this test's sandboxes: as root each VM runs as
 * its own uid, 0x60000000 + (pid mod 2^22) * 64 + slot (sandbox/vm/vm_sandbox.c); others
 * (colleagues' VMs) are not counted. */
static bool ours(const char *pid)
{
    char path[300], line[256];
    snprintf(path, sizeof path, "/proc/%s/status", pid);
    FILE *f = fopen(path, "re");
    unsigned long uid = ~0ul;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "Uid:", 4) == 0) uid = strtoul(line + 4, NULL, 10);
    if (f) fclose(f);
    if (geteuid() != 0) return uid == (unsigned long)getuid();
    unsigned long base = 0x60000000ul + ((unsigned long)getpid() % (1ul << 22)) * 64;
    return uid >= base && uid < base + 64;
}

static int count_qemu(void)
{
    int n = 0;
    DIR *d = opendir("/proc");
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        char path[300], comm[64] = "";
        snprintf(path, sizeof path, "/proc/%s/comm", e->d_name);
        FILE *f = fopen(path, "re");
        if (f && fgets(comm, sizeof comm, f) && strncmp(comm, "qemu-system", 11) == 0 && ours(e->d_name)) n++;
        if (f) fclose(f);
    }
    if (d) closedir(d);
    return n;
}

static SandboxExecResult *run_req(Sandbox *sb, const char *cmd, bool root, bool check, double timeout)
{
    SandboxExecRequest req = {.command = cmd, .as_root = root, .check = check, .timeout = timeout};
    SandboxExecResult *r = sandbox_exec_wait(sb, &req);
    if (r->error) testlib_fail(__FILE__, __LINE__, "exec '%s': %s", cmd, r->error);
    return r;
}

static SandboxExecResult *run(Sandbox *sb, const char *cmd) { return run_req(sb, cmd, false, false, 30); }

static char *make_workspace(void)
{
    char *ws = xasprintf("%s/ws", testlib_temp_dir());
    char *sub = xasprintf("%s/sub", ws);
    mkdir(ws, 0755);
    mkdir(sub, 0755);
    char *a = xasprintf("%s/a.txt", ws), *b = xasprintf("%s/b.txt", sub);
    char *secret = xasprintf("%s/host-secret", testlib_temp_dir()), *leak = xasprintf("%s/leak", ws);
    char *fifo = xasprintf("%s/fifo", ws);
    util_write_file(a, "alpha\n", 6, NULL);
    util_write_file(b, "beta\n", 5, NULL);
    util_write_file(secret, "TOPSECRET\n", 10, NULL);
    if (symlink(secret, leak) != 0) testlib_fail(__FILE__, __LINE__, "symlink");
    mkfifo(fifo, 0644);
    free(sub), free(a), free(b), free(secret), free(leak), free(fifo);
    return ws;
}

static void test_vm_boots_with_the_workspace_and_runs_as_learner(void)
{
    qemu_before = count_qemu();
    char *ws = make_workspace();
    setenv("WORKSIM_VM_TEST_SECRET", "hunter2-host-only", 1);
    SandboxConfig cfg = {.backend = SANDBOX_VM, .workspace_src = ws};
    char *err = NULL;
    double t0 = util_monotonic_seconds();
    shared = sandbox_open(&cfg, &err);
    if (!shared) testlib_fail(__FILE__, __LINE__, "sandbox_open: %s", err ? err : "?");
    free(err);
    free(ws);
    REQUIRE(shared);
    printf("  open: %.2f s\n", util_monotonic_seconds() - t0);
    CHECK_STR_EQ(sandbox_backend_name(shared), "vm");
    SandboxExecResult *r = run(shared, "cat a.txt sub/b.txt; id -u; pwd; ls -A; exit 7");
    printf("  open to first command done (boot): %.2f s\n", util_monotonic_seconds() - t0);
    CHECK_INT_EQ(r->exit_code, 7);
    CHECK_CONTAINS(r->output, "alpha\nbeta\n1000\n/workspace\n");
    CHECK(!strstr(r->output, "leak"));        /* links and FIFOs are not copied in */
    CHECK(!strstr(r->output, "fifo"));
    sandbox_exec_result_free(r);
    r = run_req(shared, "id -u", true, false, 30);
    CHECK_STR_EQ(r->output, "0\n");
    sandbox_exec_result_free(r);
}

static void test_vm_exec_timeout_cap_and_stdin(void)
{
    REQUIRE(shared);
    /* 4 s: at a load of 40 a 1.5 s budget ran out before bash had printed anything; stopped
     * well before the sleep would have ended, by the guest (the host's own deadline is 30 s on) */
    SandboxExecResult *r = run_req(shared, "echo started; sleep 60", false, false, 4.0);
    CHECK(r->timed_out);
    CHECK(r->exit_code >= 128);
    CHECK(r->seconds < 30);
    CHECK_CONTAINS(r->output, "started");
    sandbox_exec_result_free(r);
    /* a check gets its budget times the emulation's slowdown (sandbox_check_time_scale). Told
     * by the guest's own clock, the one its agent times commands by (a TCG guest that booted
     * under load may keep time off the host's): a check with a 3 s budget that prints the
     * guest's uptime every 0.2 s spans more than 3 s of it only when it was given more */
    double scale = sandbox_check_time_scale(shared);
    CHECK(scale >= 1.0);
    r = run_req(shared, "while :; do read -r u _ < /proc/uptime; echo \"$u\"; sleep 0.2; done", false, true, 3.0);
    CHECK(r->timed_out);
    double first = 0, last = 0;
    for (const char *p = r->output; p && *p;) {
        double u = strtod(p, NULL);
        if (first == 0) first = u;
        last = u;
        p = strchr(p, '\n');
        if (p) p++;
    }
    double span = last - first;
    printf("  a check with a 3 s budget ran %.1f s of guest time (scale %.0f)\n", span, scale);
    if (scale > 1.0) CHECK(span > 4.0);
    else CHECK(span <= 3.0);
    sandbox_exec_result_free(r);
    r = run(shared, "head -c 1000000 /dev/zero | tr '\\0' x");
    CHECK_INT_EQ(r->output_len, 256 * 1024);
    CHECK_INT_EQ(r->output_total, 1000000);
    sandbox_exec_result_free(r);
    SandboxExecRequest req = {.command = "tr a-z A-Z", .stdin_data = "piped in", .stdin_len = 8};
    r = sandbox_exec_wait(shared, &req);
    CHECK_STR_EQ(r->output, "PIPED IN");
    sandbox_exec_result_free(r);
}

static void test_vm_no_network_no_host_env_no_control_port(void)
{
    REQUIRE(shared);
    SandboxExecResult *r = run(shared, "ls /sys/class/net");
    CHECK_STR_EQ(r->output, "lo\n");
    sandbox_exec_result_free(r);
    r = run(shared, "env; cat /proc/1/environ; cat /proc/*/environ 2>/dev/null");
    CHECK(!strstr(r->output, "hunter2"));
    CHECK(!strstr(r->output, "WORKSIM_VM_TEST_SECRET"));
    sandbox_exec_result_free(r);
    /* Every job, the learner's and root ones (scenario hooks) alike, finds /dev/null bound
     * over the control port (itself 0600 root), so nothing inside can forge replies. */
    r = run(shared, "for p in /dev/vport*; do stat -c '%t:%T' $p; done; ls /sys/class/virtio-ports");
    CHECK_STR_EQ(r->output, "1:3\nvport0p1\n");
    sandbox_exec_result_free(r);
    r = run_req(shared, "for p in /dev/vport*; do stat -c '%t:%T' $p; done", true, false, 30);
    CHECK_STR_EQ(r->output, "1:3\n");
    sandbox_exec_result_free(r);
    r = run(shared, "touch /usr/x 2>&1; touch /etc/x 2>&1; touch /x 2>&1; grep -c . /proc/self/status >/dev/null; "
                    "grep CapEff /proc/self/status");
    CHECK_CONTAINS(r->output, "CapEff:\t0000000000000000");
    CHECK(strstr(r->output, "Read-only file system") || strstr(r->output, "Permission denied"));
    sandbox_exec_result_free(r);
}

static void test_vm_files_in_and_out_without_links(void)
{
    REQUIRE(shared);
    char *err = NULL;
    CHECK(sandbox_write_file(shared, "sub/new.txt", "from host\n", 10, &err));
    free(err);
    err = NULL;
    SandboxExecResult *r = run(shared, "cat sub/new.txt; stat -c %U sub/new.txt; printf result > out.txt; "
                                       "ln -s /etc/passwd lnk; ln -s .. up; mkfifo pipe");
    CHECK_STR_EQ(r->output, "from host\nlearner\n");
    sandbox_exec_result_free(r);
    size_t len = 0;
    char *data = sandbox_read_file(shared, "out.txt", 1024, &len, &err);
    CHECK_STR_EQ(data, "result");
    CHECK_INT_EQ(len, 6);
    free(data);
    free(err);
    const char *refused[] = {"lnk", "up/etc/passwd", "../etc/passwd", "/etc/passwd", "pipe", "sub"};
    for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
        err = NULL;
        data = sandbox_read_file(shared, refused[i], 1 << 20, &len, &err);
        if (data) testlib_fail(__FILE__, __LINE__, "read of %s was allowed", refused[i]);
        CHECK(err != NULL);
        free(data);
        free(err);
    }
    err = NULL;
    CHECK(!sandbox_write_file(shared, "lnk", "x", 1, &err));
    free(err);
    err = NULL;
    data = sandbox_read_file(shared, "out.txt", 3, &len, &err);   /* over the cap */
    CHECK(data == NULL);
    free(data);
    free(err);
}

static void test_vm_check_sees_a_throwaway_copy(void)
{
    REQUIRE(shared);
    SandboxExecResult *r = run_req(shared, "cat a.txt; echo changed > a.txt; touch made-by-check; ls /proc | grep -c '^[0-9]'",
                                   false, true, 30);
    CHECK_CONTAINS(r->output, "alpha\n");
    sandbox_exec_result_free(r);
    r = run(shared, "cat a.txt; ls made-by-check 2>&1");
    CHECK_CONTAINS(r->output, "alpha\n");
    CHECK_CONTAINS(r->output, "No such file");
    sandbox_exec_result_free(r);
    /* A background process of one exec does not outlive it (own pid namespace). */
    r = run(shared, "setsid nohup sleep 300 >/dev/null 2>&1 & echo bg");
    sandbox_exec_result_free(r);
    r = run_req(shared, "ps -eo comm | grep -c '^sleep' || true", true, false, 30);
    CHECK_STR_EQ(r->output, "0\n");
    sandbox_exec_result_free(r);
}

/* DESIGN §3 on the vm backend: check jobs see the recorded base at /base and the scenario's
 * checks/ at /checks, read-only; other jobs (the learner's) reach neither: the agent keeps them
 * in its root-only store. */
static void test_vm_checks_see_base_and_checks_read_only(void)
{
    char *ws = xasprintf("%s/ws-truth", testlib_temp_dir());
    char *checks = xasprintf("%s/checks-truth", testlib_temp_dir());
    mkdir(ws, 0755);
    mkdir(checks, 0755);
    char *a = xasprintf("%s/a.txt", ws), *v = xasprintf("%s/verify.sh", checks);
    util_write_file(a, "base-alpha\n", 11, NULL);
    util_write_file(v, "echo hidden-check-ran\n", 22, NULL);
    char *shared_src = xasprintf("%s/checks-shared-truth", testlib_temp_dir());   /* scenarios/lib/checks */
    mkdir(shared_src, 0755);
    char *h = xasprintf("%s/helper.sh", shared_src);
    util_write_file(h, "echo shared-helper-ran\n", 23, NULL);
    SandboxConfig cfg = {.backend = SANDBOX_VM, .workspace_src = ws, .checks_src = checks, .checks_shared_src = shared_src};
    char *err = NULL;
    Sandbox *sb = sandbox_open(&cfg, &err);
    if (!sb) testlib_fail(__FILE__, __LINE__, "sandbox_open: %s", err ? err : "?");
    free(err);
    err = NULL;
    REQUIRE(sb);
    CHECK(sandbox_record_base(sb, &err));
    free(err);
    SandboxExecResult *r = run(sb, "echo learner-edit > a.txt; ls -A /base /checks 2>&1; ls /run/worksim 2>&1; echo plain-done");
    CHECK_CONTAINS(r->output, "plain-done");
    CHECK(!strstr(r->output, "verify.sh") && !strstr(r->output, "a.txt") && !strstr(r->output, "_shared"));
    CHECK_CONTAINS(r->output, "Permission denied");   /* the agent's store */
    sandbox_exec_result_free(r);
    r = run_req(sb, "cat /base/a.txt; sh /checks/verify.sh; sh /checks/_shared/helper.sh; "
                    "touch /base/x 2>/dev/null && echo BASE-WRITABLE; "
                    "touch /checks/x /checks/_shared/x 2>/dev/null && echo CHECKS-WRITABLE; echo check-done", false, true, 30);
    CHECK_CONTAINS(r->output, "base-alpha\nhidden-check-ran\nshared-helper-ran\n");
    CHECK_CONTAINS(r->output, "check-done");
    CHECK(!strstr(r->output, "WRITABLE"));
    sandbox_exec_result_free(r);
    sandbox_close(sb);
    free(a), free(v), free(ws), free(checks), free(h), free(shared_src);
}

/* Host md5 of a file, via md5sum (caller frees; "" when it cannot run). */
static char *host_md5(const char *path)
{
    char *cmd = xasprintf("md5sum < '%s' | cut -c1-32", path);
    char *out = NULL;
    testlib_sh(cmd, &out);
    free(cmd);
    return out ? out : xstrdup("");
}

/* sandbox_save_tree on vm (resume checkpoints, snapshots): the workspace and the base stream out
 * of the guest past the exec output cap, links as links, a FIFO left out, a hard link as a
 * file; a VM opened on those copies (a resumed run) has the same workspace and the same /base. */
static void test_vm_save_tree_streams_out_and_reopens(void)
{
    REQUIRE(shared);
    CHECK(sandbox_record_base(shared, &(char *){NULL}));
    SandboxExecResult *r = run(shared, "ln -sfn /etc/passwd lnk; rm -f pipe; mkfifo pipe; seq 1 400000 > big.txt; ln a.txt hard.txt; printf '#!/bin/sh\\n' > run.sh; "
                                       "chmod 755 run.sh; echo secret > locked; chmod 000 locked; echo edited > a.txt; "
                                       "md5sum < big.txt | cut -c1-32");
    char *guest_md5 = xstrdup(r->output);
    sandbox_exec_result_free(r);
    char *ws = xasprintf("%s/saved-ws", testlib_temp_dir()), *base = xasprintf("%s/saved-base", testlib_temp_dir());
    char *err = NULL;
    double t0 = util_monotonic_seconds();
    CHECK(sandbox_save_tree(shared, SANDBOX_TREE_WORKSPACE, ws, &err));
    double t_ws = util_monotonic_seconds() - t0;
    if (err) fprintf(stderr, "save workspace: %s\n", err);
    CHECK(sandbox_save_tree(shared, SANDBOX_TREE_BASE, base, &err));
    double t_base = util_monotonic_seconds() - t0 - t_ws;
    if (err) fprintf(stderr, "save base: %s\n", err);
    free(err);
    err = NULL;
    char *big = xasprintf("%s/big.txt", ws), *a = xasprintf("%s/a.txt", ws), *hard = xasprintf("%s/hard.txt", ws);
    char *lnk = xasprintf("%s/lnk", ws), *pipe_path = xasprintf("%s/pipe", ws), *runsh = xasprintf("%s/run.sh", ws);
    char *base_a = xasprintf("%s/a.txt", base), *locked = xasprintf("%s/locked", ws);
    struct stat st;
    CHECK(stat(big, &st) == 0 && st.st_size > (off_t)(1 << 20));   /* far past the 256 KiB exec cap */
    char *md5 = host_md5(big);
    CHECK_STR_EQ(md5, guest_md5);
    printf("  saved a %lld-byte workspace in %.2f s, the base in %.2f s\n", (long long)st.st_size, t_ws, t_base);
    char *text = util_read_file(a, NULL, NULL), *text_hard = util_read_file(hard, NULL, NULL);
    char *text_base = util_read_file(base_a, NULL, NULL);
    CHECK_STR_EQ(text, "edited\n");
    CHECK_STR_EQ(text_hard, "edited\n");      /* the edit went through the shared inode */
    CHECK_STR_EQ(text_base, "alpha\n");       /* the base as recorded */
    CHECK(lstat(lnk, &st) == 0 && S_ISLNK(st.st_mode));
    CHECK(lstat(pipe_path, &st) != 0);
    CHECK(stat(runsh, &st) == 0 && (st.st_mode & 0777) == 0755);
    CHECK(stat(hard, &st) == 0 && st.st_nlink == 1);          /* a file of its own on the host */
    CHECK(stat(locked, &st) == 0 && st.st_size == 7);
    /* Saved again over the first copy: swapped in, no scrap left beside it. */
    CHECK(sandbox_save_tree(shared, SANDBOX_TREE_WORKSPACE, ws, &err));
    free(err);
    err = NULL;
    char *scrap = xasprintf("%s.tmp-%d", ws, (int)getpid());
    CHECK(access(scrap, F_OK) != 0);

    /* Reopened as a resumed run reopens: links kept, the saved base at /base for checks. */
    SandboxConfig cfg = {.backend = SANDBOX_VM, .workspace_src = ws, .workspace_links = true, .base_src = base};
    Sandbox *sb = sandbox_open(&cfg, &err);
    if (!sb) testlib_fail(__FILE__, __LINE__, "sandbox_open: %s", err ? err : "?");
    free(err);
    if (sb) {
        r = run_req(sb, "cat a.txt /base/a.txt; readlink lnk; md5sum < big.txt | cut -c1-32", false, true, 60);
        char *want = xasprintf("edited\nalpha\n/etc/passwd\n%s", guest_md5);
        CHECK_STR_EQ(r->output, want);
        free(want);
        sandbox_exec_result_free(r);
        sandbox_close(sb);
    }
    free(guest_md5), free(md5), free(text), free(text_hard), free(text_base), free(scrap);
    free(ws), free(base), free(big), free(a), free(hard), free(lnk), free(pipe_path), free(runsh), free(base_a);
    free(locked);
}

static bool say(int fd, const char *s) { return write(fd, s, strlen(s)) == (ssize_t)strlen(s); }

static void test_vm_pty_shell_keeps_state(void)
{
    REQUIRE(shared);
    const char *env[] = {"WORKSIM_SHELL=integration-on", NULL};
    char *err = NULL;
    SandboxShell *sh = sandbox_shell_open(shared, 30, 100, env, "PS1='wsim$ '\n", &err);
    if (!sh) testlib_fail(__FILE__, __LINE__, "shell: %s", err);
    free(err);
    REQUIRE(sh);
    int fd = sandbox_shell_fd(sh);
    CHECK(sandbox_shell_alive(sh));
    REQUIRE(say(fd, "cd /tmp\npwd; echo M$((1+1)) $WORKSIM_SHELL; id -u\n"));
    char *out = testlib_read_until(fd, "M2 integration-on", 20);
    CHECK_CONTAINS(out, "/tmp\r\n");
    CHECK_CONTAINS(out, "wsim$ ");
    free(out);
    out = testlib_read_until(fd, "1000", 10);
    CHECK_CONTAINS(out, "1000");
    free(out);
    REQUIRE(say(fd, "stty size; echo S$((2+3))\n"));
    out = testlib_read_until(fd, "S5", 10);
    CHECK_CONTAINS(out, "30 100");
    free(out);
    sandbox_shell_resize(sh, 40, 120);
    REQUIRE(say(fd, "stty size; pwd; echo R$((3+4))\n"));
    out = testlib_read_until(fd, "R7", 10);
    CHECK_CONTAINS(out, "40 120");
    CHECK_CONTAINS(out, "/tmp");
    free(out);
    REQUIRE(say(fd, "sleep 60; echo slept\n"));
    out = testlib_read_until(fd, "never-printed", 1.0);
    free(out);
    sandbox_shell_interrupt(sh);
    REQUIRE(say(fd, "echo after-sleep-$?\n"));
    out = testlib_read_until(fd, "after-sleep-130", 10);
    CHECK_CONTAINS(out, "after-sleep-130");
    free(out);
    REQUIRE(say(fd, "exit 3\n"));
    out = testlib_read_until(fd, "never-printed", 10);   /* returns at EOF once the shell is gone */
    free(out);
    double end = util_monotonic_seconds() + 5;
    while (sandbox_shell_alive(sh) && util_monotonic_seconds() < end) {
        struct pollfd p = {fd, POLLIN, 0};
        poll(&p, 1, 50);
    }
    CHECK(!sandbox_shell_alive(sh));
    sandbox_shell_close(sh);
}

static int closed_calls;
static char *closed_error;
static void on_closed(void *ud, SandboxExecResult *r)
{
    closed_calls++;
    closed_error = r->error ? xstrdup(r->error) : NULL;
}

/* The pid of this test's qemu-system process (count_qemu's rule), or 0. */
static pid_t our_qemu(void)
{
    pid_t found = 0;
    DIR *d = opendir("/proc");
    struct dirent *e;
    while (d && (e = readdir(d)) && !found) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        char path[300], comm[64] = "";
        snprintf(path, sizeof path, "/proc/%s/comm", e->d_name);
        FILE *f = fopen(path, "re");
        if (f && fgets(comm, sizeof comm, f) && strncmp(comm, "qemu-system", 11) == 0 && ours(e->d_name))
            found = (pid_t)atoi(e->d_name);
        if (f) fclose(f);
    }
    if (d) closedir(d);
    return found;
}

typedef struct StallRun {
    bool done, resent;
    int exit_code;
    char *output, *error;
} StallRun;

static void on_stall_done(void *ud, SandboxExecResult *r)
{
    StallRun *s = ud;
    s->done = true;
    s->resent = r->resent;
    s->exit_code = r->exit_code;
    s->output = xstrdup(r->output ? r->output : "");
    s->error = r->error ? xstrdup(r->error) : NULL;
}

static void resume_qemu(void *ud) { kill(*(pid_t *)ud, SIGCONT); }

/* A guest that gives no answer to a check (QEMU stopped, as a starved or wedged emulator is)
 * past the host's deadline: the check is sent once more and its second answer is the
 * result, not an infrastructure error that would void the learner's run. The emulator
 * resumes 3 s after that deadline, so the first attempt cannot have answered in time. */
static void test_vm_check_sent_again_when_the_guest_stalls(void)
{
    REQUIRE(shared);
    pid_t qemu = our_qemu();
    if (qemu <= 0) testlib_fail(__FILE__, __LINE__, "no qemu process of this test found");
    REQUIRE(qemu > 0);
    Loop *loop = loop_new(false);
    StallRun s = {0};
    SandboxExecRequest req = {.command = "echo answered", .check = true, .timeout = 0.5};
    char *err = NULL;
    double deadline = 0.5 * sandbox_check_time_scale(shared) + VM_GRACE_SECONDS;
    REQUIRE(kill(qemu, SIGSTOP) == 0);
    CHECK(sandbox_exec_start(shared, loop, &req, on_stall_done, &s, &err));
    free(err);
    loop_add_deadline(loop, deadline + 3, resume_qemu, &qemu);
    double t0 = util_monotonic_seconds();
    while (!s.done && util_monotonic_seconds() - t0 < 4 * deadline) loop_run_once(loop, 1000);
    kill(qemu, SIGCONT);   /* whatever happened above */
    printf("  stalled check: %s after %.1f s (host deadline %.0f s), resent %d\n", s.done ? "answered" : "no answer",
           util_monotonic_seconds() - t0, deadline, s.resent);
    CHECK(s.done);
    CHECK(s.resent);
    CHECK(s.error == NULL);
    CHECK_INT_EQ(s.exit_code, 0);
    CHECK_STR_EQ(s.output, "answered\n");
    free(s.output);
    free(s.error);
    loop_free(loop);
    /* and the VM goes on serving */
    SandboxExecResult *r = run(shared, "echo still here");
    CHECK_STR_EQ(r->output, "still here\n");
    sandbox_exec_result_free(r);
}

static void test_vm_close_leaves_nothing(void)
{
    REQUIRE(shared);
    Loop *loop = loop_new(false);
    SandboxExecRequest req = {.command = "sleep 100"};
    char *err = NULL;
    CHECK(sandbox_exec_start(shared, loop, &req, on_closed, NULL, &err));
    free(err);
    err = NULL;
    SandboxShell *sh = sandbox_shell_open(shared, 24, 80, NULL, NULL, &err);
    free(err);
    if (count_qemu() <= qemu_before) testlib_fail(__FILE__, __LINE__, "qemu count %d, before %d", count_qemu(), qemu_before);
    sandbox_shell_close(sh);
    sandbox_close(shared);
    shared = NULL;
    CHECK_INT_EQ(closed_calls, 1);
    CHECK(closed_error != NULL);
    free(closed_error);
    loop_free(loop);
    double end = util_monotonic_seconds() + 5;
    while (count_qemu() > qemu_before && util_monotonic_seconds() < end) usleep(20000);
    CHECK_INT_EQ(count_qemu(), qemu_before);
}

/* A guest that cannot boot (garbage initrd: the kernel finds no /init and powers off) is
 * retried once, then reported as the sandbox's error on the first exec, quickly. */
static void test_vm_broken_image_fails_cleanly_after_one_retry(void)
{
    const char *cache = getenv("XDG_CACHE_HOME");
    char *good = cache && *cache ? xasprintf("%s/worksim/guest/image/vmlinuz", cache)
                                 : xasprintf("%s/.cache/worksim/guest/image/vmlinuz", getenv("HOME"));
    char *bad = xasprintf("%s/bad-image", testlib_temp_dir());
    char *kern = xasprintf("%s/vmlinuz", bad), *initrd = xasprintf("%s/initrd.gz", bad);
    mkdir(bad, 0755);
    size_t len = 0;
    char *data = util_read_file(good, &len, NULL);
    REQUIRE(data);
    CHECK(util_write_file(kern, data, len, NULL));
    CHECK(util_write_file(initrd, "not an initramfs", 16, NULL));
    free(data);
    setenv("WORKSIM_GUEST_DIR", bad, 1);
    SandboxConfig cfg = {.backend = SANDBOX_VM};
    char *err = NULL;
    double t0 = util_monotonic_seconds();
    Sandbox *sb = sandbox_open(&cfg, &err);
    unsetenv("WORKSIM_GUEST_DIR");
    if (sb) {
        SandboxExecRequest req = {.command = "true"};
        SandboxExecResult *r = sandbox_exec_wait(sb, &req);
        CHECK(r->error != NULL);
        CHECK_CONTAINS(r->error, "did not start");
        sandbox_exec_result_free(r);
        sandbox_close(sb);
    } else {
        CHECK_CONTAINS(err, "did not start");
    }
    printf("  broken image reported after %.1f s\n", util_monotonic_seconds() - t0);
    CHECK(util_monotonic_seconds() - t0 < 60);
    free(err), free(good), free(bad), free(kern), free(initrd);
}

static double run_score(const char *backend, char **outcome)
{
    char *db = xasprintf("--db=%s/vm-%s.db", testlib_temp_dir(), backend);
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim((const char *[]){db, "run", "first-bugfix", "--actions",
                                                  WORKSIM_SOURCE_DIR "/scenarios/first-bugfix/solution/actions.lua",
                                                  "--sandbox", backend, "--json", NULL}, NULL, &out, &err);
    double score = -1;
    cJSON *o = cJSON_Parse(out ? out : "");
    if (rc != 0 || !o) testlib_fail(__FILE__, __LINE__, "run --sandbox %s: rc %d: %s %s", backend, rc, out, err);
    if (o) {
        score = cJSON_GetNumberValue(cJSON_GetObjectItem(o, "score"));
        *outcome = xstrdup(cJSON_GetStringValue(cJSON_GetObjectItem(o, "outcome")));
    }
    cJSON_Delete(o);
    free(out), free(err), free(db);
    return score;
}

static void test_vm_run_first_bugfix_scores_like_ns(void)
{
    char *o_ns = NULL, *o_vm = NULL;
    double ns = run_score("ns", &o_ns);
    double vm = run_score("vm", &o_vm);
    CHECK(ns > 0);
    CHECK(vm == ns);
    CHECK_STR_EQ(o_vm, o_ns);
    printf("  first-bugfix: ns %.0f (%s), vm %.0f (%s)\n", ns, o_ns ? o_ns : "?", vm, o_vm ? o_vm : "?");
    free(o_ns), free(o_vm);
}

/* Builds (or finds cached) the guest image; NULL when it can be built, else why not. */
static char *ensure_image(void)
{
    if (access("/usr/bin/qemu-system-x86_64", X_OK) != 0) return xstrdup("qemu-system-x86_64 is not installed");
    if (access("/usr/bin/bwrap", X_OK) != 0) return xstrdup("bubblewrap is not installed");
    char *bin = xstrdup(WORKSIM_BINARY);
    char *agent = xasprintf("%s/sandbox/guest/worksim-agent", dirname(dirname(bin)));   /* build/engine/worksim */
    char *log = xasprintf("%s/build-guest.log", testlib_temp_dir());
    char *cmd = xasprintf("'%s/../scripts/build-guest.sh' --quiet %s%s%s >'%s' 2>&1", WORKSIM_TESTS_DIR,
                          access(agent, X_OK) == 0 ? "--agent '" : "", access(agent, X_OK) == 0 ? agent : "",
                          access(agent, X_OK) == 0 ? "'" : "", log);
    int rc = system(cmd);
    char *why = NULL;
    if (rc != 0) {
        char *text = util_read_file(log, NULL, NULL);
        why = xasprintf("scripts/build-guest.sh failed: %s", text ? text : "?");
        free(text);
    }
    free(bin), free(agent), free(log), free(cmd);
    return why;
}

int main(int argc, char **argv)
{
    char *why = ensure_image();
    if (why) {
        printf("SKIP test_sandbox_vm: the guest image cannot be built here: %s\n0 passed, 0 failed\n", why);
        free(why);
        return 0;
    }
    static const TestCase cases[] = {
        TEST_CASE(test_vm_boots_with_the_workspace_and_runs_as_learner),
        TEST_CASE(test_vm_exec_timeout_cap_and_stdin),
        TEST_CASE(test_vm_no_network_no_host_env_no_control_port),
        TEST_CASE(test_vm_files_in_and_out_without_links),
        TEST_CASE(test_vm_check_sees_a_throwaway_copy),
        TEST_CASE(test_vm_checks_see_base_and_checks_read_only),
        TEST_CASE(test_vm_save_tree_streams_out_and_reopens),
        TEST_CASE(test_vm_pty_shell_keeps_state),
        TEST_CASE(test_vm_check_sent_again_when_the_guest_stalls),
        TEST_CASE(test_vm_close_leaves_nothing),
        TEST_CASE(test_vm_broken_image_fails_cleanly_after_one_retry),
        TEST_CASE(test_vm_run_first_bugfix_scores_like_ns),
    };
    int rc = testlib_main(argc, argv, cases, sizeof cases / sizeof *cases);
    sandbox_close(shared);
    return rc;
}
