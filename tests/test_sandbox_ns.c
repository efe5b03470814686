/* test_sandbox_ns.c: the ns (bubblewrap) sandbox backend against sandbox.h. Each case tries
 * to break one guarantee of DESIGN §5 (network, host files and env, uid, limits, cleanup,
 * host-side symlink safety, check isolation) or exercises the exec and PTY plumbing.
 * Waits are bounded waits for a condition (a marker in output, a process appearing), never
 * sleeps that hope something happened meanwhile. */
#define _GNU_SOURCE
#include "testlib.h"
#include "testlib_sandbox.h"

#include "sandbox/ns/ns.h"
#include "sandbox/sandbox.h"
#include "base/util.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static SandboxExecResult *run(Sandbox *sb, const char *cmd)
{
    SandboxExecRequest req = {.command = cmd, .timeout = 30};
    SandboxExecResult *r = sandbox_exec_wait(sb, &req);
    if (r->error) testlib_fail(__FILE__, __LINE__, "exec error for '%s': %s", cmd, r->error);
    return r;
}

/* A fixture workspace: hello.txt, sub/data.txt, a symlink to a host file, a FIFO. */
static char *make_source_workspace(void)
{
    static int n;
    char *dir = xasprintf("%s/src-%d", testlib_temp_dir(), ++n);
    mkdir(dir, 0755);
    char *p = xasprintf("%s/hello.txt", dir);
    util_write_file(p, "hello from the scenario\n", 24, NULL);
    free(p);
    p = xasprintf("%s/sub", dir);
    mkdir(p, 0755);
    free(p);
    p = xasprintf("%s/sub/data.txt", dir);
    util_write_file(p, "42\n", 3, NULL);
    free(p);
    p = xasprintf("%s/link-to-passwd", dir);
    if (symlink("/etc/passwd", p) != 0) testlib_fail(__FILE__, __LINE__, "symlink");
    free(p);
    p = xasprintf("%s/fifo", dir);
    mkfifo(p, 0644);
    free(p);
    return dir;
}

static void test_sandbox_exec_reports_output_and_exit_code(void)
{
    Sandbox *sb = testlib_ns_sandbox(NULL, NULL);
    REQUIRE(sb);
    CHECK_STR_EQ(sandbox_backend_name(sb), "ns");
    SandboxExecResult *r = run(sb, "echo out; echo err >&2; pwd; exit 7");
    CHECK_INT_EQ(r->exit_code, 7);
    CHECK_CONTAINS(r->output, "out\n");
    CHECK_CONTAINS(r->output, "err\n");
    CHECK_CONTAINS(r->output, "/workspace\n");
    CHECK(!r->timed_out);
    CHECK_INT_EQ(r->output_total, r->output_len);
    sandbox_exec_result_free(r);
    r = run(sb, "kill -9 $$");
    CHECK_INT_EQ(r->exit_code, 137);
    sandbox_exec_result_free(r);
    SandboxExecRequest req = {.command = "tr a-z A-Z", .stdin_data = "piped in\n", .stdin_len = 9};
    r = sandbox_exec_wait(sb, &req);
    CHECK_STR_EQ(r->output, "PIPED IN\n");
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

static int async_calls;
static SandboxExecResult async_result;
static void on_async_done(void *ud, SandboxExecResult *r)
{
    async_calls++;
    async_result.exit_code = r->exit_code;
    async_result.error = r->error ? xstrdup(r->error) : NULL;
    async_result.output = xstrdup(r->output);
}

static void test_sandbox_exec_completes_asynchronously_on_the_loop(void)
{
    Sandbox *sb = testlib_ns_sandbox(NULL, NULL);
    REQUIRE(sb);
    Loop *loop = loop_new(true);
    async_calls = 0;
    char *err = NULL;
    SandboxExecRequest req = {.command = "read line; echo got:$line", .stdin_data = "go\n", .stdin_len = 3};
    REQUIRE(sandbox_exec_start(sb, loop, &req, on_async_done, NULL, &err));
    CHECK_INT_EQ(async_calls, 0);            /* nothing ran inside sandbox_exec_start */
    CHECK(loop_busy_count(loop) > 0);
    loop_run_until_idle(loop, NULL);
    CHECK_INT_EQ(async_calls, 1);
    CHECK_INT_EQ(async_result.exit_code, 0);
    CHECK_STR_EQ(async_result.output, "got:go\n");
    CHECK(async_result.error == NULL);
    free(async_result.output);
    free(async_result.error);
    loop_free(loop);
    sandbox_close(sb);
}

/* Page faults of the reaped children so far: every process started and reaped adds some. */
static long children_page_faults(void)
{
    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    return ru.ru_minflt + ru.ru_majflt;
}

/* An empty command runs nothing: exit 0, no output, delivered from the loop, and no process
 * (bwrap, bash) started for it; a check of it still gets its copy's fingerprint. */
static void test_sandbox_empty_command_starts_no_process(void)
{
    char *src = make_source_workspace();
    Sandbox *sb = testlib_ns_sandbox(src, NULL);
    REQUIRE(sb);
    Loop *loop = loop_new(true);
    async_calls = 0;
    long faults = children_page_faults();
    char *err = NULL;
    SandboxExecRequest req = {.command = "", .check = true, .fingerprint = sandbox_fingerprints_checks(sb)};
    REQUIRE(sandbox_exec_start(sb, loop, &req, on_async_done, NULL, &err));
    CHECK_INT_EQ(async_calls, 0);
    loop_run_until_idle(loop, NULL);
    CHECK_INT_EQ(async_calls, 1);
    CHECK_INT_EQ(async_result.exit_code, 0);
    CHECK_STR_EQ(async_result.output, "");
    CHECK(async_result.error == NULL);
    CHECK(children_page_faults() == faults);
    SandboxExecResult *r = sandbox_exec_wait(sb, &req);
    CHECK(r->error == NULL && r->exit_code == 0 && r->output_len == 0);
    CHECK(r->tree != NULL && strlen(r->tree) == 64);
    sandbox_exec_result_free(r);
    SandboxExecResult *ran = run(sb, "true");   /* the measure sees a process that did run */
    CHECK(children_page_faults() > faults);
    sandbox_exec_result_free(ran);
    free(async_result.output);
    free(async_result.error);
    loop_free(loop);
    sandbox_close(sb);
    free(src);
}

/* Without a guest image the vm backend fails cleanly (the VM itself: test_sandbox_vm.c). */
static void test_sandbox_vm_backend_is_reported_unavailable(void)
{
    setenv("WORKSIM_GUEST_DIR", "/nonexistent/worksim-guest", 1);
    SandboxConfig cfg = {.backend = SANDBOX_VM};
    char *err = NULL;
    Sandbox *sb = sandbox_open(&cfg, &err);
    unsetenv("WORKSIM_GUEST_DIR");
    CHECK(sb == NULL);
    CHECK_CONTAINS(err, "guest image is not built");
    free(err);
    sandbox_close(sb);
}

static void test_sandbox_network_unreachable(void)
{
    /* A host server on loopback that the test process itself can reach. */
    int lsock = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    REQUIRE(lsock >= 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    REQUIRE(bind(lsock, (struct sockaddr *)&addr, sizeof addr) == 0);
    REQUIRE(listen(lsock, 4) == 0);
    socklen_t alen = sizeof addr;
    REQUIRE(getsockname(lsock, (struct sockaddr *)&addr, &alen) == 0);
    int port = ntohs(addr.sin_port);
    int probe = socket(AF_INET, SOCK_STREAM, 0);
    CHECK(connect(probe, (struct sockaddr *)&addr, sizeof addr) == 0);   /* host can */
    close(probe);
    int accepted = accept(lsock, NULL, NULL);
    CHECK(accepted >= 0);
    if (accepted >= 0) close(accepted);

    Sandbox *sb = testlib_ns_sandbox(NULL, NULL);
    REQUIRE(sb);
    char *cmd = xasprintf("if exec 3<>/dev/tcp/127.0.0.1/%d; then echo CONNECTED; else echo REFUSED; fi 2>/dev/null;"
                          "cut -d: -f1 /proc/net/dev | tail -n +3 | tr -d ' ';"
                          "exec 4<>/dev/tcp/1.1.1.1/80 && echo INTERNET", port);
    SandboxExecResult *r = run(sb, cmd);
    CHECK_CONTAINS(r->output, "REFUSED");
    CHECK(strstr(r->output, "CONNECTED") == NULL);
    CHECK(strstr(r->output, "INTERNET") == NULL);
    CHECK_CONTAINS(r->output, "\nlo\n");
    accepted = accept(lsock, NULL, NULL);
    CHECK(accepted < 0 && errno == EAGAIN);   /* nothing from the sandbox reached us */
    if (accepted >= 0) close(accepted);
    sandbox_exec_result_free(r);
    r = run(sb, "cut -d: -f1 /proc/net/dev | tail -n +3 | tr -d ' ' | grep -v '^lo$' | wc -l");
    CHECK_STR_EQ(r->output, "0\n");
    sandbox_exec_result_free(r);
    free(cmd);
    close(lsock);
    sandbox_close(sb);
}

static void test_sandbox_root_and_host_home_invisible(void)
{
    const char *home = getenv("HOME");
    char *secret = xasprintf("%s/host-secret.txt", testlib_temp_dir());
    REQUIRE(util_write_file(secret, "TOPSECRET\n", 10, NULL));
    Sandbox *sb = testlib_ns_sandbox(NULL, NULL);
    REQUIRE(sb);
    char *cmd = xasprintf("for p in /root /home '%s' '%s' /etc/shadow /sys /var; do test -e \"$p\" && echo VISIBLE:$p; done;"
                          "cat '%s' 2>/dev/null; ls /etc; echo END",
                          home ? home : "/root", secret, secret);
    SandboxExecResult *r = run(sb, cmd);
    CHECK_CONTAINS(r->output, "END");
    CHECK(strstr(r->output, "VISIBLE") == NULL);
    CHECK(strstr(r->output, "TOPSECRET") == NULL);
    CHECK(strstr(r->output, "shadow") == NULL);
    CHECK_CONTAINS(r->output, "passwd");
    if (strstr(r->output, "VISIBLE")) fprintf(stderr, "%s", r->output);
    sandbox_exec_result_free(r);
    /* /proc/1/cmdline shows no host path (argv travels through --args). */
    r = run(sb, "tr '\\0' ' ' < /proc/1/cmdline");
    CHECK(strstr(r->output, "worksim-sb") == NULL);
    CHECK(strstr(r->output, "/tmp/") == NULL);
    sandbox_exec_result_free(r);
    free(cmd);
    free(secret);
    sandbox_close(sb);
}

static void test_sandbox_host_env_absent(void)
{
    setenv("ANTHROPIC_API_KEY", "sk-ant-test-secret-4711", 1);
    setenv("WORKSIM_TEST_MARKER", "host-only-value-0815", 1);
    Sandbox *sb = testlib_ns_sandbox(NULL, NULL);
    REQUIRE(sb);
    SandboxExecResult *r = run(sb, "env; echo ---; for f in /proc/1/environ /proc/self/environ /proc/*/environ; do"
                                   " tr '\\0' '\\n' < $f 2>/dev/null; done; echo END");
    CHECK_CONTAINS(r->output, "PATH=/usr/bin:/bin");
    CHECK_CONTAINS(r->output, "HOME=/workspace");
    CHECK_CONTAINS(r->output, "END");
    CHECK(strstr(r->output, "sk-ant-test-secret-4711") == NULL);
    CHECK(strstr(r->output, "ANTHROPIC_API_KEY") == NULL);
    CHECK(strstr(r->output, "host-only-value-0815") == NULL);
    sandbox_exec_result_free(r);
    unsetenv("ANTHROPIC_API_KEY");
    unsetenv("WORKSIM_TEST_MARKER");
    sandbox_close(sb);
}

static void test_sandbox_usr_read_only(void)
{
    Sandbox *sb = testlib_ns_sandbox(NULL, NULL);
    REQUIRE(sb);
    SandboxExecResult *r = run(sb, "touch /usr/worksim-probe 2>/dev/null; echo usr=$?;"
                                   "echo x >> /usr/bin/bash 2>/dev/null; echo bash=$?;"
                                   "touch /etc/worksim-probe 2>/dev/null; echo etc=$?;"
                                   "touch /tmp/ok && echo tmp=ok; touch /workspace/ok && echo ws=ok");
    CHECK_CONTAINS(r->output, "usr=1");
    CHECK_CONTAINS(r->output, "bash=1");
    CHECK(strstr(r->output, "etc=0") == NULL);
    CHECK_CONTAINS(r->output, "tmp=ok");
    CHECK_CONTAINS(r->output, "ws=ok");
    CHECK(access("/usr/worksim-probe", F_OK) != 0);
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

/* Host path of a file the sandbox created, found through its unique name. */
static char *host_path_of(const char *name)
{
    const char *base = getenv("TMPDIR");
    char *pattern = xasprintf("%s/worksim-sb-*/ws/%s", base && *base ? base : "/tmp", name);
    glob_t g;
    char *path = NULL;
    if (glob(pattern, 0, NULL, &g) == 0 && g.gl_pathc == 1) path = xstrdup(g.gl_pathv[0]);
    if (path || g.gl_pathc) globfree(&g);
    free(pattern);
    return path;
}

static void test_sandbox_learner_uid_is_not_root(void)
{
    Sandbox *sb = testlib_ns_sandbox(NULL, NULL);
    REQUIRE(sb);
    char *name = xasprintf("owned-%d", (int)getpid());
    char *cmd = xasprintf("id -u; id -g; touch %s; stat -c %%u %s; grep CapEff /proc/self/status", name, name);
    SandboxExecResult *r = run(sb, cmd);
    CHECK_CONTAINS(r->output, "1000\n1000\n");
    CHECK_CONTAINS(r->output, "CapEff:\t0000000000000000");
    sandbox_exec_result_free(r);
    char *host = host_path_of(name);
    REQUIRE(host);
    struct stat st;
    REQUIRE(lstat(host, &st) == 0);
    CHECK(st.st_uid != 0);
    CHECK(st.st_gid != 0);
    if (geteuid() != 0) CHECK_INT_EQ(st.st_uid, geteuid());
    /* as_root is uid 0 in the namespace only: its files are not host root's either. */
    SandboxExecRequest req = {.command = "id -u; touch root-made; unshare -U true 2>/dev/null; echo unshare=$?",
                              .as_root = true};
    r = sandbox_exec_wait(sb, &req);
    CHECK_CONTAINS(r->output, "0\n");
    CHECK(strstr(r->output, "unshare=0") == NULL);
    sandbox_exec_result_free(r);
    char *rooted = host_path_of("root-made");
    REQUIRE(rooted);
    REQUIRE(lstat(rooted, &st) == 0);
    CHECK(st.st_uid != 0);
    free(rooted);
    free(host);
    free(cmd);
    free(name);
    sandbox_close(sb);
}

static void test_sandbox_seccomp_refuses_kernel_surface(void)
{
    Sandbox *sb = testlib_ns_sandbox(NULL, NULL);
    REQUIRE(sb);
    SandboxExecResult *r = run(sb,
        "python3 -c '\n"
        "import ctypes, os\n"
        "libc = ctypes.CDLL(None, use_errno=True)\n"
        "calls = [(\"ptrace\", 101, (0, 0, 0, 0)), (\"keyctl\", 250, (0, 0, 0, 0)), (\"bpf\", 321, (0, 0, 0)),\n"
        "         (\"unshare\", 272, (0x10000000,)), (\"userfaultfd\", 323, (0,)), (\"io_uring_setup\", 425, (1, 0)),\n"
        "         (\"mount\", 165, (0, 0, 0, 0, 0)), (\"clone3\", 435, (0, 0)),\n"
        "         (\"tiocsti\", 16, (0, 0x5412, 0)), (\"tiocsti_high\", 16, (0, ctypes.c_ulong(0x100005412), 0))]\n"
        "for name, nr, args in calls:\n"
        "    ctypes.set_errno(0)\n"
        "    rc = libc.syscall(nr, *args)\n"
        "    print(name, rc, os.strerror(ctypes.get_errno()) if rc < 0 else \"ALLOWED\")\n"
        "'");
    CHECK_CONTAINS(r->output, "ptrace -1 Operation not permitted");
    CHECK_CONTAINS(r->output, "keyctl -1 Operation not permitted");
    CHECK_CONTAINS(r->output, "unshare -1 Operation not permitted");
    CHECK_CONTAINS(r->output, "io_uring_setup -1 Operation not permitted");
    CHECK_CONTAINS(r->output, "clone3 -1 Function not implemented");
    CHECK_CONTAINS(r->output, "tiocsti -1 Operation not permitted");
    CHECK_CONTAINS(r->output, "tiocsti_high -1 Operation not permitted");
    CHECK(strstr(r->output, "ALLOWED") == NULL);
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

static void test_sandbox_fork_bomb_contained(void)
{
    SandboxLimits lim = {.processes = 64};
    Sandbox *sb = testlib_ns_sandbox(NULL, &lim);
    REQUIRE(sb);
    SandboxExecRequest req = {.command = "bomb() { bomb | bomb & }; bomb; wait", .timeout = 5};
    double t0 = util_monotonic_seconds();
    SandboxExecResult *r = sandbox_exec_wait(sb, &req);
    CHECK(util_monotonic_seconds() - t0 < 15);  /* the exec came back */
    CHECK(r->error == NULL);
    sandbox_exec_result_free(r);
    /* The host process still forks, and the same sandbox still runs commands. */
    pid_t pid = fork();
    if (pid == 0) _exit(0);
    REQUIRE(pid > 0);
    int st = -1;
    CHECK(waitpid(pid, &st, 0) == pid && WIFEXITED(st));
    r = run(sb, "echo alive");
    CHECK_STR_EQ(r->output, "alive\n");
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

static void test_sandbox_memory_hog_fails(void)
{
    Sandbox *sb = testlib_ns_sandbox(NULL, NULL);
    REQUIRE(sb);
    SandboxExecResult *r = run(sb, "python3 -c 'b = bytearray(4 * 1024 ** 3); print(\"ALLOCATED\")'");
    CHECK(r->exit_code != 0);
    CHECK(strstr(r->output, "ALLOCATED") == NULL);
    CHECK_CONTAINS(r->output, "MemoryError");
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

static void test_sandbox_runaway_loop_killed_at_timeout(void)
{
    Sandbox *sb = testlib_ns_sandbox(NULL, NULL);
    REQUIRE(sb);
    SandboxExecRequest req = {.command = "echo started; while true; do :; done", .timeout = 0.5};
    SandboxExecResult *r = sandbox_exec_wait(sb, &req);
    CHECK(r->timed_out);
    CHECK_INT_EQ(r->exit_code, 137);
    CHECK(r->error == NULL);
    CHECK_CONTAINS(r->output, "started");
    CHECK(r->seconds >= 0.5 && r->seconds < 5);
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

static void test_sandbox_output_flood_capped_and_counted(void)
{
    SandboxLimits lim = {.output_bytes = 1000};
    Sandbox *sb = testlib_ns_sandbox(NULL, &lim);
    REQUIRE(sb);
    SandboxExecResult *r = run(sb, "head -c 3000000 /dev/zero; echo tail >&2");
    CHECK_INT_EQ(r->exit_code, 0);
    CHECK_INT_EQ(r->output_len, 1000);
    CHECK_INT_EQ(r->output_total, 3000005);
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

static void test_sandbox_disk_fillers_hit_limits(void)
{
    Sandbox *sb = testlib_ns_sandbox(NULL, NULL);
    REQUIRE(sb);
    SandboxExecResult *r = run(sb, "head -c 70000000 /dev/zero > big; echo file=$?;"
                                   "for i in 1 2 3 4 5 6; do head -c 60000000 /dev/zero > /tmp/f$i 2>/dev/null || echo TMPFULL; done;"
                                   "head -c 70000000 /dev/zero > /dev/shm/x 2>/dev/null || echo SHMFULL;"
                                   "touch /dev/evil 2>/dev/null || echo DEVRO");
    CHECK_CONTAINS(r->output, "file=153");     /* 128 + SIGXFSZ at RLIMIT_FSIZE (64 MiB) */
    CHECK_CONTAINS(r->output, "TMPFULL");
    CHECK_CONTAINS(r->output, "SHMFULL");
    CHECK_CONTAINS(r->output, "DEVRO");
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

/* Counts processes whose command line starts with marker; their uids go to uids_out. */
typedef struct Marked {
    const char *marker;
    uid_t *uids;
    int max, n;
} Marked;

static bool count_marked(void *ud, const TestProcess *p)
{
    Marked *m = ud;
    if (strncmp(p->cmdline, m->marker, strlen(m->marker)) != 0) return true;
    if (m->uids && m->n < m->max) m->uids[m->n] = p->uid;
    m->n++;
    return true;
}

static int find_processes(const char *marker, uid_t *uids_out, int max)
{
    Marked m = {marker, uids_out, max, 0};
    testlib_each_process(count_marked, &m);
    return m.n;
}

typedef struct UidCount {
    uid_t uid;
    int n;
} UidCount;

static bool count_uid(void *ud, const TestProcess *p)
{
    UidCount *c = ud;
    c->n += p->uid == c->uid;
    return true;
}

static int uid_process_count(uid_t uid)
{
    UidCount c = {uid, 0};
    testlib_each_process(count_uid, &c);
    return c.n;
}

static int close_calls;
static char *close_error;
static void on_closed_exec(void *ud, SandboxExecResult *r)
{
    close_calls++;
    close_error = r->error ? xstrdup(r->error) : NULL;
}

static void test_sandbox_nothing_left_running_after_close(void)
{
    Sandbox *sb = testlib_ns_sandbox(NULL, NULL);
    REQUIRE(sb);
    char marker[64];
    snprintf(marker, sizeof marker, "sleep 9%d", (int)getpid());
    /* A learner shell with a detached background job... */
    char *err = NULL;
    SandboxShell *sh = sandbox_shell_open(sb, 24, 80, NULL, NULL, &err);
    REQUIRE(sh);
    int fd = sandbox_shell_fd(sh);
    char *line = xasprintf("setsid nohup %s >/dev/null 2>&1 & echo STARTED$((40+2))\n", marker);
    REQUIRE(write(fd, line, strlen(line)) == (ssize_t)strlen(line));
    char *out = testlib_read_until(fd, "STARTED42", 10);
    CHECK_CONTAINS(out, "STARTED42");
    free(out);
    free(line);
    /* ...and an exec still running, with its own detached child. */
    Loop *loop = loop_new(false);
    close_calls = 0;
    char *cmd = xasprintf("setsid nohup %s >/dev/null 2>&1 & %s", marker, marker);
    SandboxExecRequest req = {.command = cmd};
    REQUIRE(sandbox_exec_start(sb, loop, &req, on_closed_exec, NULL, &err));
    uid_t uids[8] = {0};
    int found = 0;
    double end = util_monotonic_seconds() + 10;
    while ((found = find_processes(marker, uids, 8)) < 3 && util_monotonic_seconds() < end)
        loop_run_once(loop, 10);    /* waiting for the processes to appear, bounded */
    CHECK_INT_EQ(found, 3);
    CHECK_INT_EQ(close_calls, 0);

    sandbox_close(sb);
    CHECK_INT_EQ(close_calls, 1);          /* the pending exec was told */
    CHECK(close_error != NULL);
    free(close_error);
    close_error = NULL;
    CHECK(!sandbox_shell_alive(sh));
    CHECK_INT_EQ(find_processes(marker, NULL, 0), 0);
    for (int i = 0; i < found && i < 8; i++) {
        CHECK(uids[i] != 0 || geteuid() != 0);
        if (geteuid() == 0 && uids[i] != 0) CHECK_INT_EQ(uid_process_count(uids[i]), 0);
    }
    sandbox_shell_close(sh);
    loop_free(loop);
    free(cmd);
}

/* The /proc file `name` of the first host process whose command line starts with marker
 * (NULL when there is none). Caller frees. */
typedef struct FirstMarked {
    const char *marker;
    long pid;
} FirstMarked;

static bool first_marked(void *ud, const TestProcess *p)
{
    FirstMarked *f = ud;
    if (strncmp(p->cmdline, f->marker, strlen(f->marker)) != 0) return true;
    f->pid = p->pid;
    return false;
}

static char *proc_file_of(const char *marker, const char *name)
{
    FirstMarked f = {marker, 0};
    testlib_each_process(first_marked, &f);
    return f.pid > 0 ? testlib_proc_file(f.pid, name) : NULL;
}

/* The private folder (/tmp/worksim-sb-PID-XXXXXX) of the sandbox the first process whose command
 * line starts with marker runs in: its /etc is a bind of that folder's etc, and mountinfo
 * shows the bind's source path (relative to its file system: the tail from worksim-sb- on is
 * what identifies it). NULL when not found. */
static char *sandbox_dir_of(const char *marker)
{
    char *dir = NULL;
    char *mi = proc_file_of(marker, "mountinfo");
    char *save = NULL;
    for (char *line = mi ? strtok_r(mi, "\n", &save) : NULL; line && !dir; line = strtok_r(NULL, "\n", &save)) {
        char root[512], point[512];
        const char *at = NULL;
        if (sscanf(line, "%*s %*s %*s %511s %511s", root, point) == 2 && strcmp(point, "/etc") == 0 &&
            (at = strstr(root, "worksim-sb-")) != NULL && strchr(at, '/')) {
            const char *tmp = getenv("TMPDIR");   /* worksim-sb-PID-XXXXXX */
            dir = xasprintf("%s/%.*s", tmp && *tmp ? tmp : "/tmp", (int)(strchr(at, '/') - at), at);
        }
    }
    free(mi);
    return dir;
}

static char *sandbox_group_of(const char *marker);

/* A crashed engine (SIGKILL, so no close at all) takes every sandbox process with it through
 * the parent-death chain engine -> bwrap -> the sandbox's init, detached jobs included. */
static void test_sandbox_engine_killed_leaves_nothing(void)
{
    char marker[64];
    snprintf(marker, sizeof marker, "sleep 8%d", (int)getpid());
    int ready[2];
    REQUIRE(pipe(ready) == 0);
    pid_t engine = fork();
    REQUIRE(engine >= 0);
    if (engine == 0) {
        close(ready[0]);
        SandboxConfig cfg = {.backend = SANDBOX_NS};
        char *err = NULL;
        Sandbox *sb = sandbox_open(&cfg, &err);
        SandboxShell *sh = sb ? sandbox_shell_open(sb, 24, 80, NULL, NULL, &err) : NULL;
        if (!sh) _exit(2);
        char *line = xasprintf("setsid nohup %s >/dev/null 2>&1 & echo STARTED$((40+2))\n", marker);
        if (write(sandbox_shell_fd(sh), line, strlen(line)) != (ssize_t)strlen(line)) _exit(3);
        char *out = testlib_read_until(sandbox_shell_fd(sh), "STARTED42", 10);
        if (!strstr(out, "STARTED42")) _exit(4);
        Loop *loop = loop_new(false);
        char *cmd = xasprintf("setsid nohup %s >/dev/null 2>&1 & %s", marker, marker);
        SandboxExecRequest req = {.command = cmd, .timeout = 120};
        if (!sandbox_exec_start(sb, loop, &req, on_closed_exec, NULL, &err)) _exit(5);
        if (write(ready[1], "R", 1) != 1) _exit(6);
        for (;;) loop_run_once(loop, 1000);   /* until the test kills this "engine" */
    }
    close(ready[1]);
    struct pollfd p = {ready[0], POLLIN, 0};
    char c = 0;
    CHECK(poll(&p, 1, 30000) == 1 && read(ready[0], &c, 1) == 1 && c == 'R');
    close(ready[0]);
    int found = 0;
    double end = util_monotonic_seconds() + 10;
    while ((found = find_processes(marker, NULL, 0)) < 3 && util_monotonic_seconds() < end) {
        struct timespec ts = {0, 10 * 1000 * 1000};
        nanosleep(&ts, NULL);   /* polling for the processes to appear, bounded */
    }
    CHECK_INT_EQ(found, 3);
    char *group = sandbox_group_of(marker);    /* NULL where no cgroup is used */
    char *sb_dir = sandbox_dir_of(marker);
    CHECK(sb_dir != NULL);
    kill(engine, SIGKILL);
    int st = 0;
    CHECK(waitpid(engine, &st, 0) == engine && WIFSIGNALED(st));
    /* The chain runs in the kernel but not instantly: poll, bounded, for the processes to go. */
    end = util_monotonic_seconds() + 10;
    while ((found = find_processes(marker, NULL, 0)) > 0 && util_monotonic_seconds() < end) {
        struct timespec ts = {0, 10 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    CHECK_INT_EQ(found, 0);
    /* The crashed engine leaves its folder (and as root its tmpfs mounts in it): unmount what
     * is mounted below it, then remove it. Only this folder: other tests may run meanwhile. */
    if (sb_dir) {
        char *mi = util_read_file("/proc/self/mountinfo", NULL, NULL);
        char *save = NULL;
        for (char *line = mi ? strtok_r(mi, "\n", &save) : NULL; line; line = strtok_r(NULL, "\n", &save)) {
            char point[512];
            if (sscanf(line, "%*s %*s %*s %*s %511s", point) == 1 && strncmp(point, sb_dir, strlen(sb_dir)) == 0)
                umount2(point, MNT_DETACH);
        }
        free(mi);
        util_remove_tree(sb_dir);
        free(sb_dir);
    }
    /* The dead engine's cgroup goes when the next sandbox opens. */
    if (group) {
        Sandbox *next = testlib_ns_sandbox(NULL, NULL);
        sandbox_close(next);
        struct stat gst;
        CHECK(stat(group, &gst) != 0 && errno == ENOENT);
        free(group);
    }
}

/* The cgroup folder (under a cgroup mount) of the first host process whose command line
 * starts with marker, when that process sits in a worksim sandbox group; else NULL. */
static char *sandbox_group_of(const char *marker)
{
    char *dir = NULL;
    char *cg = proc_file_of(marker, "cgroup");
    char *save = NULL;
    for (char *line = cg ? strtok_r(cg, "\n", &save) : NULL; line && !dir; line = strtok_r(NULL, "\n", &save)) {
        char *c1 = strchr(line, ':');
        char *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
        if (!c2 || !strstr(c2, "/worksim-")) continue;
        *c2 = '\0';
        /* v1 "N:memory:/path" is mounted at /sys/fs/cgroup/memory; v2 "0::/path" at
         * /sys/fs/cgroup (pure v2) or /sys/fs/cgroup/unified (hybrid). */
        bool v1 = strstr(c1 + 1, "memory") != NULL;
        const char *roots[] = {v1 ? "/sys/fs/cgroup/memory" : "/sys/fs/cgroup", v1 ? NULL : "/sys/fs/cgroup/unified"};
        for (size_t i = 0; !dir && i < 2; i++) {
            char *cand = roots[i] ? xasprintf("%s%s", roots[i], c2 + 1) : NULL;
            if (cand && access(cand, F_OK) == 0) dir = cand;
            else free(cand);
        }
    }
    free(cg);
    return dir;
}

/* Where this machine lets the engine create cgroups, each sandbox has its own: the group
 * exists while the sandbox runs and is gone after close. */
static void test_sandbox_cgroup_exists_while_open_and_is_gone_after_close(void)
{
    char *detail = NULL;
    bool active = ns_cgroup_check(&detail);
    printf("  cgroup cap %s: %s\n", active ? "active" : "not active", detail);
    free(detail);
    if (!active) return;    /* nothing to see on this machine; doctor says why */
    Sandbox *sb = testlib_ns_sandbox(NULL, NULL);
    REQUIRE(sb);
    char marker[64];
    snprintf(marker, sizeof marker, "sleep 7%d", (int)getpid());
    Loop *loop = loop_new(false);
    char *cmd = xasprintf("%s", marker);
    SandboxExecRequest req = {.command = cmd, .timeout = 60};
    char *err = NULL;
    close_calls = 0;
    REQUIRE(sandbox_exec_start(sb, loop, &req, on_closed_exec, NULL, &err));
    char *dir = NULL;
    double end = util_monotonic_seconds() + 10;
    while (!(dir = sandbox_group_of(marker)) && util_monotonic_seconds() < end) loop_run_once(loop, 10);
    CHECK(dir != NULL);
    sandbox_close(sb);
    CHECK_INT_EQ(close_calls, 1);
    free(close_error);
    close_error = NULL;
    if (dir) {
        struct stat st;
        CHECK(stat(dir, &st) != 0 && errno == ENOENT);
    }
    free(dir);
    loop_free(loop);
    free(cmd);
}

/* RLIMIT_AS caps one process; the group caps their sum: four processes of 200 MB each never
 * hold their memory at the same time under a 512 MB sandbox. Each allocates, says so with a
 * file in /tmp, then waits (bounded) until all four have. */
static void test_sandbox_cgroup_caps_aggregate_memory(void)
{
    char *detail = NULL;
    bool active = ns_cgroup_check(&detail);
    free(detail);
    if (!active) return;
    SandboxLimits lim = {.memory_mb = 512};
    Sandbox *sb = testlib_ns_sandbox(NULL, &lim);
    REQUIRE(sb);
    /* 800 MB of page faults against a 512 MB cap: the kernel's reclaim before the OOM kill takes
     * ~20 s here alone (page faults are expensive on this PVM guest) and more under a parallel
     * ctest, so this one command gets 180 s instead of run()'s 30 (it asserts what survives,
     * not how fast). */
    SandboxExecRequest hog = {.command = "for i in 1 2 3 4; do python3 -c '\nimport os, sys, time\nb = b\"\\1\" * (200 << 20)\n"
                                         "open(\"/tmp/r\" + sys.argv[1], \"w\").close()\nt = time.time()\n"
                                         "while len(os.listdir(\"/tmp\")) < 4 and time.time() - t < 5: time.sleep(0.01)\n"
                                         "print(\"held\", len(os.listdir(\"/tmp\")))' $i & done; wait; echo END",
                              .timeout = 180};
    SandboxExecResult *r = sandbox_exec_wait(sb, &hog);
    if (r->error) testlib_fail(__FILE__, __LINE__, "exec error for the memory hogs: %s", r->error);
    CHECK_CONTAINS(r->output, "END");
    int all4 = 0;
    for (const char *p = r->output; (p = strstr(p, "held 4")) != NULL; p += 6) all4++;
    CHECK(all4 < 4);
    if (all4 == 4) fprintf(stderr, "%s", r->output);
    sandbox_exec_result_free(r);
    r = run(sb, "echo still-works");       /* the sandbox survives its own OOM */
    CHECK_CONTAINS(r->output, "still-works");
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

static void test_sandbox_host_read_refuses_planted_symlink(void)
{
    char *secret = xasprintf("%s/host-file.txt", testlib_temp_dir());
    REQUIRE(util_write_file(secret, "HOSTSECRET\n", 11, NULL));
    Sandbox *sb = testlib_ns_sandbox(NULL, NULL);
    REQUIRE(sb);
    char *cmd = xasprintf("ln -s '%s' leak; ln -s / rootlink; mkdir d; ln -s '%s' d/leak2; mkfifo pipe; echo fine > ok.txt",
                          secret, secret);
    SandboxExecResult *r = run(sb, cmd);
    CHECK_INT_EQ(r->exit_code, 0);
    sandbox_exec_result_free(r);
    const char *bad[] = {"leak", "d/leak2", "rootlink/etc/passwd", "pipe", "../ws/ok.txt", "/etc/passwd", "d", NULL};
    for (int i = 0; bad[i]; i++) {
        char *err = NULL;
        size_t len = 0;
        char *data = sandbox_read_file(sb, bad[i], 4096, &len, &err);
        if (data) testlib_fail(__FILE__, __LINE__, "read of %s succeeded: %s", bad[i], data);
        CHECK(err != NULL);
        free(data);
        free(err);
    }
    char *err = NULL;
    CHECK(!sandbox_write_file(sb, "leak", "PWNED\n", 6, &err));
    free(err);
    err = NULL;
    CHECK(!sandbox_write_file(sb, "rootlink/tmp/x", "PWNED\n", 6, &err));
    free(err);
    char *host = util_read_file(secret, NULL, NULL);
    CHECK_STR_EQ(host, "HOSTSECRET\n");
    free(host);
    /* Ordinary files still work both ways, with the size cap enforced. */
    err = NULL;
    size_t len = 0;
    char *data = sandbox_read_file(sb, "ok.txt", 4096, &len, &err);
    CHECK_STR_EQ(data, "fine\n");
    free(data);
    data = sandbox_read_file(sb, "ok.txt", 2, &len, &err);
    CHECK(data == NULL);
    free(err);
    err = NULL;
    CHECK(sandbox_write_file(sb, "d/new.txt", "from host\n", 10, &err));
    r = run(sb, "cat d/new.txt; echo more >> d/new.txt && echo appended");
    CHECK_CONTAINS(r->output, "from host");
    CHECK_CONTAINS(r->output, "appended");   /* the learner can edit what the host wrote */
    sandbox_exec_result_free(r);
    free(cmd);
    free(secret);
    sandbox_close(sb);
}

static void test_sandbox_workspace_is_a_private_copy_without_links(void)
{
    char *src = make_source_workspace();
    Sandbox *sb = testlib_ns_sandbox(src, NULL);
    REQUIRE(sb);
    SandboxExecResult *r = run(sb, "cat hello.txt sub/data.txt; ls -A; echo changed > hello.txt");
    CHECK_CONTAINS(r->output, "hello from the scenario");
    CHECK_CONTAINS(r->output, "42");
    CHECK(strstr(r->output, "link-to-passwd") == NULL);
    CHECK(strstr(r->output, "fifo") == NULL);
    sandbox_exec_result_free(r);
    char *p = xasprintf("%s/hello.txt", src);
    char *orig = util_read_file(p, NULL, NULL);
    CHECK_STR_EQ(orig, "hello from the scenario\n");
    free(orig);
    free(p);
    /* A second sandbox starts from the pristine source again. */
    Sandbox *sb2 = testlib_ns_sandbox(src, NULL);
    REQUIRE(sb2);
    r = run(sb2, "cat hello.txt");
    CHECK_STR_EQ(r->output, "hello from the scenario\n");
    sandbox_exec_result_free(r);
    sandbox_close(sb2);
    sandbox_close(sb);
    free(src);
}

/* DESIGN §3: checks see the recorded base at /base and the scenario's checks/ at /checks, both
 * read-only; the learner's shell and plain execs see neither, and the base stays as recorded
 * whatever the learner changes later. */
static void test_sandbox_checks_see_base_and_checks_read_only(void)
{
    char *src = make_source_workspace();
    char *checks = xasprintf("%s/checks-src", testlib_temp_dir());
    mkdir(checks, 0755);
    char *p = xasprintf("%s/verify.sh", checks);
    util_write_file(p, "echo hidden-check-ran\n", 22, NULL);
    free(p);
    char *shared = xasprintf("%s/checks-shared-src", testlib_temp_dir());   /* scenarios/lib/checks */
    mkdir(shared, 0755);
    p = xasprintf("%s/helper.sh", shared);
    util_write_file(p, "echo shared-helper-ran\n", 23, NULL);
    free(p);
    SandboxConfig cfg = {.backend = SANDBOX_NS, .workspace_src = src, .checks_src = checks, .checks_shared_src = shared};
    char *err = NULL;
    Sandbox *sb = sandbox_open(&cfg, &err);
    REQUIRE(sb);
    CHECK(sandbox_base_dir(sb) == NULL);
    CHECK(sandbox_record_base(sb, &err));
    REQUIRE(sandbox_base_dir(sb));
    SandboxExecResult *r = run(sb, "echo learner-edit > hello.txt; test -e /base && echo SEES-BASE; "
                                   "test -e /checks && echo SEES-CHECKS; echo plain-done");
    CHECK_CONTAINS(r->output, "plain-done");
    CHECK(!strstr(r->output, "SEES-BASE") && !strstr(r->output, "SEES-CHECKS"));
    sandbox_exec_result_free(r);
    SandboxExecRequest req = {.command = "cat /base/hello.txt; sh /checks/verify.sh; sh /checks/_shared/helper.sh; "
                                         "touch /base/x 2>/dev/null && echo BASE-WRITABLE; "
                                         "touch /checks/x /checks/_shared/x 2>/dev/null && echo CHECKS-WRITABLE; echo check-done",
                              .check = true};
    r = sandbox_exec_wait(sb, &req);
    CHECK(r->error == NULL);
    CHECK_CONTAINS(r->output, "hello from the scenario");   /* the base, not the learner's edit */
    CHECK_CONTAINS(r->output, "hidden-check-ran\nshared-helper-ran\n");
    CHECK_CONTAINS(r->output, "check-done");
    CHECK(!strstr(r->output, "WRITABLE"));
    sandbox_exec_result_free(r);
    sandbox_close(sb);
    free(shared);
    free(checks);
    free(src);
}

static void test_sandbox_check_writes_do_not_reach_workspace(void)
{
    char *src = make_source_workspace();
    Sandbox *sb = testlib_ns_sandbox(src, NULL);
    REQUIRE(sb);
    SandboxExecResult *r = run(sb, "echo learner-edit > hello.txt");
    sandbox_exec_result_free(r);
    SandboxExecRequest req = {.command = "cat hello.txt; echo check-wrote > hello.txt; mkdir -p .cache; "
                                         "touch .cache/x new-file; rm sub/data.txt; echo done",
                              .check = true};
    r = sandbox_exec_wait(sb, &req);
    CHECK(r->error == NULL);
    CHECK_CONTAINS(r->output, "learner-edit");     /* the check saw the learner's state */
    CHECK_CONTAINS(r->output, "done");
    sandbox_exec_result_free(r);
    r = run(sb, "cat hello.txt; ls -A; cat sub/data.txt");
    CHECK_CONTAINS(r->output, "learner-edit");
    CHECK(strstr(r->output, "check-wrote") == NULL);
    CHECK(strstr(r->output, "new-file") == NULL);
    CHECK(strstr(r->output, ".cache") == NULL);
    CHECK_CONTAINS(r->output, "42");
    sandbox_exec_result_free(r);
    sandbox_close(sb);
    free(src);
}

static void test_sandbox_pty_shell_keeps_state_and_reports_resize(void)
{
    Sandbox *sb = testlib_ns_sandbox(NULL, NULL);
    REQUIRE(sb);
    const char *env[] = {"WORKSIM_SHELL=integration-on", NULL};
    char *err = NULL;
    SandboxShell *sh = sandbox_shell_open(sb, 30, 100, env, "PS1='wsim$ '\nalias ll='ls -l'\n", &err);
    if (!sh) testlib_fail(__FILE__, __LINE__, "shell: %s", err);
    REQUIRE(sh);
    int fd = sandbox_shell_fd(sh);
    CHECK(fcntl(fd, F_GETFL) & O_NONBLOCK);
    CHECK(sandbox_shell_alive(sh));
    const char *script = "cd /tmp\npwd; echo M$((1+1)) $WORKSIM_SHELL\n";
    REQUIRE(write(fd, script, strlen(script)) == (ssize_t)strlen(script));
    char *out = testlib_read_until(fd, "M2 integration-on", 10);
    CHECK_CONTAINS(out, "/tmp\r\n");
    CHECK_CONTAINS(out, "M2 integration-on");
    CHECK_CONTAINS(out, "wsim$ ");
    free(out);
    script = "stty size; echo S$((2+3))\n";
    REQUIRE(write(fd, script, strlen(script)) == (ssize_t)strlen(script));
    out = testlib_read_until(fd, "S5", 10);
    CHECK_CONTAINS(out, "30 100");
    free(out);
    sandbox_shell_resize(sh, 40, 120);
    script = "stty size; pwd; echo R$((3+4))\n";
    REQUIRE(write(fd, script, strlen(script)) == (ssize_t)strlen(script));
    out = testlib_read_until(fd, "R7", 10);
    CHECK_CONTAINS(out, "40 120");
    CHECK_CONTAINS(out, "/tmp");            /* cd from an earlier line still holds */
    free(out);
    /* Ctrl-C stops the foreground job and bash carries on. */
    char marker[64];
    snprintf(marker, sizeof marker, "sleep 8%d", (int)getpid());
    char *line = xasprintf("%s\n", marker);
    REQUIRE(write(fd, line, strlen(line)) == (ssize_t)strlen(line));
    free(line);
    double until = util_monotonic_seconds() + 10;   /* wait for sleep to be the foreground job */
    while (find_processes(marker, NULL, 0) == 0 && util_monotonic_seconds() < until) {
        struct pollfd p = {fd, POLLIN, 0};
        poll(&p, 1, 5);
    }
    CHECK_INT_EQ(find_processes(marker, NULL, 0), 1);
    sandbox_shell_interrupt(sh);
    script = "echo after-sleep-$?\n";          /* typed after ^C: bash is back at its prompt */
    REQUIRE(write(fd, script, strlen(script)) == (ssize_t)strlen(script));
    out = testlib_read_until(fd, "after-sleep-130", 10);
    CHECK_CONTAINS(out, "after-sleep-130");
    CHECK_INT_EQ(find_processes(marker, NULL, 0), 0);
    free(out);
    script = "exit 3\n";
    REQUIRE(write(fd, script, strlen(script)) == (ssize_t)strlen(script));
    out = testlib_read_until(fd, "never-printed", 10);   /* returns at EOF/EIO once the shell is gone */
    free(out);
    double end = util_monotonic_seconds() + 5;
    while (sandbox_shell_alive(sh) && util_monotonic_seconds() < end) {
        struct pollfd p = {fd, POLLIN, 0};
        poll(&p, 1, 50);
    }
    CHECK(!sandbox_shell_alive(sh));
    sandbox_shell_close(sh);
    sandbox_close(sb);
}

static void test_sandbox_cli_exec_shell_usage_and_exit_codes(void)
{
    char *out = NULL, *err = NULL;
    const char *ok[] = {"sandbox", "exec", "--backend", "ns", "--", "echo", "two words", "it's", NULL};
    CHECK_INT_EQ(testlib_run_worksim(ok, NULL, &out, &err), 0);
    CHECK_STR_EQ(out, "two words it's\n");
    free(out);
    free(err);
    const char *status[] = {"sandbox", "exec", "--", "echo hi; exit 9", NULL};
    CHECK_INT_EQ(testlib_run_worksim(status, NULL, &out, &err), 9);
    CHECK_STR_EQ(out, "hi\n");
    free(out);
    free(err);
    const char *vm[] = {"sandbox", "exec", "--backend", "vm", "--", "true", NULL};
    const char *no_image[] = {"WORKSIM_GUEST_DIR=/nonexistent/worksim-guest", NULL};
    CHECK_INT_EQ(testlib_run_worksim(vm, no_image, &out, &err), 3);
    CHECK_CONTAINS(err, "guest image is not built");
    free(out);
    free(err);
    const char *bad[] = {"sandbox", "exec", NULL};
    CHECK_INT_EQ(testlib_run_worksim(bad, NULL, &out, &err), 2);
    CHECK_CONTAINS(err, "missing command");
    free(out);
    free(err);
    const char *help[] = {"sandbox", "--help", NULL};
    CHECK_INT_EQ(testlib_run_worksim(help, NULL, &out, &err), 0);
    CHECK_CONTAINS(out, "worksim sandbox shell");
    free(out);
    free(err);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_sandbox_exec_reports_output_and_exit_code),
        TEST_CASE(test_sandbox_exec_completes_asynchronously_on_the_loop),
        TEST_CASE(test_sandbox_empty_command_starts_no_process),
        TEST_CASE(test_sandbox_vm_backend_is_reported_unavailable),
        TEST_CASE(test_sandbox_network_unreachable),
        TEST_CASE(test_sandbox_root_and_host_home_invisible),
        TEST_CASE(test_sandbox_host_env_absent),
        TEST_CASE(test_sandbox_usr_read_only),
        TEST_CASE(test_sandbox_learner_uid_is_not_root),
        TEST_CASE(test_sandbox_seccomp_refuses_kernel_surface),
        TEST_CASE(test_sandbox_fork_bomb_contained),
        TEST_CASE(test_sandbox_memory_hog_fails),
        TEST_CASE(test_sandbox_runaway_loop_killed_at_timeout),
        TEST_CASE(test_sandbox_output_flood_capped_and_counted),
        TEST_CASE(test_sandbox_disk_fillers_hit_limits),
        TEST_CASE(test_sandbox_nothing_left_running_after_close),
        TEST_CASE(test_sandbox_engine_killed_leaves_nothing),
        TEST_CASE(test_sandbox_cgroup_exists_while_open_and_is_gone_after_close),
        TEST_CASE(test_sandbox_cgroup_caps_aggregate_memory),
        TEST_CASE(test_sandbox_host_read_refuses_planted_symlink),
        TEST_CASE(test_sandbox_workspace_is_a_private_copy_without_links),
        TEST_CASE(test_sandbox_check_writes_do_not_reach_workspace),
        TEST_CASE(test_sandbox_checks_see_base_and_checks_read_only),
        TEST_CASE(test_sandbox_pty_shell_keeps_state_and_reports_resize),
        TEST_CASE(test_sandbox_cli_exec_shell_usage_and_exit_codes),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof *cases);
}
