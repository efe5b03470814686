/* exec_tracer.c: the exec trace's producer (see exec_tracer.h). A two-syscall BPF filter
 * returns SECCOMP_RET_USER_NOTIF for execve and execveat; for each notification the tracer
 * reads the caller's program path and argv from /proc/PID/mem (its cwd from /proc/PID/cwd),
 * checks the notification is still valid (the pid was not reused), writes one line
 * (exec_trace_wire.h) and only then lets the syscall continue: a record is in the pipe before
 * the program runs. A caller whose memory cannot be read (non-dumpable, gone) is still
 * recorded, flagged unreadable. libc only, no allocation: it runs in static inits.
 *
 * Limit (documented in scenarios/README.md): CONTINUE lets the kernel read the path again, so a
 * program with a second thread sharing its memory could change the path between the two
 * reads; the shell, coreutils and interpreters do not. */
#define _GNU_SOURCE
#include "sandbox/trace/exec_tracer.h"

#include "sandbox/trace/exec_trace_wire.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#if defined(__x86_64__)
#define TRACE_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define TRACE_ARCH AUDIT_ARCH_AARCH64
#else
#error "exec_tracer.c: unknown architecture"
#endif
#define X32_SYSCALL_BIT 0x40000000u

static bool out_dead;   /* out_fd failed once: keep serving, stop writing */

static void write_all(int fd, const char *s, size_t n)
{
    while (n > 0 && !out_dead) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            out_dead = true;
            return;
        }
        s += w;
        n -= (size_t)w;
    }
}

int exec_tracer_install(int out_fd)
{
    struct sock_filter code[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, TRACE_ARCH, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),   /* another ABI could exec unseen */
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
#if defined(__x86_64__)
        BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, X32_SYSCALL_BIT, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),   /* x32 execve has its own number */
#endif
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_execve, 1, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_execveat, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    struct sock_fprog prog = {.len = (unsigned short)(sizeof code / sizeof *code), .filter = code};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return -1;
    int fd = (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, &prog);
    if (fd < 0) return -1;
    fcntl(fd, F_SETFD, FD_CLOEXEC);
    write_all(out_fd, "T 1\n", 4);
    return fd;
}

void exec_tracer_lost(int out_fd, const char *why)
{
    char line[256];
    int n = snprintf(line, sizeof line, "L %s\n", why);
    for (int i = 2; i < n - 1 && i < (int)sizeof line - 1; i++)
        if (line[i] == ' ' || line[i] == '\n') line[i] = '_';
    if (n > 0) write_all(out_fd, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
}

/* ---- reading the caller ---------------------------------------------------------------- */

/* Reads a NUL-terminated string at addr into buf (cap bytes incl. NUL), a page at a time so a
 * string ending just before an unmapped page still reads. Returns its length (cut to cap-1,
 * *cut set), or -1. */
static long read_string(int mem, uint64_t addr, char *buf, size_t cap, bool *cut)
{
    size_t have = 0;
    *cut = false;
    while (have < cap - 1) {
        size_t page_left = 4096 - (size_t)((addr + have) % 4096);
        size_t want = cap - 1 - have < page_left ? cap - 1 - have : page_left;
        ssize_t n = pread(mem, buf + have, want, (off_t)(addr + have));
        if (n <= 0) return -1;
        void *nul = memchr(buf + have, '\0', (size_t)n);
        if (nul) return (long)((char *)nul - buf);
        have += (size_t)n;
    }
    buf[cap - 1] = '\0';
    *cut = true;
    return (long)(cap - 1);
}

static bool read_pointer(int mem, uint64_t addr, uint64_t *out)
{
    return pread(mem, out, sizeof *out, (off_t)addr) == (ssize_t)sizeof *out;
}

/* Lexically cleans an absolute path in place: no "//", "." or "..". */
static void clean_path(char *p)
{
    char *w = p;
    for (char *r = p; *r;) {
        while (*r == '/') r++;
        if (!*r) break;
        char *end = strchr(r, '/');
        size_t len = end ? (size_t)(end - r) : strlen(r);
        if (len == 1 && r[0] == '.') {
            /* skip */
        } else if (len == 2 && r[0] == '.' && r[1] == '.') {
            while (w > p && *--w != '/') {}
        } else {
            *w++ = '/';
            memmove(w, r, len);
            w += len;
        }
        r += len;
    }
    if (w == p) *w++ = '/';
    *w = '\0';
}

/* readlink of /proc/PID/NAME into out (NUL-terminated); false when unreadable. */
static bool proc_link(int pid, const char *name, char *out, size_t cap)
{
    char link[64];
    snprintf(link, sizeof link, "/proc/%d/%s", pid, name);
    ssize_t n = readlink(link, out, cap - 1);
    if (n <= 0) return false;
    out[n] = '\0';
    return true;
}

/* The parent pid from /proc/PID/stat (after the last ')'), or 0. */
static int parent_of(int pid)
{
    char path[64], buf[512];
    snprintf(path, sizeof path, "/proc/%d/stat", pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) return 0;
    buf[n] = '\0';
    char *close_paren = strrchr(buf, ')');
    int ppid = 0;
    if (close_paren && sscanf(close_paren + 1, " %*c %d", &ppid) != 1) ppid = 0;
    return ppid;
}

/* ---- writing the record ---------------------------------------------------------------- */

typedef struct Line {
    char *buf;
    size_t len, cap;
} Line;

static void put_raw(Line *l, const char *s)
{
    size_t n = strlen(s);
    if (l->len + n < l->cap) {
        memcpy(l->buf + l->len, s, n);
        l->len += n;
    }
}

/* " " + s escaped (exec_trace_wire.h); "-" for NULL. */
static void put_field(Line *l, const char *s)
{
    put_raw(l, " ");
    if (!s) {
        put_raw(l, "-");
        return;
    }
    if (!*s) {
        put_raw(l, "\\x00");   /* an empty string: decodes to "" (the NUL ends it) */
        return;
    }
    if (strcmp(s, "-") == 0) {
        put_raw(l, "\\x2d");   /* a real "-" (python3 -, cat -): a bare "-" means unreadable */
        return;
    }
    static const char hex[] = "0123456789abcdef";
    for (const unsigned char *p = (const unsigned char *)s; *p && l->len + 5 < l->cap; p++) {
        if (*p <= 0x20 || *p >= 0x7f || *p == '\\') {
            l->buf[l->len++] = '\\';
            l->buf[l->len++] = 'x';
            l->buf[l->len++] = hex[*p >> 4];
            l->buf[l->len++] = hex[*p & 15];
        } else {
            l->buf[l->len++] = (char)*p;
        }
    }
}

static void put_number(Line *l, long v)
{
    char num[32];
    snprintf(num, sizeof num, " %ld", v);
    put_raw(l, num);
}

/* ---- one notification ------------------------------------------------------------------ */

typedef struct Exec {
    int pid;
    int flags;
    char cwd[EXEC_TRACE_MAX_PATH];
    char path[EXEC_TRACE_MAX_PATH * 2 + 2];
    char real[PATH_MAX];
    bool have_cwd, have_path, have_real;
    long argc;
    char argv[EXEC_TRACE_MAX_ARGS][EXEC_TRACE_MAX_ARG];
} Exec;

static Exec cur;                           /* static: large, and the tracer is single-threaded */
static char line_buf[EXEC_TRACE_MAX_LINE];

/* Reads path, argv and cwd of the caller; sets flags for what could not be read. */
static void read_exec(const struct seccomp_notif *req, Exec *e)
{
    memset(e, 0, offsetof(Exec, argv));
    e->pid = (int)req->pid;
    bool at = req->data.nr == __NR_execveat;
    uint64_t path_addr = at ? req->data.args[1] : req->data.args[0];
    uint64_t argv_addr = at ? req->data.args[2] : req->data.args[1];
    int dirfd = at ? (int)req->data.args[0] : AT_FDCWD;
    int at_flags = at ? (int)req->data.args[4] : 0;

    e->have_cwd = proc_link(e->pid, "cwd", e->cwd, sizeof e->cwd);
    char mem_path[64];
    snprintf(mem_path, sizeof mem_path, "/proc/%d/mem", e->pid);
    int mem = open(mem_path, O_RDONLY | O_CLOEXEC);
    if (mem < 0) {
        e->flags |= EXEC_TRACE_UNREADABLE;
        return;
    }
    char given[EXEC_TRACE_MAX_PATH];
    bool cut = false;
    long plen = read_string(mem, path_addr, given, sizeof given, &cut);
    if (plen >= 0) {
        char base[EXEC_TRACE_MAX_PATH];
        bool have_base = true;
        if (given[0] == '/') {
            base[0] = '\0';
        } else if (dirfd == AT_FDCWD) {
            have_base = e->have_cwd;
            if (have_base) snprintf(base, sizeof base, "%s", e->cwd);
        } else {
            char name[32];
            snprintf(name, sizeof name, "fd/%d", dirfd);
            have_base = proc_link(e->pid, name, base, sizeof base);
        }
        if (have_base && plen == 0 && (at_flags & AT_EMPTY_PATH)) {
            snprintf(e->path, sizeof e->path, "%s", base);   /* fexecve: the fd is the program */
            e->have_path = true;
        } else if (have_base) {
            snprintf(e->path, sizeof e->path, "%s/%s", base, given);
            e->have_path = true;
        }
        if (e->have_path) {
            clean_path(e->path);
            e->have_real = realpath(e->path, e->real) != NULL;
            struct stat st;
            if (stat(e->path, &st) != 0 || !S_ISREG(st.st_mode) || access(e->path, X_OK) != 0)
                e->flags |= EXEC_TRACE_NOT_EXECUTABLE;
        }
    }
    if (!e->have_path) e->flags |= EXEC_TRACE_UNREADABLE;
    e->argc = 0;
    for (long i = 0; i < EXEC_TRACE_COUNT_ARGS; i++) {
        uint64_t p;
        if (!read_pointer(mem, argv_addr + (uint64_t)i * 8u, &p)) {
            e->flags |= EXEC_TRACE_UNREADABLE;
            break;
        }
        if (p == 0) break;
        if (i < EXEC_TRACE_MAX_ARGS) {
            if (read_string(mem, p, e->argv[i], EXEC_TRACE_MAX_ARG, &cut) < 0) {
                e->flags |= EXEC_TRACE_UNREADABLE;
                break;
            }
            if (cut) e->flags |= EXEC_TRACE_ARGS_CUT;
        }
        e->argc = i + 1;
    }
    close(mem);
}

static void write_exec(int out_fd, const Exec *e)
{
    Line l = {line_buf, 0, sizeof line_buf - 2};
    put_raw(&l, "X");
    put_number(&l, e->pid);
    put_number(&l, parent_of(e->pid));
    put_number(&l, e->flags);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    char t[48];
    snprintf(t, sizeof t, " %lld.%06ld", (long long)now.tv_sec, now.tv_nsec / 1000);
    put_raw(&l, t);
    put_field(&l, e->have_cwd ? e->cwd : NULL);
    put_field(&l, e->have_path ? e->path : NULL);
    put_field(&l, e->have_real ? e->real : NULL);
    put_number(&l, e->argc);
    for (long i = 0; i < e->argc && i < EXEC_TRACE_MAX_ARGS; i++) put_field(&l, e->argv[i]);
    line_buf[l.len++] = '\n';
    write_all(out_fd, line_buf, l.len);
}

void exec_tracer_ready(int *listener, int out_fd, short revents)
{
    if (!(revents & POLLIN)) exec_tracer_lost(out_fd, "the listener failed");
    else if (exec_tracer_serve(*listener, out_fd)) return;
    close(*listener);
    *listener = -1;
}

bool exec_tracer_serve(int listener, int out_fd)
{
    /* Room for a kernel whose notification is larger than these headers' (it writes its own
     * size; the fields read here stay where they are). */
    union {
        struct seccomp_notif n;
        char room[512];
    } got;
    struct seccomp_notif_resp resp;
    memset(&got, 0, sizeof got);
    struct seccomp_notif req;
    if (ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, &got) != 0) {
        if (errno == EINTR || errno == ENOENT) return true;   /* the caller died meanwhile */
        exec_tracer_lost(out_fd, "receiving a notification failed");
        return false;
    }
    memcpy(&req, &got.n, sizeof req);
    read_exec(&req, &cur);
    /* The pid could have been reused by now: then nothing above describes the caller. */
    if (ioctl(listener, SECCOMP_IOCTL_NOTIF_ID_VALID, &req.id) != 0) {
        cur.flags |= EXEC_TRACE_UNREADABLE;
        cur.have_path = cur.have_real = cur.have_cwd = false;
        cur.argc = 0;
    }
    write_exec(out_fd, &cur);
    memset(&resp, 0, sizeof resp);
    resp.id = req.id;
    resp.flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
    if (ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, &resp) != 0 && errno != ENOENT && errno != EINTR) {
        exec_tracer_lost(out_fd, "answering a notification failed");
        return false;
    }
    return true;
}
