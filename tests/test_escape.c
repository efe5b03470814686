/* test_escape.c: the adversarial escape suite of DESIGN §5 for any sandbox backend. Every
 * case makes real attempts to break out (secrets, file system, processes, kernel, network,
 * resources, result integrity) and prints one line per probe: BLOCKED, or LEAK with what got
 * through. A LEAK fails the case unless it is listed in known_leaks below (documented holes
 * still open; WORKSIM_ESCAPE_STRICT=1 fails those too).
 *
 * Usage: test_escape [ns|vm] [case-filter]; the backend may also come from
 * WORKSIM_ESCAPE_BACKEND (default ns). When the vm backend cannot start here the whole run
 * prints a SKIP line and exits 77 (ctest SKIP_RETURN_CODE); ns is never skipped.
 * Probe scripts that run inside live in tests/escape/ and go in through stdin or
 * sandbox_write_file; run-level fixtures live in tests/fixtures/escape/. Waits are bounded
 * waits for a condition, never sleeps that hope something happened meanwhile. */
#define _GNU_SOURCE
#include "testlib.h"
#include "testlib_script.h"

#include "headless/headless.h"
#include "sandbox/ns/ns.h"
#include "sandbox/sandbox.h"
#include "store/store.h"
#include "base/util.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#define ESCAPE_DIR WORKSIM_TESTS_DIR "/escape"
#define FIXTURES WORKSIM_TESTS_DIR "/fixtures/escape"

static SandboxBackend g_backend = SANDBOX_NS;
static const char *g_name = "ns";
static Sandbox *g_shared;          /* reused by probes that leave nothing behind */
static bool g_strict;

/* Holes a probe finds that are not fixed yet: reported as "LEAK(known)". */
typedef struct KnownLeak {
    const char *backend, *probe, *why;
} KnownLeak;

/* ns holes closed when the engine runs as root (the workspace and each run's /tmp are then
 * tmpfs mounts of its own, capped in bytes and inodes) and still open for an unprivileged engine. */
static const char *const ns_fixed_when_root[] = {"disk_total_cap", "inode_flood_cap", "tmp_inode_cap"};
/* ns holes closed where the engine can create a cgroup per sandbox (ns_cgroup_check). */
static const char *const ns_fixed_with_cgroup[] = {"memory_aggregate_cap"};

static const KnownLeak known_leaks[] = {
    {"ns", "mountinfo_host_paths", "bwrap bind mounts show their host source folder in /proc/self/mountinfo"},
    {"ns", "disk_total_cap", "unprivileged: only RLIMIT_FSIZE per file; as root the workspace is a capped tmpfs"},
    {"ns", "inode_flood_cap", "unprivileged: no file-count cap; as root the workspace tmpfs caps nr_inodes"},
    {"ns", "tmp_inode_cap", "unprivileged: bwrap's /tmp tmpfs caps bytes (--size) but not inodes (host kernel memory);"
                            " as root the engine mounts /tmp itself with nr_inodes"},
    /* vm: every other finding of the first vm run is fixed and now fails if it comes back. */
    {"vm", "memory_aggregate_cap", "the guest's total is bounded by the VM's RAM, not by per-sandbox limits"},
    {"ns", "memory_aggregate_cap", "without a writable cgroup only RLIMIT_AS (per process) applies: processes x memory_mb is the real cap"},
};

/* The host environment the sandbox must never see (set in main before anything starts). */
static const char *const host_secrets[][2] = {
    {"ANTHROPIC_API_KEY", "sk-test-SECRET"},
    {"OPENAI_API_KEY", "sk-openai-SECRET-0815"},
    {"AWS_SECRET_ACCESS_KEY", "aws-SECRET-4711"},
    {"GITHUB_TOKEN", "ghp_SECRET_1234"},
    {"SSH_AUTH_SOCK", "/tmp/ssh-SECRET/agent.42"},
    {"WORKSIM_ESCAPE_HOST_MARKER", "host-only-SECRET-value"},
};

/* ---- reporting -------------------------------------------------------------------- */

static bool ns_cgroup_active(void)
{
    static int active = -1;
    if (active < 0) {
        char *detail = NULL;
        active = ns_cgroup_check(&detail);
        free(detail);
    }
    return active == 1;
}

static const KnownLeak *known_leak(const char *probe)
{
    for (size_t i = 0; strcmp(g_name, "ns") == 0 && i < sizeof ns_fixed_with_cgroup / sizeof *ns_fixed_with_cgroup; i++)
        if (strcmp(ns_fixed_with_cgroup[i], probe) == 0 && ns_cgroup_active()) return NULL;
    for (size_t i = 0; geteuid() == 0 && strcmp(g_name, "ns") == 0 && i < sizeof ns_fixed_when_root / sizeof *ns_fixed_when_root; i++)
        if (strcmp(ns_fixed_when_root[i], probe) == 0) return NULL;
    for (size_t i = 0; i < sizeof known_leaks / sizeof *known_leaks; i++)
        if (strcmp(known_leaks[i].backend, g_name) == 0 && strcmp(known_leaks[i].probe, probe) == 0)
            return &known_leaks[i];
    return NULL;
}

/* Prints one probe line and records a failure for an unexpected leak. */
static void verdict_at(int line, const char *probe, bool blocked, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void verdict_at(int line, const char *probe, bool blocked, const char *fmt, ...)
{
    char detail[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(detail, sizeof detail, fmt, ap);
    va_end(ap);
    for (char *p = detail; *p; p++)
        if (*p == '\n' || *p == '\r') *p = ' ';
    const KnownLeak *k = blocked ? NULL : known_leak(probe);
    printf("  [%s] %-28s %-11s %s\n", g_name, probe, blocked ? "BLOCKED" : k ? "LEAK(known)" : "LEAK", detail);
    fflush(stdout);
    if (!blocked && (!k || g_strict))
        testlib_fail(__FILE__, line, "LEAK on %s: %s: %s", g_name, probe, detail);
}
#define VERDICT(probe, blocked, ...) verdict_at(__LINE__, probe, blocked, __VA_ARGS__)

/* Finds "PROBE name BLOCKED|LEAK detail" lines printed inside and turns them into verdicts. */
static void expect_probes_at(int line, const char *output, const char *const *names)
{
    for (const char *const *n = names; *n; n++) {
        char *key = xasprintf("PROBE %s ", *n);
        const char *p = output ? strstr(output, key) : NULL;
        if (!p) {
            testlib_fail(__FILE__, line, "probe %s reported nothing; output:\n%s", *n, output ? output : "(none)");
            free(key);
            continue;
        }
        p += strlen(key);
        const char *eol = strchr(p, '\n');
        char *rest = xstrndup(p, eol ? (size_t)(eol - p) : strlen(p));
        bool blocked = strncmp(rest, "BLOCKED", 7) == 0;
        if (!blocked && strncmp(rest, "LEAK", 4) != 0)
            testlib_fail(__FILE__, line, "probe %s: unexpected report %s", *n, rest);
        else
            verdict_at(line, *n, blocked, "%s", rest + (blocked ? 7 : 4));
        free(rest);
        free(key);
    }
}
#define EXPECT_PROBES(output, ...) \
    do { const char *const names_[] = {__VA_ARGS__, NULL}; expect_probes_at(__LINE__, output, names_); } while (0)

/* ---- sandbox helpers ---------------------------------------------------------------- */

static Sandbox *open_sb_at(int line, const char *src, const SandboxLimits *limits)
{
    SandboxConfig cfg = {0};
    cfg.backend = g_backend;
    cfg.workspace_src = src;
    if (limits) cfg.limits = *limits;
    char *err = NULL;
    Sandbox *sb = sandbox_open(&cfg, &err);
    if (!sb) testlib_fail(__FILE__, line, "sandbox_open(%s): %s", g_name, err ? err : "?");
    free(err);
    return sb;
}
#define OPEN_SB(src, limits) open_sb_at(__LINE__, src, limits)

static Sandbox *shared_sb(void)
{
    if (!g_shared) g_shared = OPEN_SB(NULL, NULL);
    return g_shared;
}

enum { AS_LEARNER = 0, AS_ROOT = 1, AS_CHECK = 2 };

/* How much longer than on an idle machine the vm backend may take: TCG emulation runs a flood's
 * setup several times slower (a 100 MB write took over 30 s in CI), so 3x, times how
 * oversubscribed the machine is now (the 1-minute load per core, 1 to 8): with ~40 processes on
 * 2 cores a 256 MB flood that takes 10 s idle took 77 s. The budgets bound floods that end by
 * themselves; a longer bound on a busy machine changes no verdict, a short one voids it. */
static double vm_budget_scale(void)
{
    if (g_backend != SANDBOX_VM) return 1;
    double load1 = 0;
    FILE *f = fopen("/proc/loadavg", "re");
    if (f) {
        if (fscanf(f, "%lf", &load1) != 1) load1 = 0;
        fclose(f);
    }
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    double busy = cores > 0 ? load1 / (double)cores : 1;
    return 3 * (busy < 1 ? 1 : busy > 8 ? 8 : busy);
}

static SandboxExecResult *exec_at(int line, Sandbox *sb, const char *cmd, int flags, double timeout,
                                  const char *stdin_text)
{
    if (timeout <= 0) timeout = 30;
    timeout *= vm_budget_scale();
    SandboxExecRequest req = {.command = cmd, .as_root = (flags & AS_ROOT) != 0,
                              .check = (flags & AS_CHECK) != 0, .timeout = timeout,
                              .stdin_data = stdin_text, .stdin_len = stdin_text ? strlen(stdin_text) : 0};
    SandboxExecResult *r = sandbox_exec_wait(sb, &req);
    if (r->error) testlib_fail(__FILE__, line, "exec error for '%.80s': %s", cmd, r->error);
    if (!r->output) r->output = xstrdup("");
    return r;
}
#define EXEC(sb, cmd, flags) exec_at(__LINE__, sb, cmd, flags, 0, NULL)
#define EXEC_T(sb, cmd, flags, timeout) exec_at(__LINE__, sb, cmd, flags, timeout, NULL)
#define EXEC_IN(sb, cmd, flags, input) exec_at(__LINE__, sb, cmd, flags, 0, input)

static char *probe_script(const char *name)
{
    char *path = xasprintf("%s/%s", ESCAPE_DIR, name);
    char *text = util_read_file(path, NULL, NULL);
    if (!text) testlib_fail(__FILE__, __LINE__, "cannot read %s", path);
    free(path);
    return text ? text : xstrdup("");
}

/* A host file the sandbox must never read; its content is unique to this process. */
static char *host_secret_file(const char *name, char **content_out)
{
    char *path = xasprintf("%s/%s", testlib_temp_dir(), name);
    char *content = xasprintf("ESCAPE-HOST-SECRET-%s-%d\n", name, (int)getpid());
    if (!util_write_file(path, content, strlen(content), NULL))
        testlib_fail(__FILE__, __LINE__, "cannot write %s", path);
    chmod(path, 0644);
    *content_out = content;
    return path;
}

/* Host processes whose command line contains needle (prefix_only: starts with it). */
typedef struct Matching {
    const char *needle;
    bool prefix_only;
    int n;
    long first_uid;   /* owner of the first match, -1 before */
} Matching;

static bool match_cmdline(void *ud, const TestProcess *p)
{
    Matching *m = ud;
    const char *at = strstr(p->cmdline, m->needle);
    if (!at || (m->prefix_only && at != p->cmdline) || p->pid == (long)getpid()) return true;
    if (m->n++ == 0) m->first_uid = (long)p->uid;
    return true;
}

static int host_processes_matching(const char *needle, bool prefix_only)
{
    Matching m = {needle, prefix_only, 0, -1};
    testlib_each_process(match_cmdline, &m);
    return m.n;
}

static long parent_of(long pid)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%ld/status", pid);
    char *st = util_read_file(path, NULL, NULL);
    const char *p = st ? strstr(st, "PPid:") : NULL;
    long ppid = p ? strtol(p + 5, NULL, 10) : 0;
    free(st);
    return ppid;
}

static int host_processes_with(const char *needle) { return host_processes_matching(needle, false); }

/* Host processes descending from this test process (a backend's bwrap, qemu, helpers). */
static int host_descendants(void)
{
    DIR *d = opendir("/proc");
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        long pid = atol(e->d_name);
        for (int hops = 0; pid > 1 && hops < 64; hops++) {
            pid = parent_of(pid);
            if (pid == (long)getpid()) {
                n++;
                break;
            }
        }
    }
    if (d) closedir(d);
    return n;
}

/* Host uid owning the first process whose cmdline contains needle, or -1. */
static long host_uid_of(const char *needle)
{
    Matching m = {needle, false, 0, -1};
    testlib_each_process(match_cmdline, &m);
    return m.first_uid;
}

typedef struct OfUid {
    uid_t uid;
    int n;
} OfUid;

static bool count_live_of_uid(void *ud, const TestProcess *p)
{
    OfUid *o = ud;
    if (p->uid != o->uid) return true;
    /* A zombie runs nothing: a dead bwrap may wait a while for the host's init to reap it. */
    char *stat_line = testlib_proc_file(p->pid, "stat");
    const char *paren = stat_line ? strrchr(stat_line, ')') : NULL;
    if (!paren || strncmp(paren, ") Z", 3) != 0) {
        o->n++;
        fprintf(stderr, "  process of uid %u: %s", (unsigned)o->uid, stat_line ? stat_line : "?\n");
    }
    free(stat_line);
    return true;
}

static int host_processes_of_uid(uid_t uid)
{
    OfUid o = {uid, 0};
    testlib_each_process(count_live_of_uid, &o);
    return o.n;
}

/* The host can still fork and allocate after a bomb. */
static bool host_still_fine(void)
{
    pid_t pid = fork();
    if (pid < 0) return false;
    if (pid == 0) _exit(7);
    int st = 0;
    if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st) || WEXITSTATUS(st) != 7) return false;
    size_t n = 64u << 20;
    char *p = malloc(n);
    if (!p) return false;
    memset(p, 1, n);
    bool ok = p[n - 1] == 1;
    free(p);
    return ok;
}

static bool type_line(SandboxShell *sh, const char *line)
{
    int fd = sandbox_shell_fd(sh);
    size_t len = strlen(line), off = 0;
    double end = util_monotonic_seconds() + 10;
    while (off < len && util_monotonic_seconds() < end) {
        ssize_t n = write(fd, line + off, len - off);
        if (n > 0) off += (size_t)n;
        else if (n < 0 && errno != EAGAIN && errno != EINTR) return false;
        else {
            struct pollfd p = {fd, POLLOUT, 0};
            poll(&p, 1, 50);
        }
    }
    return off == len;
}

/* Types cmd followed by an echo of a computed marker and returns the output up to it. */
static char *shell_run(SandboxShell *sh, const char *cmd, double timeout)
{
    static int serial;
    int a = 1000 + ++serial;
    char *line = xasprintf("%s; echo SH-DONE-$((%d+1))\n", cmd, a);
    char *marker = xasprintf("SH-DONE-%d", a + 1);
    char *out = type_line(sh, line) ? testlib_read_until(sandbox_shell_fd(sh), marker, timeout) : xstrdup("");
    if (!strstr(out, marker)) testlib_fail(__FILE__, __LINE__, "shell command did not finish: %s", cmd);
    free(line);
    free(marker);
    return out;
}

/* ---- secrets ------------------------------------------------------------------------ */

static void check_no_secrets(const char *probe, const char *output)
{
    const char *hit = NULL;
    for (size_t i = 0; i < sizeof host_secrets / sizeof *host_secrets && !hit; i++) {
        char *assign = xasprintf("%s=", host_secrets[i][0]);
        if (strstr(output, assign)) hit = host_secrets[i][0];
        else if (strstr(output, host_secrets[i][1])) hit = host_secrets[i][1];
        free(assign);
    }
    VERDICT(probe, hit == NULL, "%s", hit ? hit : "no host variable name or value seen");
}

static void test_escape_host_env_absent_from_env_and_proc_environ(void)
{
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    SandboxExecResult *r = EXEC(sb, "env; echo END-ENV", AS_LEARNER);
    CHECK_CONTAINS(r->output, "END-ENV");
    check_no_secrets("env_exec", r->output);
    sandbox_exec_result_free(r);
    r = EXEC(sb, "tr '\\0' '\\n' < /proc/self/environ; echo END-SELF", AS_LEARNER);
    CHECK_CONTAINS(r->output, "END-SELF");
    check_no_secrets("proc_self_environ", r->output);
    sandbox_exec_result_free(r);
    r = EXEC(sb, "for f in /proc/1/environ /proc/[0-9]*/environ; do tr '\\0' '\\n' < $f; done 2>/dev/null; echo END",
             AS_ROOT);
    CHECK_CONTAINS(r->output, "END");
    check_no_secrets("proc_all_environ_as_root", r->output);
    sandbox_exec_result_free(r);
    r = EXEC(sb, "env; tr '\\0' '\\n' < /proc/self/environ; echo END", AS_CHECK);
    check_no_secrets("env_check", r->output);
    sandbox_exec_result_free(r);
    char *err = NULL;
    SandboxShell *sh = sandbox_shell_open(sb, 24, 80, NULL, NULL, &err);
    if (!sh) testlib_fail(__FILE__, __LINE__, "shell: %s", err);
    free(err);
    REQUIRE(sh);
    char *out = shell_run(sh, "env; cat /proc/1/environ /proc/$$/environ | tr '\\0' '\\n'", 15);
    check_no_secrets("env_shell", out);
    free(out);
    sandbox_shell_close(sh);
}

static void test_escape_root_home_shadow_and_host_files_unreadable(void)
{
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    char *secret_text = NULL;
    char *secret = host_secret_file("home-secret.txt", &secret_text);
    const char *home = getenv("HOME");
    char *cmd = xasprintf(
        "for d in /root /home '%s'; do for e in \"$d\"/* \"$d\"/.[!.]*; do [ -e \"$e\" ] && echo \"ENTRY:$e\"; done; done;"
        "cat /etc/shadow /etc/gshadow /etc/sudoers 2>/dev/null | head -c 4000; cat '%s' 2>/dev/null; echo END",
        home && *home ? home : "/root", secret);
    SandboxExecResult *r = EXEC(sb, cmd, AS_ROOT);
    CHECK_CONTAINS(r->output, "END");
    /* An entry the sandbox lists that also exists at the same host path is a host file. */
    const char *leaked = NULL;
    for (char *p = r->output; (p = strstr(p, "ENTRY:")) != NULL; p += 6) {
        char *eol = strchr(p, '\n');
        char *path = xstrndup(p + 6, eol ? (size_t)(eol - p - 6) : strlen(p + 6));
        struct stat st;
        if (!leaked && lstat(path, &st) == 0) leaked = strstr(r->output, path);
        free(path);
    }
    VERDICT("root_home_listing", leaked == NULL, "%.120s", leaked ? leaked : "no host /root, /home or $HOME entry visible");
    char *shadow = util_read_file("/etc/shadow", NULL, NULL);
    char first[32] = "";
    if (shadow) snprintf(first, sizeof first, "%.*s", (int)strcspn(shadow, "\n"), shadow);
    bool shadow_leak = shadow && strlen(first) > 8 && strstr(r->output, first);
    VERDICT("etc_shadow", !shadow_leak, "%s", shadow_leak ? "host /etc/shadow readable" : "host /etc/shadow not readable");
    VERDICT("host_tmp_file", !strstr(r->output, secret_text), "%s", secret);
    free(shadow);
    sandbox_exec_result_free(r);
    free(cmd);
    free(secret);
    free(secret_text);
}

static void test_escape_proc_root_cwd_cmdline_show_no_host(void)
{
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    char *secret_text = NULL;
    char *secret = host_secret_file("proc-secret.txt", &secret_text);
    char cwd[4096] = "";
    if (!getcwd(cwd, sizeof cwd)) snprintf(cwd, sizeof cwd, "/nonexistent");
    char *cmd = xasprintf(
        "sleep 20 & for p in /proc/[0-9]* /proc/self; do cat \"$p/root%s\" \"$p/cwd%s\" 2>/dev/null;"
        " ls \"$p/root%s\" \"$p/cwd/..\" 2>/dev/null; done; cat /proc/1/root/etc/shadow 2>/dev/null; kill %%1; echo END",
        secret, secret, cwd);
    SandboxExecResult *r = EXEC(sb, cmd, AS_ROOT);
    CHECK_CONTAINS(r->output, "END");
    VERDICT("proc_root_escape", !strstr(r->output, secret_text), "read %s through /proc/*/root or cwd", secret);
    sandbox_exec_result_free(r);
    /* Host paths in the links and command lines of every process (this command names none). */
    r = EXEC(sb, "sleep 20 & for p in /proc/[0-9]* /proc/self; do echo \"LINK:$(readlink $p/root) $(readlink $p/cwd)"
                 " $(readlink $p/exe)\"; echo \"CMD:$(tr '\\0' ' ' < $p/cmdline)\"; done 2>/dev/null; kill %1; echo END", AS_ROOT);
    CHECK_CONTAINS(r->output, "END");
    const char *tmp = testlib_temp_dir();
    const char *hit = strstr(r->output, tmp) ? tmp : strstr(r->output, "worksim-sb") ? "worksim-sb"
                    : strstr(r->output, cwd) ? cwd : NULL;
    VERDICT("proc_links_cmdline_host_paths", hit == NULL, "%s", hit ? hit : "no host path in /proc/*/{root,cwd,exe,cmdline}");
    sandbox_exec_result_free(r);
    r = EXEC(sb, "cat /proc/self/mountinfo /proc/1/mountinfo", AS_LEARNER);
    const char *mi = strstr(r->output, tmp) ? tmp : strstr(r->output, "worksim-sb");
    char *line = NULL;
    if (mi) {
        const char *start = mi;
        while (start > r->output && start[-1] != '\n') start--;
        line = xstrndup(start, strcspn(start, "\n"));
    }
    VERDICT("mountinfo_host_paths", mi == NULL, "%s", line ? line : "mountinfo names no host folder");
    free(line);
    sandbox_exec_result_free(r);
    free(cmd);
    free(secret);
    free(secret_text);
}

static void test_escape_engine_database_and_inherited_fds_unreachable(void)
{
    char *db = xasprintf("%s/escape-engine.db", testlib_temp_dir());
    char *err = NULL;
    Store *st = store_open(db, &err);
    if (!st) testlib_fail(__FILE__, __LINE__, "store_open: %s", err);
    free(err);
    REQUIRE(st);
    setenv("WORKSIM_DB", db, 1);
    char *secret_text = NULL;
    char *secret = host_secret_file("fd-secret.txt", &secret_text);
    int leak_fd = open(secret, O_RDONLY);            /* deliberately without O_CLOEXEC */
    int leak_fd2 = dup2(leak_fd, 9);
    Sandbox *sb = OPEN_SB(NULL, NULL);
    REQUIRE(sb);
    char *cmd = xasprintf("cat '%s' 2>/dev/null | head -c 64 | od -c | head -2; ls -l /proc/[0-9]*/fd/ 2>/dev/null | grep -v pipe:;"
                          "for n in 3 4 5 6 7 8 9 10 11 12 13 14 15 20 30; do timeout 1 head -c 100 <&$n; done 2>/dev/null;"
                          "ls -d \"$HOME\"/.local/share/worksim /root/.local/share/worksim 2>/dev/null; echo END",
                          db);
    SandboxExecResult *r = EXEC(sb, cmd, AS_ROOT);
    CHECK_CONTAINS(r->output, "END");
    bool db_seen = strstr(r->output, "S   Q   L   i   t   e") || strstr(r->output, "escape-engine.db") ||
                   strstr(r->output, "share/worksim");
    VERDICT("engine_database", !db_seen, "%s", db_seen ? "database path or content reachable" : db);
    VERDICT("inherited_host_fds", !strstr(r->output, secret_text) && !strstr(r->output, "fd-secret"),
            "host fd %d/%d (no O_CLOEXEC) not readable inside", leak_fd, leak_fd2);
    sandbox_exec_result_free(r);
    sandbox_close(sb);
    if (leak_fd2 >= 0 && leak_fd2 != leak_fd) close(leak_fd2);
    if (leak_fd >= 0) close(leak_fd);
    unsetenv("WORKSIM_DB");
    store_close(st);
    free(cmd);
    free(db);
    free(secret);
    free(secret_text);
}

static void test_escape_core_dumps_disabled(void)
{
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    SandboxExecResult *r = EXEC(sb, "mkdir -p /tmp/cd && cd /tmp/cd && echo soft=$(ulimit -c) hard=$(ulimit -Hc);"
                                    "(ulimit -c unlimited 2>/dev/null && echo RAISED);"
                                    "bash -c 'kill -SEGV $$'; ls /tmp/cd; echo END", AS_LEARNER);
    bool ok = strstr(r->output, "soft=0 hard=0") && !strstr(r->output, "RAISED") && !strstr(r->output, "core");
    VERDICT("core_dumps", ok, "%s", r->output);
    sandbox_exec_result_free(r);
}

/* ---- file system -------------------------------------------------------------------- */

/* One verdict on a command run as the learner and as root: BLOCKED when the output holds
 * none of markers (checked in order; the first found is quoted, cut to width). */
typedef struct RefusalProbe {
    const char *learner, *root;   /* probe names */
    const char *markers[4];       /* NULL-terminated */
    const char *ok;               /* the detail when blocked */
    int width;
} RefusalProbe;

/* Runs cmd (which ends by printing END) as the learner and as root, with each probe's verdict. */
static void refused_as_learner_and_root(int line, Sandbox *sb, const char *cmd, const RefusalProbe *probes, int n)
{
    for (int as = 0; as < 2; as++) {
        SandboxExecResult *r = exec_at(line, sb, cmd, as ? AS_ROOT : AS_LEARNER, 0, NULL);
        if (!strstr(r->output, "END")) testlib_fail(__FILE__, line, "no END from the probe: %.200s", r->output);
        for (int i = 0; i < n; i++) {
            const char *hit = NULL;
            for (int m = 0; m < 4 && probes[i].markers[m] && !hit; m++) hit = strstr(r->output, probes[i].markers[m]);
            verdict_at(line, as ? probes[i].root : probes[i].learner, hit == NULL, "%.*s", probes[i].width,
                       hit ? hit : probes[i].ok);
        }
        sandbox_exec_result_free(r);
    }
}

static void test_escape_system_folders_not_writable_even_as_root(void)
{
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    char name[64];
    snprintf(name, sizeof name, "escape-probe-%d", (int)getpid());
    const char *dirs[] = {"/usr", "/usr/bin", "/usr/lib", "/etc", "/", "/bin", "/lib", "/etc/alternatives", NULL};
    Buf cmd = {0};
    for (int i = 0; dirs[i]; i++)
        buf_printf(&cmd, "touch '%s/%s' 2>/dev/null && echo 'WROTE:%s'; mkdir '%s/%s.d' 2>/dev/null && echo 'MKDIR:%s';",
                   strcmp(dirs[i], "/") ? dirs[i] : "", name, dirs[i], strcmp(dirs[i], "/") ? dirs[i] : "", name, dirs[i]);
    buf_puts(&cmd, "for f in /usr/bin/bash /usr/bin/python3 /etc/passwd /etc/group /proc/sys/kernel/core_pattern"
                   " /proc/sys/kernel/modprobe /proc/sys/vm/drop_caches /proc/sysrq-trigger; do test -w $f && echo WRITABLE:$f; done;"
                   "echo END");
    static const RefusalProbe writes = {"system_writes_as_learner", "system_writes_as_root", {"WROTE:", "MKDIR:", "WRITABLE:"},
                                        "/usr, /etc, / and kernel knobs refused", 80};
    refused_as_learner_and_root(__LINE__, sb, cmd.data, &writes, 1);
    for (int i = 0; dirs[i]; i++) {    /* if anything got through to the host, remove it */
        char *p = xasprintf("%s/%s", strcmp(dirs[i], "/") ? dirs[i] : "", name);
        struct stat st;
        if (lstat(p, &st) == 0) {
            testlib_fail(__FILE__, __LINE__, "host file %s created by the sandbox", p);
            unlink(p);
        }
        free(p);
    }
    buf_free(&cmd);
}

static void test_escape_tmp_not_shared_between_sandboxes_or_checks(void)
{
    Sandbox *a = shared_sb();
    REQUIRE(a);
    Sandbox *b = OPEN_SB(NULL, NULL);
    REQUIRE(b);
    SandboxExecResult *r = EXEC(a, "echo planted > /tmp/escape-tmp-marker && echo planted > /dev/shm/escape-shm-marker", AS_LEARNER);
    sandbox_exec_result_free(r);
    r = EXEC(b, "cat /tmp/escape-tmp-marker /dev/shm/escape-shm-marker 2>/dev/null; echo END", AS_LEARNER);
    VERDICT("tmp_between_sandboxes", !strstr(r->output, "planted"), "%s", "second sandbox sees a fresh /tmp and /dev/shm");
    sandbox_exec_result_free(r);
    r = EXEC(a, "echo from-check > /tmp/escape-check-marker", AS_CHECK);
    sandbox_exec_result_free(r);
    r = EXEC(a, "cat /tmp/escape-check-marker /tmp/escape-tmp-marker /dev/shm/escape-shm-marker 2>/dev/null; echo END",
             AS_CHECK);
    VERDICT("tmp_between_checks", !strstr(r->output, "from-check") && !strstr(r->output, "planted"), "%s",
            strstr(r->output, "planted") ? "a check sees the learner's /tmp" : "each check starts with an empty /tmp");
    sandbox_exec_result_free(r);
    sandbox_close(b);
}

static void test_escape_mknod_refused(void)
{
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    const char *cmd = "for t in 'b 8 0' 'c 1 1' 'c 1 3' 'c 10 232'; do"
                      " mknod /workspace/escape-dev $t 2>/dev/null && { echo MADE:$t; rm -f /workspace/escape-dev; };"
                      " mknod /tmp/escape-dev $t 2>/dev/null && { echo MADE-TMP:$t; rm -f /tmp/escape-dev; }; done;"
                      "python3 -c 'import os,stat\ntry:\n os.mknod(\"/tmp/m\", stat.S_IFCHR|0o666, os.makedev(1,1)); print(\"MADE:py\")\n"
                      "except OSError as e: print(\"refused\", e)'; echo END";
    static const RefusalProbe mknod = {"mknod_as_learner", "mknod_as_root", {"MADE"}, "device nodes refused", 100};
    refused_as_learner_and_root(__LINE__, sb, cmd, &mknod, 1);
}

static void test_escape_setuid_binaries_do_not_elevate(void)
{
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    SandboxExecResult *r = EXEC(sb, "grep -E '^(NoNewPrivs|CapEff|CapPrm):' /proc/self/status;"
                                    "for b in $(find /usr/bin /usr/sbin -perm -4000 -type f 2>/dev/null | head -20); do echo SUID:$b; done;"
                                    "su root -c 'echo SU-WORKED' </dev/null 2>/dev/null;"
                                    "mount -t tmpfs none /tmp 2>/dev/null && echo MOUNT-WORKED;"
                                    "python3 -c 'import os; os.setuid(0); print(\"SETUID-WORKED\")' 2>/dev/null; echo END",
                                    AS_LEARNER);
    bool ok = strstr(r->output, "NoNewPrivs:\t1") && strstr(r->output, "CapEff:\t0000000000000000") &&
              !strstr(r->output, "WORKED");
    VERDICT("setuid_no_new_privs", ok, "%s", ok ? "NoNewPrivs 1, no capabilities, su/mount/setuid(0) refused" : r->output);
    sandbox_exec_result_free(r);
}

static void test_escape_host_never_follows_planted_links(void)
{
    Sandbox *sb = OPEN_SB(NULL, NULL);
    REQUIRE(sb);
    char *secret_text = NULL;
    char *secret = host_secret_file("link-secret.txt", &secret_text);
    char *cmd = xasprintf("ln -s '%s' leak; ln -s / rootlink; ln -s .. up; mkdir d; ln -s '%s' d/leak2;"
                          "ln -s '%s' dirlink; ln -s /proc/self/root/etc/passwd magic; ln -s leak chain; echo END",
                          secret, secret, testlib_temp_dir());
    SandboxExecResult *r = EXEC(sb, cmd, AS_LEARNER);
    CHECK_CONTAINS(r->output, "END");
    sandbox_exec_result_free(r);
    const char *bad[] = {"leak", "d/leak2", "rootlink/etc/passwd", "up/ws/leak", "dirlink/link-secret.txt", "magic",
                         "chain", "../link-secret.txt", NULL};
    const char *read_hit = NULL;
    for (int i = 0; bad[i]; i++) {
        char *err = NULL;
        size_t len = 0;
        char *data = sandbox_read_file(sb, bad[i], 4096, &len, &err);
        if (data && !read_hit) read_hit = bad[i];
        free(data);
        free(err);
    }
    VERDICT("symlink_host_read", read_hit == NULL, "%s", read_hit ? read_hit : "sandbox_read_file refused every link");
    const char *writes[] = {"leak", "chain", "d/leak2", "dirlink/link-secret.txt", "rootlink/tmp/escape-w", "up/escape-w", NULL};
    const char *write_hit = NULL;
    for (int i = 0; writes[i]; i++) {
        char *err = NULL;
        if (sandbox_write_file(sb, writes[i], "PWNED\n", 6, &err) && !write_hit) write_hit = writes[i];
        free(err);
    }
    char *host = util_read_file(secret, NULL, NULL);
    bool intact = host && strcmp(host, secret_text) == 0;
    VERDICT("symlink_host_write", write_hit == NULL && intact, "%s",
            write_hit ? write_hit : intact ? "sandbox_write_file refused every link" : "host file changed");
    free(host);
    unlink("/tmp/escape-w");
    /* A check sees the learner's workspace through a copy: the copy must not follow links. */
    r = EXEC(sb, "cat leak d/leak2 chain dirlink/link-secret.txt 2>&1; echo END", AS_CHECK);
    CHECK_CONTAINS(r->output, "END");
    VERDICT("symlink_check_copy", !strstr(r->output, secret_text), "%s",
            strstr(r->output, secret_text) ? "a check read the host file through a planted link" : "links stay dangling in the check copy");
    sandbox_exec_result_free(r);
    sandbox_close(sb);
    free(cmd);
    free(secret);
    free(secret_text);
}

static void test_escape_hardlinks_to_outside_files_refused(void)
{
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    SandboxExecResult *r = EXEC(sb, "n=0; for t in /etc/passwd /etc/group /usr/bin/bash /etc/alternatives/awk /proc/self/exe"
                                    " /proc/1/exe /dev/null /tmp; do n=$((n+1)); ln \"$t\" hl$n 2>/dev/null && echo LINKED:$t;"
                                    " python3 -c \"import os,sys; os.link(sys.argv[1], 'hp$n', follow_symlinks=True); print('LINKED:py:'+sys.argv[1])\" \"$t\" 2>/dev/null;"
                                    " done; rm -f hl* hp*; echo END", AS_LEARNER);
    CHECK_CONTAINS(r->output, "END");
    const char *hit = strstr(r->output, "LINKED:");
    VERDICT("hardlink_outside", hit == NULL, "%.80s", hit ? hit : "link() to files outside the workspace refused");
    sandbox_exec_result_free(r);
}

static void test_escape_fifos_and_sockets_do_not_block_host(void)
{
    Sandbox *sb = OPEN_SB(NULL, NULL);
    REQUIRE(sb);
    SandboxExecResult *r = EXEC(sb, "mkfifo pipe answer.txt; mkdir d; mkfifo d/p;"
                                    "python3 -c 'import socket; s=socket.socket(socket.AF_UNIX); s.bind(\"sock\")'; echo END",
                                    AS_LEARNER);
    CHECK_CONTAINS(r->output, "END");
    sandbox_exec_result_free(r);
    const char *names[] = {"pipe", "d/p", "sock", "answer.txt", NULL};
    double t0 = util_monotonic_seconds();
    const char *hit = NULL;
    for (int i = 0; names[i]; i++) {
        char *err = NULL;
        char *data = sandbox_read_file(sb, names[i], 4096, NULL, &err);
        if (data && !hit) hit = names[i];
        free(data);
        free(err);
        err = NULL;
        if (sandbox_write_file(sb, names[i], "x", 1, &err) && !hit) hit = names[i];
        free(err);
    }
    double took = util_monotonic_seconds() - t0;
    VERDICT("fifo_host_read_write", hit == NULL && took < 2, "%s in %.2f s", hit ? hit : "refused promptly", took);
    t0 = util_monotonic_seconds();
    r = EXEC_T(sb, "cat answer.txt d/p 2>&1 | head -c 200; echo CHECK-RAN", AS_CHECK, 20);
    took = util_monotonic_seconds() - t0;
    VERDICT("fifo_check_copy", !r->timed_out && strstr(r->output, "CHECK-RAN") && took < 10, "check took %.2f s%s", took,
            r->timed_out ? " (timed out)" : "");
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

/* A learner who can make the check copy fail turns a failing check into an infrastructure error. */
static void test_escape_workspace_shape_cannot_break_checks(void)
{
    Sandbox *sb = OPEN_SB(NULL, NULL);
    REQUIRE(sb);
    SandboxExecResult *r = EXEC(sb, "mkdir -p $(printf 'deep/%.0s' $(seq 90)) && echo DEEP-MADE", AS_LEARNER);
    CHECK_CONTAINS(r->output, "DEEP-MADE");
    sandbox_exec_result_free(r);
    SandboxExecRequest req = {.command = "echo CHECK-RAN", .check = true, .timeout = 30};
    r = sandbox_exec_wait(sb, &req);
    VERDICT("deep_tree_check", r->error == NULL && r->output && strstr(r->output, "CHECK-RAN"), "%s",
            r->error ? r->error : "check ran on a 90-level tree");
    sandbox_exec_result_free(r);
    r = EXEC(sb, "rm -rf deep; echo secret > locked; chmod 000 locked; mkdir closed; echo x > closed/f; chmod 000 closed;"
                 "echo END", AS_LEARNER);
    sandbox_exec_result_free(r);
    r = sandbox_exec_wait(sb, &req);
    VERDICT("unreadable_entries_check", r->error == NULL && r->output && strstr(r->output, "CHECK-RAN"), "%s",
            r->error ? r->error : "check ran with mode-000 files and folders");
    sandbox_exec_result_free(r);
    r = EXEC(sb, "chmod -R 700 closed; chmod 600 locked; echo END", AS_LEARNER);
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

/* ---- processes ----------------------------------------------------------------------- */

static void test_escape_host_processes_invisible_and_unsignalable(void)
{
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    SandboxExecResult *r = EXEC(sb, "for p in /proc/[0-9]*; do echo \"P:${p#/proc/}:$(tr '\\0' ' ' < $p/cmdline)\"; done 2>/dev/null;"
                                    "echo END", AS_ROOT);
    CHECK_CONTAINS(r->output, "END");
    int n = 0;
    for (const char *p = r->output; (p = strstr(p, "P:")) != NULL; p += 2) n++;
    bool host = strstr(r->output, "test_escape") || strstr(r->output, "ctest ") || strstr(r->output, "qemu-system") ||
                strstr(r->output, "cmake");
    VERDICT("host_processes_visible", !host && n < 15, "%d processes visible%s", n, host ? r->output : "");
    sandbox_exec_result_free(r);
    char *script = probe_script("procs.py");
    char *cmd = xasprintf("python3 - %d", (int)getpid());
    r = EXEC_IN(sb, cmd, AS_LEARNER, script);
    EXPECT_PROBES(r->output, "ptrace_attach_sibling", "process_vm_readv", "proc_init_mem", "host_pid_signal");
    sandbox_exec_result_free(r);
    free(cmd);
    free(script);
}

static void test_escape_kill_everything_inside_leaves_host_and_engine(void)
{
    Sandbox *sb = OPEN_SB(NULL, NULL);
    REQUIRE(sb);
    int pfd[2];
    REQUIRE(pipe(pfd) == 0);
    pid_t helper = fork();           /* a host process of ours that must survive */
    if (helper == 0) {
        char c;
        close(pfd[1]);
        ssize_t n = read(pfd[0], &c, 1);
        _exit(n == 0 ? 0 : 1);
    }
    close(pfd[0]);
    char *cmd = xasprintf("kill -9 %d %d 2>/dev/null; kill -9 $PPID 1; kill -9 -1; kill -KILL 0; echo SURVIVED", (int)getpid(),
                          (int)helper);
    for (int as = 0; as < 2; as++) {
        SandboxExecResult *r = EXEC(sb, cmd, as ? AS_ROOT : AS_LEARNER);
        sandbox_exec_result_free(r);
    }
    int st = 0;
    bool helper_alive = waitpid(helper, &st, WNOHANG) == 0;
    char *err = NULL;
    SandboxShell *sh = sandbox_shell_open(sb, 24, 80, NULL, NULL, &err);
    free(err);
    if (sh) {   /* the shell may die or carry on; either way the engine must not notice */
        type_line(sh, "kill -9 -1; kill -9 1 $PPID; echo KILLS-$((1+1))\n");
        char *out = testlib_read_until(sandbox_shell_fd(sh), "KILLS-2", 5);
        free(out);
        sandbox_shell_close(sh);
    }
    SandboxExecResult *r = EXEC(sb, "echo still-works", AS_LEARNER);
    bool ok = helper_alive && strstr(r->output, "still-works") && waitpid(helper, &st, WNOHANG) == 0;
    VERDICT("kill_host_from_inside", ok, "%s", ok ? "engine, its other children and the sandbox survive kill -9 -1/$PPID/1"
                                                  : "a host process or the sandbox died");
    sandbox_exec_result_free(r);
    close(pfd[1]);
    waitpid(helper, &st, 0);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    sandbox_close(sb);
    free(cmd);
}

static void test_escape_tiocsti_refused_on_pty_shell(void)
{
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    char *script = probe_script("tiocsti.py");
    char *err = NULL;
    CHECK(sandbox_write_file(sb, "escape_tiocsti.py", script, strlen(script), &err));
    free(err);
    err = NULL;
    SandboxShell *sh = sandbox_shell_open(sb, 24, 80, NULL, NULL, &err);
    if (!sh) testlib_fail(__FILE__, __LINE__, "shell: %s", err);
    free(err);
    REQUIRE(sh);
    char *out = shell_run(sh, "python3 escape_tiocsti.py", 15);
    char *after = shell_run(sh, "echo after", 10);
    char *all = xasprintf("%s%s", out, after);
    EXPECT_PROBES(all, "tiocsti", "tioclinux");
    VERDICT("tiocsti_line_ran", !strstr(all, "INJ42ECTED"), "%s",
            strstr(all, "INJ42ECTED") ? "the pushed line ran in the learner's shell" : "nothing pushed ran");
    free(all);
    free(out);
    free(after);
    sandbox_shell_close(sh);
    SandboxExecResult *r = EXEC(sb, "rm -f escape_tiocsti.py", AS_LEARNER);
    sandbox_exec_result_free(r);
    free(script);
}

static int exec_done_calls;
static void on_exec_done(void *ud, SandboxExecResult *r)
{
    (void)ud;
    (void)r;
    exec_done_calls++;
}

static void test_escape_setsid_nohup_survives_no_sandbox_close(void)
{
    int kids_before = host_descendants();
    Sandbox *sb = OPEN_SB(NULL, NULL);
    REQUIRE(sb);
    char marker[64];
    snprintf(marker, sizeof marker, "escape-sleeper-%d", (int)getpid());
    char *err = NULL;
    SandboxShell *sh = sandbox_shell_open(sb, 24, 80, NULL, NULL, &err);
    free(err);
    REQUIRE(sh);
    char *line = xasprintf("(trap '' HUP TERM INT; setsid nohup bash -c 'exec -a %s sleep 1000' </dev/null >/dev/null 2>&1 &);"
                           " setsid nohup bash -c 'exec -a %s sleep 1000' </dev/null >/dev/null 2>&1 & disown -a", marker, marker);
    char *out = shell_run(sh, line, 10);
    free(out);
    Loop *loop = loop_new(false);
    char *cmd = xasprintf("(setsid bash -c '(exec -a %s sleep 1000 &)' &); exec -a %s sleep 1000", marker, marker);
    SandboxExecRequest req = {.command = cmd, .timeout = 60};
    exec_done_calls = 0;
    CHECK(sandbox_exec_start(sb, loop, &req, on_exec_done, NULL, &err));
    free(err);
    long uid = -1;
    if (g_backend == SANDBOX_NS) {          /* the vm's processes are inside the guest */
        double end = util_monotonic_seconds() + 10;
        while (host_processes_matching(marker, true) < 4 && util_monotonic_seconds() < end) loop_run_once(loop, 10);
        CHECK_INT_EQ(host_processes_matching(marker, true), 4);
        uid = host_uid_of(marker);
    }
    sandbox_shell_close(sh);                /* the shell first, as run_finish does */
    int after_shell = host_processes_matching(marker, true);
    sandbox_close(sb);
    CHECK_INT_EQ(exec_done_calls, 1);
    int left = host_processes_with(marker);
    int uid_left = uid > 0 && geteuid() == 0 ? host_processes_of_uid((uid_t)uid) : 0;
    int kids = host_descendants() - kids_before;
    VERDICT("setsid_nohup_after_close", left == 0 && uid_left == 0 && kids <= 0,
            "%d marked, %d of the sandbox uid, %d descendants left (%d marked after shell close)", left, uid_left, kids,
            after_shell);
    loop_free(loop);
    free(cmd);
    free(line);
}

/* ---- kernel -------------------------------------------------------------------------- */

static void test_escape_kernel_syscalls_refused(void)
{
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    char *script = probe_script("kernel.py");
    SandboxExecResult *r = EXEC_IN(sb, "python3 -", AS_LEARNER, script);
    EXPECT_PROBES(r->output, "keyctl", "add_key", "request_key", "bpf", "perf_event_open", "io_uring_setup", "userfaultfd",
                  "init_module", "finit_module", "delete_module", "kexec_load", "syslog", "name_to_handle_at",
                  "open_by_handle_at", "mount_syscall", "umount2", "pivot_root", "chroot", "fsopen", "open_tree",
                  "unshare_user", "unshare_mount", "unshare_net", "setns", "reboot", "swapon", "iopl", "acct");
    sandbox_exec_result_free(r);
    free(script);
}

static void test_escape_unshare_and_mount_tools_refused(void)
{
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    const char *cmd = "for a in -U -m -n -r -p\\ -f -i -u -C; do unshare $a true 2>/dev/null && echo \"WORKED:unshare $a\"; done;"
                      "mkdir -p /tmp/mnt; mount -t tmpfs none /tmp/mnt 2>/dev/null && echo WORKED:mount-tmpfs;"
                      "mount --bind /workspace /tmp/mnt 2>/dev/null && echo WORKED:mount-bind;"
                      "mount -o remount,rw /usr 2>/dev/null && echo WORKED:remount-usr;"
                      "umount -l /workspace 2>/dev/null && echo WORKED:umount; echo END";
    static const RefusalProbe tools = {"unshare_mount_tools", "unshare_mount_tools_root", {"WORKED:"},
                                       "unshare -U/-m/-n/-r/-p, mount, umount refused", 60};
    refused_as_learner_and_root(__LINE__, sb, cmd, &tools, 1);
}

static void test_escape_sys_proc_and_kernel_log_closed(void)
{
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    char name[64];
    snprintf(name, sizeof name, "escape-%d", (int)getpid());
    char *cmd = xasprintf("if [ -d /sys/kernel ]; then touch /sys/%s 2>/dev/null && echo WROTE:sys;"
                          " for f in /sys/kernel/uevent_helper /sys/power/state /sys/fs/cgroup; do test -w $f && echo WROTE:$f; done;"
                          " mkdir /sys/fs/cgroup/%s 2>/dev/null && { echo WROTE:cgroup; rmdir /sys/fs/cgroup/%s; }; fi;"
                          "echo h > /proc/sysrq-trigger 2>/dev/null && echo WROTE:sysrq;"
                          "dmesg 2>/dev/null | head -3 | sed 's/^/KLOG:/';"
                          "timeout 1 head -c 300 /dev/kmsg 2>/dev/null | sed 's/^/KLOG:/';"
                          "timeout 1 head -c 300 /proc/kmsg 2>/dev/null | sed 's/^/KLOG:/';"
                          "test \"$(head -c 100 /proc/kcore 2>/dev/null | wc -c)\" -gt 0 && echo KLOG:kcore;"
                          "grep -v '^0000000000000000' /proc/kallsyms 2>/dev/null | head -2 | sed 's/^/KLOG:/'; echo END",
                          name, name, name);
    static const RefusalProbe sys_and_log[] = {
        {"sys_proc_writes", "sys_proc_writes_root", {"WROTE:"}, "/sys absent or read-only, sysrq refused", 60},
        {"kernel_log", "kernel_log_root", {"KLOG:"}, "dmesg, /dev/kmsg, /proc/kmsg, kcore, kallsyms closed", 80},
    };
    refused_as_learner_and_root(__LINE__, sb, cmd, sys_and_log, 2);
    free(cmd);
}

/* ---- network --------------------------------------------------------------------------- */

static int listen_on(int family, int *port)
{
    int s = socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (s < 0) return -1;
    int rc;
    if (family == AF_INET) {
        struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
        rc = bind(s, (struct sockaddr *)&a, sizeof a);
        socklen_t l = sizeof a;
        if (rc == 0) rc = getsockname(s, (struct sockaddr *)&a, &l);
        *port = ntohs(a.sin_port);
    } else {
        struct sockaddr_in6 a = {.sin6_family = AF_INET6, .sin6_addr = IN6ADDR_LOOPBACK_INIT};
        rc = bind(s, (struct sockaddr *)&a, sizeof a);
        socklen_t l = sizeof a;
        if (rc == 0) rc = getsockname(s, (struct sockaddr *)&a, &l);
        *port = ntohs(a.sin6_port);
    }
    if (rc != 0 || listen(s, 8) != 0) {
        close(s);
        return -1;
    }
    return s;
}

static void test_escape_network_probes(void)
{
    int port4 = 0, port6 = 0;
    int l4 = listen_on(AF_INET, &port4);
    int l6 = listen_on(AF_INET6, &port6);
    CHECK(l4 >= 0);
    if (l6 < 0) printf("  [%s] note: no IPv6 loopback on this host; the [::1] probe runs against port 0\n", g_name);
    char abstract[64];
    snprintf(abstract, sizeof abstract, "worksim-escape-%d", (int)getpid());
    int lu = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    struct sockaddr_un ua = {.sun_family = AF_UNIX};
    memcpy(ua.sun_path + 1, abstract, strlen(abstract));
    socklen_t ulen = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + strlen(abstract));
    CHECK(lu >= 0 && bind(lu, (struct sockaddr *)&ua, ulen) == 0 && listen(lu, 4) == 0);
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    char *script = probe_script("net.py");
    char *cmd = xasprintf("python3 - %d %d %s", port4, l6 >= 0 ? port6 : 0, abstract);
    SandboxExecResult *r = exec_at(__LINE__, sb, cmd, AS_LEARNER, 30, script);
    EXPECT_PROBES(r->output, "host_loopback_v4", "host_loopback_v6", "host_abstract_unix", "route_v4_off_box",
                  "route_v6_off_box", "tcp_internet", "dns", "raw_socket_v4", "raw_socket_v6", "packet_socket", "netlink_links");
    sandbox_exec_result_free(r);
    int got = 0;
    int ls[3] = {l4, l6, lu};
    for (int i = 0; i < 3; i++) {
        if (ls[i] < 0) continue;
        int a = accept(ls[i], NULL, NULL);
        if (a >= 0) {
            got++;
            close(a);
        }
        close(ls[i]);
    }
    VERDICT("host_listeners_accepted", got == 0, "%d connections reached host listeners", got);
    /* The host's resolver lines must not be inside (a guest's own /etc/hosts is fine). */
    r = EXEC(sb, "cat /etc/resolv.conf 2>/dev/null; echo END", AS_LEARNER);
    char *conf = util_read_file("/etc/resolv.conf", NULL, NULL);
    const char *ns_line = conf ? strstr(conf, "nameserver") : NULL;
    char *want = ns_line ? xstrndup(ns_line, strcspn(ns_line, "\n")) : NULL;
    bool leaked = want && strstr(r->output, want);
    VERDICT("resolver_config", !leaked, "%s", leaked ? want : "no host nameserver line inside");
    free(want);
    free(conf);
    sandbox_exec_result_free(r);
    free(cmd);
    free(script);
}

/* ---- resources ------------------------------------------------------------------------- */

/* Common tail of every bomb: the exec ended, the host is fine, the sandbox still works. */
static void after_bomb(int line, Sandbox *sb, const char *probe, SandboxExecResult *r, double limit_s)
{
    /* "Ended" means came back at all, not fast: under TCG emulation on a loaded 2-core CI
     * machine, killing a flood in the guest took 8 s after a 2 s timeout, so vm gets what its
     * execs get (vm_budget_scale). */
    limit_s *= vm_budget_scale();
    bool ended = r && !r->error && r->seconds < limit_s;
    bool host = host_still_fine();
    SandboxExecResult *next = exec_at(line, sb, "echo run-continues", AS_LEARNER, 20, NULL);
    bool cont = strstr(next->output, "run-continues") != NULL;
    verdict_at(line, probe, ended && host && cont, "exit %d%s in %.1f s; host %s; next exec %s", r ? r->exit_code : -1,
               r && r->timed_out ? " (timeout)" : "", r ? r->seconds : 0, host ? "fine" : "HURT", cont ? "works" : "FAILS");
    /* A failure says what the commands printed, so a CI log shows the cause. */
    if (!(ended && host && cont)) {
        fprintf(stderr, "    bomb: error=%s output=%.300s\n", r && r->error ? r->error : "-", r && r->output ? r->output : "");
        fprintf(stderr, "    next: exit %d error=%s output=%.300s\n", next->exit_code, next->error ? next->error : "-",
                next->output ? next->output : "");
    }
    sandbox_exec_result_free(next);
}

static void test_escape_fork_bomb_contained(void)
{
    SandboxLimits lim = {.processes = 64};
    Sandbox *sb = OPEN_SB(NULL, &lim);
    REQUIRE(sb);
    SandboxExecResult *r = EXEC_T(sb, "bomb() { bomb | bomb & }; bomb; wait", AS_LEARNER, 3);
    after_bomb(__LINE__, sb, "fork_bomb", r, 15);
    sandbox_exec_result_free(r);
    r = EXEC_T(sb, "python3 -c 'import os\nwhile True:\n  try: os.fork()\n  except OSError: pass'", AS_LEARNER, 2);
    after_bomb(__LINE__, sb, "fork_bomb_python", r, 15);
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

static void test_escape_memory_bomb_contained(void)
{
    SandboxLimits lim = {.memory_mb = 512};
    Sandbox *sb = OPEN_SB(NULL, &lim);
    REQUIRE(sb);
    SandboxExecResult *r = EXEC_T(sb, "python3 -c 'b=[]\nwhile True: b.append(bytearray(32<<20))'; echo rc=$?", AS_LEARNER, 20);
    CHECK(strstr(r->output, "MemoryError") || strstr(r->output, "rc=137") || r->timed_out);
    after_bomb(__LINE__, sb, "memory_bomb", r, 25);
    sandbox_exec_result_free(r);
    /* RLIMIT_AS is per process: four processes each touching 200 MB under a 512 MB limit. Each
     * holds its 200 MB, leaves a mark in /tmp/agg and waits (bounded) until all four have: only
     * "held 4" from all four means 800 MB were held at the same time. */
    r = EXEC_T(sb, "mkdir -p /tmp/agg; for i in 1 2 3 4; do python3 -c '\nimport os, sys, time\nb = b\"\\1\" * (200 << 20)\n"
                   "open(\"/tmp/agg/\" + sys.argv[1], \"w\").close()\nt = time.time()\n"
                   "while len(os.listdir(\"/tmp/agg\")) < 4 and time.time() - t < 5: time.sleep(0.01)\n"
                   "print(\"held\", len(os.listdir(\"/tmp/agg\")))' $i & done; wait; rm -rf /tmp/agg", AS_LEARNER, 20);
    int held = 0;
    for (const char *p = r->output; (p = strstr(p, "held 4")) != NULL; p += 6) held++;
    VERDICT("memory_aggregate_cap", held < 4, "%d of 4 processes held 200 MB at the same time (%d MB; memory_mb is 512)",
            held, held * 200);
    after_bomb(__LINE__, sb, "memory_bomb_parallel", r, 25);
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

static void test_escape_cpu_loop_contained(void)
{
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    SandboxExecResult *r = EXEC_T(sb, "while :; do :; done & while :; do :; done", AS_LEARNER, 1.5);
    CHECK(r->timed_out);
    after_bomb(__LINE__, sb, "cpu_loop", r, 10);
    sandbox_exec_result_free(r);
}

static void test_escape_disk_and_inode_floods_contained(void)
{
    SandboxLimits lim = {.file_mb = 16};
    Sandbox *sb = OPEN_SB(NULL, &lim);
    REQUIRE(sb);
    SandboxExecResult *r = EXEC_T(sb, "head -c 100000000 /dev/zero > big; echo big=$?; ls -l big | awk '{print \"size=\" $5}';"
                                      "for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18; do head -c 15000000 /dev/zero > /tmp/t$i 2>/dev/null || { echo TMPFULL; break; }; done;"
                                      "rm -f big /tmp/t*", AS_LEARNER, 30);
    CHECK_CONTAINS(r->output, "size=16777216");
    CHECK_CONTAINS(r->output, "TMPFULL");
    after_bomb(__LINE__, sb, "disk_one_big_file", r, 30);
    sandbox_exec_result_free(r);
    /* Many files each under the per-file cap: does anything cap the workspace total? */
    r = EXEC_T(sb, "n=0; for i in $(seq 24); do head -c 15000000 /dev/zero > fill$i 2>/dev/null || break; n=$i; done;"
                   "echo files=$n; rm -f fill*", AS_LEARNER, 30);
    /* Blocked needs the loop's own count: a flood cut by the timeout proves nothing. */
    const char *files = strstr(r->output, "files=");
    bool capped = files && atoi(files + 6) < 24;
    VERDICT("disk_total_cap", capped, "%s", capped ? r->output : files ? "360 MB landed in /workspace (24 files of 15 MB)"
                                                                      : "no verdict: the flood did not finish in time");
    after_bomb(__LINE__, sb, "disk_many_files", r, 30);
    sandbox_exec_result_free(r);
    r = EXEC_T(sb, "python3 -c '\nimport os\nos.mkdir(\"flood\")\nn=0\ntry:\n  for n in range(1, 20001): open(\"flood/%d\" % n, \"w\").close()\n"
                   "except OSError as e: print(\"stopped\", e)\nprint(\"files=%d\" % n)'; rm -rf flood", AS_LEARNER, 40);
    bool icapped = strstr(r->output, "stopped") && !strstr(r->output, "files=20000");
    VERDICT("inode_flood_cap", icapped, "%s", icapped ? r->output : strstr(r->output, "files=20000") ? "20000 empty files created in /workspace"
                                                                   : "no verdict: the flood did not finish in time");
    after_bomb(__LINE__, sb, "inode_flood", r, 40);
    sandbox_exec_result_free(r);
    r = EXEC_T(sb, "python3 -c '\nimport os\nn=0\ntry:\n  for n in range(1, 100001): open(\"/tmp/%d\" % n, \"w\").close()\n"
                   "except OSError as e: print(\"stopped\", e)\nprint(\"tmpfiles=%d\" % n)'", AS_LEARNER, 90);
    /* Both backends cap /tmp at the sandbox's file limit (10,000 here): under TCG the guest makes
     * ~3000 files a second, so the refusal comes within seconds (it took 19.4 s when the guest's
     * /tmp was capped only by its RAM, ~60,000). "Capped" needs the refusal itself. */
    bool tcapped = strstr(r->output, "stopped") && !strstr(r->output, "tmpfiles=100000");
    VERDICT("tmp_inode_cap", tcapped, "%s", tcapped ? r->output : "100000 empty files in the size-capped /tmp (inodes are host kernel memory)");
    after_bomb(__LINE__, sb, "inode_flood_tmp", r, 90);
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

static void test_escape_fd_and_output_floods_contained(void)
{
    SandboxLimits lim = {.output_bytes = 4096};
    Sandbox *sb = OPEN_SB(NULL, &lim);
    REQUIRE(sb);
    SandboxExecResult *r = EXEC_T(sb, "python3 -c '\nimport os\nfds=[]\ntry:\n  while True: fds.append(os.open(\"/dev/null\", os.O_RDONLY))\n"
                                      "except OSError as e: print(\"fds=%d\" % len(fds), e)'", AS_LEARNER, 20);
    int fds = 0;
    const char *p = strstr(r->output, "fds=");
    if (p) fds = atoi(p + 4);
    VERDICT("fd_flood_cap", p && fds > 0 && fds <= 256, "stopped after %d descriptors", fds);
    after_bomb(__LINE__, sb, "fd_flood", r, 20);
    sandbox_exec_result_free(r);
    /* The cap, on a flood that ends by itself (1 MB on stdout, 100 kB on stderr): how much is
     * written before a timeout depends on the machine's load, what is kept must not. */
    r = EXEC_T(sb, "head -c 1000000 /dev/zero; yes escape-flood-err | head -c 100000 >&2; echo after-flood", AS_LEARNER, 20);
    bool capped = r->output_len <= 4096 && r->output_total >= 1100000;
    VERDICT("output_flood_cap", capped, "kept %zu of %zu bytes", r->output_len, r->output_total);
    sandbox_exec_result_free(r);
    /* An endless flood from background writers: the timeout ends it and keeps the cap. */
    r = EXEC_T(sb, "yes escape-flood-line & yes escape-flood-err >&2 & head -c 100000000 /dev/zero; wait", AS_LEARNER, 2);
    CHECK(r->timed_out && r->output_len <= 4096);
    after_bomb(__LINE__, sb, "output_flood", r, 10);
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

/* ---- result integrity (the real engine) ------------------------------------------------ */

static Scenario *load_fixture(const char *name)
{
    char *dir = xasprintf("%s/%s", FIXTURES, name);
    char *err = NULL;
    Scenario *sc = scenario_load(dir, &err);
    if (!sc) testlib_fail(__FILE__, __LINE__, "load %s: %s", dir, err);
    free(err);
    free(dir);
    return sc;
}

static int task_index(const Run *run, const char *id)
{
    const Scenario *sc = run_scenario(run);
    for (int i = 0; i < sc->n_tasks; i++)
        if (strcmp(sc->tasks[i].id, id) == 0) return i;
    return -1;
}

static const CheckResult *check_of(const Run *run, const char *task, const char *check)
{
    int ti = task_index(run, task);
    if (ti < 0) return NULL;
    const ScenarioTask *t = &run_scenario(run)->tasks[ti];
    for (int i = 0; i < t->n_checks; i++)
        if (strcmp(t->checks[i].id, check) == 0) return &run_task_checks(run, ti)[i];
    return NULL;
}

static void test_escape_forged_markers_and_shadowed_tools_do_not_pass_checks(void)
{
    Scenario *sc = load_fixture("integrity");
    REQUIRE(sc);
    Action acts[] = {
        {.kind = ACTION_SH, .target = "echo 41 > answer.txt"},
        {.kind = ACTION_SH, .target = "for f in PASS PASSED .passed pass.txt result.txt .worksim-pass check.ok answer.txt.ok"
                                      " .check_result exit_code; do echo PASS > $f; done; echo 0 > exit_code;"
                                      " echo '{\"passed\":true,\"score\":100}' > result.json; echo 'PASS: all checks passed'"},
        {.kind = ACTION_SH, .target = "printf '#!/bin/sh\\necho /usr/bin/python3\\nexit 0\\n' > python3 && chmod +x python3"
                                      " && mkdir -p bin && cp python3 bin/python3 && cp python3 bin/grep && cp python3 bin/test"},
        {.kind = ACTION_SH, .target = "printf 'export PATH=/workspace:/workspace/bin:$PATH\\nexport LD_PRELOAD=/workspace/evil.so\\n"
                                      "export BASH_ENV=/workspace/.bashrc\\nalias python3=/workspace/python3\\npython3() { echo /usr/bin/python3; }\\n'"
                                      " > .bashrc && cp .bashrc .profile && cp .bashrc .bash_profile && cp .bashrc .bash_login"},
        {.kind = ACTION_SH, .target = "printf '#include <unistd.h>\\n__attribute__((constructor)) static void f(void) { _exit(0); }\\n'"
                                      " > evil.c && { cc -shared -fPIC -o evil.so evil.c 2>/dev/null || true; }"},
        {.kind = ACTION_SH, .target = "d=$(python3 -m site --user-site) && mkdir -p \"$d\" && printf 'import os; os.write(1, "
                                      "b\"/usr/bin/python3\\\\n\"); os._exit(0)\\n' > \"$d/zz_escape.pth\" && cp \"$d/zz_escape.pth\" ."
                                      " && printf 'import os\\nos._exit(0)\\n' > sitecustomize.py && cp sitecustomize.py usercustomize.py"
                                      " && cp sitecustomize.py \"$d/usercustomize.py\""},
        {.kind = ACTION_SH, .target = "export PATH=/workspace:/workspace/bin:$PATH BASH_ENV=/workspace/.bashrc ENV=/workspace/.bashrc"
                                      " PYTHONPATH=/workspace PYTHONSTARTUP=/workspace/sitecustomize.py LD_PRELOAD=/workspace/evil.so"},
        {.kind = ACTION_SUBMIT, .target = "forge"},
        {.kind = ACTION_SUBMIT, .target = "python"},
    };
    ActionScript *script = testlib_script_of(acts, (int)(sizeof acts / sizeof *acts));
    HeadlessOptions ho = {.run = {.sandbox = {.backend = g_backend}}};
    Loop *loop = NULL;
    Run *run = headless_run(sc, script, &ho, &loop);
    CHECK(run_is_finished(run));
    if (run_error(run)) testlib_fail(__FILE__, __LINE__, "run error: %s", run_error(run));
    const CheckResult *forge = check_of(run, "forge", "answer");
    const CheckResult *apy = check_of(run, "python", "answer_py");
    const CheckResult *which = check_of(run, "python", "which_py");
    REQUIRE(forge && apy && which);
    CHECK(forge->ran && apy->ran && which->ran);
    VERDICT("forged_pass_files", forge->ran && !forge->passed, "check %s: %.80s", forge->passed ? "PASSED" : "failed",
            forge->feedback ? forge->feedback : "");
    VERDICT("python_user_site_hook", apy->ran && !apy->passed, "check %s (a .pth/usercustomize in the workspace %s)",
            apy->passed ? "PASSED" : "failed", apy->passed ? "ran inside the check" : "did not run");
    const char *out = which->output ? which->output : "";
    bool exe_ok = strstr(out, "exe=/usr/bin/python3\n") != NULL;
    VERDICT("shadow_python3_path", which->passed && exe_ok && !strstr(out, "path=/workspace"), "%.200s", out);
    const char *env = strstr(out, "env=");
    bool env_clean = env && (env[4] == '\n' || env[4] == ' ' || env[4] == '\0');
    VERDICT("learner_env_in_check", env_clean, "%.120s", env ? env : "(no env line)");
    const ScoreSheet *s = run_score(run);
    CHECK(s && strcmp(s->outcome, "failed") == 0);
    run_free(run);
    loop_free(loop);
    actions_free(script);
}

/* Plays the gitstate fixture's action script `name` (tricks.lua, forged.lua) to its end; NULL
 * (and nothing to free) when the script or the fixture does not load (the loader has reported
 * it). */
static Run *play_gitstate(const char *name, Loop **loop, ActionScript **script)
{
    char *path = xasprintf("%s/gitstate/%s", FIXTURES, name);
    *script = testlib_script_load(path);
    free(path);
    Scenario *sc = *script ? load_fixture("gitstate") : NULL;
    if (!sc) {
        actions_free(*script);
        *script = NULL;
        return NULL;
    }
    Run *run = headless_run(sc, *script, &(HeadlessOptions){.run = {.sandbox = {.backend = g_backend}}}, loop);
    CHECK(run_is_finished(run));
    if (run_error(run)) testlib_fail(__FILE__, __LINE__, "run error: %s", run_error(run));
    return run;
}

/* The learner's .git (grafts, a textconv or smudge driver, diff.external, colour, format.pretty
 * through include.path, notes, hooks, replace refs, a committed .gitattributes unsetting diff, a
 * .mailmap, a .git moved deep below a gitfile, a bare repository not named *.git; fixture
 * gitstate, one repository per trick)
 * must not make git in a check, or in run:sh with copy (the evidence replay), show anything but
 * what is committed; identity, remote, upstream and alias the learner set are still seen. */
static void test_escape_git_state_does_not_fool_checks(void)
{
    Loop *loop = NULL;
    ActionScript *script = NULL;
    Run *run = play_gitstate("tricks.lua", &loop, &script);
    if (!run) return;
    int ti = task_index(run, "git");
    REQUIRE(ti >= 0);
    const ScenarioTask *t = &run_scenario(run)->tasks[ti];
    for (int i = 0; i < t->n_checks; i++) {
        const CheckResult *c = &run_task_checks(run, ti)[i];
        char *probe = xasprintf("git_%s", t->checks[i].id);
        VERDICT(probe, c->ran && c->passed, "check %s: %.160s", c->passed ? "saw the truth" : "FOOLED",
                c->feedback ? c->feedback : "");
        free(probe);
    }
    const ScoreSheet *s = run_score(run);
    const ScoreLine *replay = NULL;
    for (int i = 0; s && i < s->n_lines; i++)
        if (strcmp(s->lines[i].item_id, "replay") == 0) replay = &s->lines[i];
    VERDICT("git_copy_replay", replay && replay->points > 0, "%.160s", replay && replay->feedback ? replay->feedback : "(no line)");
    run_free(run);
    loop_free(loop);
    actions_free(script);
}

/* A learner who writes another commit's bytes into the object file named by theirs (fixture
 * gitstate, forged.lua: "wip" reads "Fix the total") makes every git command in a check read the
 * other content under the old name: the check must fail on the engine's own line about the
 * object, not see the good subject. */
static void test_escape_forged_git_object_fails_checks(void)
{
    Loop *loop = NULL;
    ActionScript *script = NULL;
    Run *run = play_gitstate("forged.lua", &loop, &script);
    if (!run) return;
    const CheckResult *c = check_of(run, "forged", "object_swap");
    REQUIRE(c);
    const char *fb = c->feedback ? c->feedback : "";
    VERDICT("git_forged_object", c->ran && !c->passed && strstr(fb, "does not hold what its name says"), "check %s: %.160s",
            c->passed ? "PASSED" : "failed", fb);
    run_free(run);
    loop_free(loop);
    actions_free(script);
}

static void record_checks(void *ud, Run *run, const char *kind, const char *json)
{
    (void)run;
    if (strcmp(kind, "check") == 0 || strcmp(kind, "command") == 0 || strcmp(kind, "finishing") == 0)
        buf_printf(ud, "%s %s\n", kind, json);
}

static void test_escape_learner_processes_gone_before_final_grading(void)
{
    Scenario *sc = load_fixture("writer");
    REQUIRE(sc);
    char marker[64];
    snprintf(marker, sizeof marker, "escape-writer-%d", (int)getpid());
    /* The first writer waits for the learner's shell to die (as run_finish closes it) and
     * then writes the right answer, racing the final check's copy of the workspace. */
    char *writer = xasprintf("export ESCAPE_SHELL_PID=$$; (setsid nohup bash -c 'exec -a %s bash -c \"while kill -0"
                             " $ESCAPE_SHELL_PID 2>/dev/null; do sleep 0.01; done; while :; do echo 42 > answer.txt; done\"'"
                             " </dev/null >/dev/null 2>&1 &);"
                             " (while true; do echo x >> beats; done) & setsid nohup bash -c 'exec -a %s sleep 1000' </dev/null"
                             " >/dev/null 2>&1 & disown -a",
                             marker, marker);
    Action acts[] = {
        {.kind = ACTION_SH, .target = "echo 41 > answer.txt"},
        {.kind = ACTION_SH, .target = writer},
        {.kind = ACTION_SUBMIT, .target = "t"},
    };
    ActionScript *script = testlib_script_of(acts, 3);
    Buf events = {0};
    HeadlessOptions ho = {.run = {.sandbox = {.backend = g_backend}, .on_event = record_checks, .event_ud = &events}};
    Loop *loop = NULL;
    int kids_before = host_descendants();
    Run *run = headless_run(sc, script, &ho, &loop);
    CHECK(run_is_finished(run));
    if (run_error(run)) testlib_fail(__FILE__, __LINE__, "run error: %s", run_error(run));
    const CheckResult *c = check_of(run, "t", "answer");
    REQUIRE(c);
    VERDICT("writer_changes_final_check", c->ran && !c->passed, "final check %s: %.60s", c->passed ? "PASSED" : "failed",
            c->output ? c->output : "");
    if (c->passed || getenv("ESCAPE_DEBUG")) fprintf(stderr, "%s", events.data);
    buf_free(&events);
    int alive = host_processes_with(marker);
    /* The appending writer, if alive, grows beats without pause; give it an exec's time. */
    Sandbox *sb = run_sandbox(run);
    size_t n1 = 0, n2 = 0;
    char *err = NULL;
    char *b1 = sb ? sandbox_read_file(sb, "beats", 64u << 20, &n1, &err) : NULL;
    free(err);
    err = NULL;
    if (sb) {
        SandboxExecResult *r = EXEC(sb, "sleep 0.3", AS_LEARNER);
        sandbox_exec_result_free(r);
    }
    char *b2 = sb ? sandbox_read_file(sb, "beats", 64u << 20, &n2, &err) : NULL;
    free(err);
    VERDICT("learner_processes_after_finish", alive == 0 && b1 && b2 && n1 == n2, "%d marked host processes; beats %zu -> %zu bytes",
            alive, n1, n2);
    free(b1);
    free(b2);
    run_free(run);
    int left = host_processes_with(marker);
    int kids = host_descendants() - kids_before;
    VERDICT("learner_processes_after_run", left == 0 && kids <= 0, "%d marked, %d descendants left after run_free", left, kids);
    loop_free(loop);
    actions_free(script);
    free(writer);
}

static void test_escape_exec_with_stdin_ignores_workspace_dotfiles(void)
{
    Sandbox *sb = OPEN_SB(NULL, NULL);
    REQUIRE(sb);
    const char *rc = "echo DOTFILE-SOURCED\nexport PATH=/workspace:$PATH\n";
    char *err = NULL;
    const char *files[] = {".bashrc", ".bash_profile", ".profile", ".bash_login", NULL};
    for (int i = 0; files[i]; i++) {
        CHECK(sandbox_write_file(sb, files[i], rc, strlen(rc), &err));
        free(err);
        err = NULL;
    }
    SandboxExecResult *r = EXEC_IN(sb, "echo body:$PATH; cat >/dev/null", AS_LEARNER, "input\n");
    VERDICT("stdin_exec_sources_bashrc", !strstr(r->output, "DOTFILE-SOURCED"), "%s", r->output);
    sandbox_exec_result_free(r);
    r = EXEC_IN(sb, "echo body:$PATH; cat >/dev/null", AS_CHECK, "input\n");
    VERDICT("stdin_check_sources_bashrc", !strstr(r->output, "DOTFILE-SOURCED"), "%s", r->output);
    sandbox_exec_result_free(r);
    r = EXEC(sb, "echo body:$PATH", AS_CHECK);
    VERDICT("check_sources_bashrc", !strstr(r->output, "DOTFILE-SOURCED"), "%s", r->output);
    sandbox_exec_result_free(r);
    sandbox_close(sb);
}

static void test_escape_installed_scenarios_invisible(void)
{
    Sandbox *sb = shared_sb();
    REQUIRE(sb);
    char *dir = xasprintf("%s/scenarios", WORKSIM_DATA_DIR);
    char *src = xasprintf("%s/scenarios", WORKSIM_SOURCE_DIR);
    char *cmd = xasprintf("ls '%s' '%s' '%s' 2>/dev/null | head -5; echo END", dir, src, WORKSIM_TESTS_DIR);
    SandboxExecResult *r = EXEC(sb, cmd, AS_LEARNER);
    bool visible = strncmp(r->output, "END", 3) != 0;
    struct stat st;
    bool installed = stat(dir, &st) == 0;
    VERDICT("scenario_sources_visible", !visible, "%s%s", visible ? r->output : "scenario folders and checks not visible",
            installed ? "" : " (no installed copy on this host)");
    sandbox_exec_result_free(r);
    free(cmd);
    free(dir);
    free(src);
}

/* ---- main ------------------------------------------------------------------------------- */

int main(int argc, char **argv)
{
    const char *want = getenv("WORKSIM_ESCAPE_BACKEND");
    if (argc > 1 && (strcmp(argv[1], "ns") == 0 || strcmp(argv[1], "vm") == 0)) {
        want = argv[1];
        argv[1] = argv[0];
        argv++;
        argc--;
    }
    if (want && strcmp(want, "vm") == 0) {
        g_backend = SANDBOX_VM;
        g_name = "vm";
    } else if (want && *want && strcmp(want, "ns") != 0) {
        fprintf(stderr, "test_escape: unknown backend '%s' (ns or vm)\n", want);
        return 2;
    }
    const char *strict = getenv("WORKSIM_ESCAPE_STRICT");
    g_strict = strict && strcmp(strict, "1") == 0;
    for (size_t i = 0; i < sizeof host_secrets / sizeof *host_secrets; i++) setenv(host_secrets[i][0], host_secrets[i][1], 1);
    signal(SIGPIPE, SIG_IGN);

    if (g_backend == SANDBOX_VM) {     /* CI may lack the vm backend: say so and skip */
        SandboxConfig cfg = {.backend = SANDBOX_VM};
        char *err = NULL;
        Sandbox *probe = sandbox_open(&cfg, &err);
        if (!probe) {
            printf("SKIP test_escape vm: the vm backend cannot start on this machine: %s\n", err ? err : "?");
            free(err);
            return 77;
        }
        g_shared = probe;
    }

    static const TestCase cases[] = {
        TEST_CASE(test_escape_host_env_absent_from_env_and_proc_environ),
        TEST_CASE(test_escape_root_home_shadow_and_host_files_unreadable),
        TEST_CASE(test_escape_proc_root_cwd_cmdline_show_no_host),
        TEST_CASE(test_escape_engine_database_and_inherited_fds_unreachable),
        TEST_CASE(test_escape_core_dumps_disabled),
        TEST_CASE(test_escape_installed_scenarios_invisible),
        TEST_CASE(test_escape_system_folders_not_writable_even_as_root),
        TEST_CASE(test_escape_tmp_not_shared_between_sandboxes_or_checks),
        TEST_CASE(test_escape_mknod_refused),
        TEST_CASE(test_escape_setuid_binaries_do_not_elevate),
        TEST_CASE(test_escape_host_never_follows_planted_links),
        TEST_CASE(test_escape_hardlinks_to_outside_files_refused),
        TEST_CASE(test_escape_fifos_and_sockets_do_not_block_host),
        TEST_CASE(test_escape_workspace_shape_cannot_break_checks),
        TEST_CASE(test_escape_exec_with_stdin_ignores_workspace_dotfiles),
        TEST_CASE(test_escape_host_processes_invisible_and_unsignalable),
        TEST_CASE(test_escape_kill_everything_inside_leaves_host_and_engine),
        TEST_CASE(test_escape_tiocsti_refused_on_pty_shell),
        TEST_CASE(test_escape_setsid_nohup_survives_no_sandbox_close),
        TEST_CASE(test_escape_kernel_syscalls_refused),
        TEST_CASE(test_escape_unshare_and_mount_tools_refused),
        TEST_CASE(test_escape_sys_proc_and_kernel_log_closed),
        TEST_CASE(test_escape_network_probes),
        TEST_CASE(test_escape_fork_bomb_contained),
        TEST_CASE(test_escape_memory_bomb_contained),
        TEST_CASE(test_escape_cpu_loop_contained),
        TEST_CASE(test_escape_disk_and_inode_floods_contained),
        TEST_CASE(test_escape_fd_and_output_floods_contained),
        TEST_CASE(test_escape_forged_markers_and_shadowed_tools_do_not_pass_checks),
        TEST_CASE(test_escape_git_state_does_not_fool_checks),
        TEST_CASE(test_escape_forged_git_object_fails_checks),
        TEST_CASE(test_escape_learner_processes_gone_before_final_grading),
    };
    printf("escape suite against the %s backend\n", g_name);
    int rc = testlib_main(argc, argv, cases, sizeof cases / sizeof *cases);
    sandbox_close(g_shared);
    return rc;
}
