/* agent.c: PID 1 of the VM sandbox (built static, packed into the initramfs as /init).
 * Boots the guest (mounts, modules listed in /modules/order, the host's /usr over virtiofs
 * read-only, the learner's /etc, lo up), opens the control port (found by name under
 * /sys/class/virtio-ports, 0600 root) and serves vm_protocol.h frames in a single-threaded
 * poll loop: execs and shells (agent_spawn.c), file get/put (agent_files.c), signals, power off.
 * A shell's exec trace (its init writes it to a pipe only the agent reads) goes out as TRACE
 * frames, always before the terminal output read after it: a command's records reach the
 * host before the output that follows its execs, as they reach the engine on the ns backend. */
#define _GNU_SOURCE
#include "sandbox/guest/agent.h"

#include "sandbox/vm/vm_protocol.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

AgentLimits agent_limits = {256, 120, 64, 256, 1024, 10000};
char agent_port_path[320];

/* The loop never sleeps longer than IDLE_POLL_MS: a wakeup of the control port can be lost
 * (virtio-serial under host CPU contention: a frame from the host sits unread, or a full port
 * never reports POLLOUT, until something else happens in the guest; lmb/vimto#29 saw the same
 * race). Each turn reads the port and flushes what waits for it whether or not poll said so;
 * a non-blocking read or write of the port collects what the host did meanwhile. */
enum { MAX_JOBS = 64, OUT_HIGH = 1 << 20, IDLE_POLL_MS = 250, ALIVE_EVERY_MS = 1000, ALIVE_AFTER_NEWS_MS = 4000 };

typedef struct Job {
    uint32_t id;
    bool used, pty;
    pid_t pid;              /* init of the job's pid namespace; 0 once reaped */
    int fd;                 /* output pipe or pty master; -1 at EOF */
    int trace_fd;           /* shell: read end of its exec trace; -1 without or at EOF */
    int status;
    bool timed_out;
    uint64_t total, cap;
    int64_t deadline_ms;    /* 0 = none */
} Job;

static Job jobs[MAX_JOBS];
static int ctl = -1;
static unsigned char *outq;      /* frames waiting for the port */
static size_t outq_len, outq_cap;
static unsigned char *inq;       /* bytes read from the port, not yet a whole frame */
static size_t inq_len, inq_cap;
static unsigned rc_serial;

void agent_log(const char *fmt, ...)
{
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line - 1, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n > sizeof line - 2) n = (int)sizeof line - 2;
    line[n++] = '\n';
    int fd = open("/dev/kmsg", O_WRONLY | O_CLOEXEC);
    if (fd < 0) fd = open("/dev/console", O_WRONLY | O_NOCTTY | O_CLOEXEC);
    if (fd >= 0) {
        if (write(fd, line, (size_t)n) < 0) {}
        close(fd);
    }
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void grow(unsigned char **p, size_t *cap, size_t need)
{
    if (need <= *cap) return;
    size_t c = *cap ? *cap : 65536;
    while (c < need) c *= 2;
    unsigned char *n = realloc(*p, c);
    if (!n) {
        agent_log("worksim-agent: out of memory");
        reboot(RB_POWER_OFF);
        _exit(1);
    }
    *p = n;
    *cap = c;
}

static int64_t last_frame_ms, last_news_ms;   /* when a frame, and one other than ALIVE, was queued */

/* Queues one frame whose body is the concatenation of two parts. */
static void send2(unsigned type, uint32_t id, const void *a, size_t alen, const void *b, size_t blen)
{
    last_frame_ms = now_ms();
    if (type != VM_ALIVE) last_news_ms = last_frame_ms;
    grow(&outq, &outq_cap, outq_len + VM_HEADER + alen + blen);
    vm_frame_header(outq + outq_len, type, id, alen + blen);
    outq_len += VM_HEADER;
    if (alen) memcpy(outq + outq_len, a, alen);
    outq_len += alen;
    if (blen) memcpy(outq + outq_len, b, blen);
    outq_len += blen;
}

static void send_text(unsigned type, uint32_t id, const char *text) { send2(type, id, text, strlen(text), NULL, 0); }

static void flush_out(void)
{
    while (outq_len) {
        ssize_t n = write(ctl, outq, outq_len);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        memmove(outq, outq + n, outq_len - (size_t)n);
        outq_len -= (size_t)n;
    }
}

/* ---------------------------------------------------------------- boot */

static void mount_or_log(const char *src, const char *dst, const char *type, unsigned long fl, const char *data)
{
    mkdir(dst, 0755);
    if (mount(src, dst, type, fl, data) < 0) agent_log("worksim-agent: mount %s: %s", dst, strerror(errno));
}

static void load_modules(void)
{
    FILE *f = fopen("/modules/order", "re");
    char name[256];
    while (f && fgets(name, sizeof name, f)) {
        name[strcspn(name, "\n")] = 0;
        if (!*name) continue;
        char path[300];
        snprintf(path, sizeof path, "/modules/%s", name);
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0 || (syscall(SYS_finit_module, fd, "", 0) < 0 && errno != EEXIST))
            agent_log("worksim-agent: module %s: %s", name, strerror(errno));
        if (fd >= 0) close(fd);
    }
    if (f) fclose(f);
}

static void write_text(const char *path, const char *text, mode_t mode)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) return;
    if (write(fd, text, strlen(text)) < 0) {}
    fchmod(fd, mode);
    close(fd);
}

static void lo_up(void)
{
    int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    strcpy(ifr.ifr_name, "lo");
    if (s >= 0 && ioctl(s, SIOCGIFFLAGS, &ifr) == 0) {
        ifr.ifr_flags |= IFF_UP;
        ioctl(s, SIOCSIFFLAGS, &ifr);
    }
    if (s >= 0) close(s);
}

/* Finds /dev/vportNpM whose name is VM_PORT_NAME, waiting for the driver; -1 if absent. */
static int open_control_port(void)
{
    for (int tries = 0; tries < 500; tries++) {
        DIR *d = opendir("/sys/class/virtio-ports");
        struct dirent *e;
        while (d && (e = readdir(d))) {
            if (e->d_name[0] == '.') continue;
            char path[300], name[64] = "";
            snprintf(path, sizeof path, "/sys/class/virtio-ports/%s/name", e->d_name);
            FILE *f = fopen(path, "re");
            if (f && fgets(name, sizeof name, f)) name[strcspn(name, "\n")] = 0;
            if (f) fclose(f);
            if (strcmp(name, VM_PORT_NAME) != 0) continue;
            snprintf(path, sizeof path, "/dev/%s", e->d_name);
            int fd = open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
            if (fd >= 0) {
                snprintf(agent_port_path, sizeof agent_port_path, "%s", path);
                fchown(fd, 0, 0);
                fchmod(fd, 0600);
                closedir(d);
                return fd;
            }
        }
        if (d) closedir(d);
        usleep(10000);
    }
    return -1;
}

/* The number after key on the kernel command line (set by the host), or fallback. */
static unsigned long cmdline_number(const char *key, unsigned long fallback)
{
    char line[2048] = "";
    FILE *f = fopen("/proc/cmdline", "re");
    if (f && !fgets(line, sizeof line, f)) line[0] = 0;
    if (f) fclose(f);
    const char *p = strstr(line, key);
    unsigned long v = p ? strtoul(p + strlen(key), NULL, 10) : 0;
    return v ? v : fallback;
}

static void boot(void)
{
    mount_or_log("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
    mount_or_log("sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RDONLY, NULL);
    mount_or_log("devtmpfs", "/dev", "devtmpfs", MS_NOSUID | MS_NOEXEC, "mode=0755");
    for (int fd = open("/dev/null", O_RDWR); fd >= 0 && fd < 2; fd = open("/dev/null", O_RDWR)) {}
    mount_or_log("devpts", "/dev/pts", "devpts", MS_NOSUID | MS_NOEXEC, "gid=5,mode=620,ptmxmode=666");
    mount_or_log("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777,size=64m");
    mount_or_log("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777,size=256m");
    mount_or_log("tmpfs", "/run", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755,size=16m");
    mkdir("/run/check", 0755);
    load_modules();
    mount_or_log("usr", "/usr", "virtiofs", MS_RDONLY | MS_NOSUID | MS_NODEV, NULL);
    write_text("/proc/sys/user/max_user_namespaces", "0\n", 0644);
    write_text("/proc/sys/kernel/dmesg_restrict", "1\n", 0644);
    write_text("/proc/sys/kernel/kptr_restrict", "2\n", 0644);
    /* 2: attaching (ptrace, /proc/PID/mem) needs CAP_SYS_PTRACE, which only the agent and the
     * shell's init (the exec tracer reads each caller's memory) have; no job keeps it. */
    write_text("/proc/sys/kernel/yama/ptrace_scope", "2\n", 0644);
    write_text("/proc/sys/kernel/sysrq", "0\n", 0644);
    const char *links[][2] = {{"usr/bin", "/bin"}, {"usr/sbin", "/sbin"}, {"usr/lib", "/lib"}, {"usr/lib64", "/lib64"}};
    for (size_t i = 0; i < 4; i++) symlink(links[i][0], links[i][1]);
    mkdir("/etc", 0755);
    mkdir("/etc/worksim", 0755);
    write_text("/etc/passwd",
               "root:x:0:0:root:/workspace:/bin/bash\n"
               "learner:x:1000:1000:Learner:/workspace:/bin/bash\n"
               "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n", 0644);
    write_text("/etc/group", "root:x:0:\ntty:x:5:\nlearner:x:1000:\nnogroup:x:65534:\n", 0644);
    write_text("/etc/hosts", "127.0.0.1 localhost sandbox\n::1 localhost\n", 0644);
    write_text("/etc/hostname", "sandbox\n", 0644);
    sethostname("sandbox", 7);
    /* The workspace: its own tmpfs capped in bytes and files (limits.disk_mb and .files,
     * passed on the kernel command line), filled from /ws-in, which the host appended to
     * the initrd. */
    mkdir(AGENT_WS, 0755);
    agent_limits.tmp_files = (uint32_t)cmdline_number("worksim.ws_files=", 10000);
    char ws_opts[96];
    snprintf(ws_opts, sizeof ws_opts, "mode=0755,size=%lum,nr_inodes=%lu", cmdline_number("worksim.ws_mb=", 256),
             (unsigned long)agent_limits.tmp_files);
    mount_or_log("tmpfs", AGENT_WS, "tmpfs", MS_NOSUID | MS_NODEV, ws_opts);
    chown(AGENT_WS, AGENT_UID, AGENT_UID);
    if (access("/ws-in", F_OK) == 0) {
        if (agent_copy_tree("/ws-in", AGENT_WS) != 0) agent_log("worksim-agent: copying the workspace failed");
        agent_remove_tree("/ws-in");
    }
    /* The agent's private store: as large as the workspace may be (it holds its base copy). */
    mkdir(AGENT_PRIVATE, 0700);
    mount_or_log("tmpfs", AGENT_PRIVATE, "tmpfs", MS_NOSUID | MS_NODEV, ws_opts);
    chmod(AGENT_PRIVATE, 0700);
    if (access("/checks-in", F_OK) == 0) {
        mkdir(AGENT_CHECKS, 0755);
        mkdir("/checks", 0755);   /* the mount point check jobs bind it on */
        if (agent_copy_tree("/checks-in", AGENT_CHECKS) != 0) agent_log("worksim-agent: copying the checks failed");
        agent_remove_tree("/checks-in");
    }
    if (access("/base-in", F_OK) == 0) {   /* a resumed run's saved base, as if recorded */
        if (agent_record_base("/base-in") != 0) agent_log("worksim-agent: copying the saved base failed");
        agent_remove_tree("/base-in");
    }
    chmod("/", 0755);
    lo_up();
}

/* ---------------------------------------------------------------- jobs */

static Job *job_find(uint32_t id)
{
    for (int i = 0; i < MAX_JOBS; i++)
        if (jobs[i].used && jobs[i].id == id) return &jobs[i];
    return NULL;
}

static Job *job_new(uint32_t id)
{
    if (job_find(id)) return NULL;
    for (int i = 0; i < MAX_JOBS; i++) {
        if (!jobs[i].used) {
            memset(&jobs[i], 0, sizeof jobs[i]);
            jobs[i].used = true;
            jobs[i].id = id;
            jobs[i].fd = -1;
            jobs[i].trace_fd = -1;
            return &jobs[i];
        }
    }
    return NULL;
}

/* Sends what the shell's tracer has written so far as TRACE frames; at its end (the job's
 * init, the only writer, is gone) closes it. */
static void job_read_trace(Job *j)
{
    unsigned char chunk[32768];
    while (j->trace_fd >= 0) {
        ssize_t n = read(j->trace_fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno == EAGAIN) return;
        if (n <= 0) {
            close(j->trace_fd);
            j->trace_fd = -1;
            return;
        }
        send2(VM_TRACE, j->id, chunk, (size_t)n, NULL, 0);
    }
}

/* Sends the final message once the job's init is reaped and its output drained. */
static void job_maybe_finish(Job *j)
{
    if (j->pid || j->fd >= 0) return;
    job_read_trace(j);   /* the init is reaped: this reads to the end */
    if (j->trace_fd >= 0) {
        close(j->trace_fd);
        j->trace_fd = -1;
    }
    unsigned char b[13];
    vm_put_u32(b, (uint32_t)j->status);
    if (j->pty) {
        send2(VM_PTY_EXIT, j->id, b, 4, NULL, 0);
    } else {
        b[4] = j->timed_out;
        vm_put_u64(b + 5, j->total);
        send2(VM_EXITED, j->id, b, 13, NULL, 0);
    }
    j->used = false;
}

/* Reads what the job has written, at most JOB_READ_BUDGET chunks per call: a job that
 * writes as fast as it is read (output past its cap is only counted) must not keep the
 * loop from its deadlines and its other jobs. */
enum { JOB_READ_BUDGET = 8 };

static void job_read(Job *j)
{
    unsigned char chunk[32768];
    for (int reads = 0; reads < JOB_READ_BUDGET; reads++) {
        ssize_t n = read(j->fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno == EAGAIN) return;
        if (n <= 0) {   /* EOF, or EIO once no pty slave is left */
            close(j->fd);
            j->fd = -1;
            job_maybe_finish(j);
            return;
        }
        if (j->pty) {
            /* Every record written before this output was produced is in the pipe now. */
            job_read_trace(j);
            send2(VM_PTY_DATA, j->id, chunk, (size_t)n, NULL, 0);
        } else {
            uint64_t keep = j->total < j->cap ? j->cap - j->total : 0;
            if (keep > (uint64_t)n) keep = (uint64_t)n;
            if (keep) send2(VM_OUTPUT, j->id, chunk, (size_t)keep, NULL, 0);
            j->total += (uint64_t)n;
        }
        if (outq_len > OUT_HIGH) return;
    }
}

static void reap(void)
{
    for (;;) {
        int st;
        pid_t p = waitpid(-1, &st, WNOHANG);
        if (p <= 0) return;
        for (int i = 0; i < MAX_JOBS; i++) {
            Job *j = &jobs[i];
            if (!j->used || j->pid != p) continue;
            j->pid = 0;
            j->status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
            if (j->fd >= 0 && !j->pty) job_read(j);
            job_maybe_finish(j);
        }
    }
}

static void start_exec(uint32_t id, const unsigned char *b, size_t n)
{
    if (n < 13) return;
    uint8_t flags = b[0];
    uint32_t timeout = vm_get_u32(b + 1), cap = vm_get_u32(b + 5), clen = vm_get_u32(b + 9);
    if (clen > n - 13) return;
    char *cmd = strndup((const char *)b + 13, clen);
    const unsigned char *in = b + 13 + clen;
    size_t in_len = n - 13 - clen;
    Job *j = job_new(id);
    int out[2] = {-1, -1};
    int infd = memfd_create("stdin", MFD_CLOEXEC);
    if (!j || !cmd || infd < 0 || pipe2(out, O_CLOEXEC) < 0) {
        send_text(VM_ERROR, id, j ? "cannot set up the command's pipes" : "too many jobs or duplicate id");
        goto fail;
    }
    for (size_t off = 0; off < in_len;) {
        ssize_t w = write(infd, in + off, in_len - off);
        if (w <= 0) break;
        off += (size_t)w;
    }
    lseek(infd, 0, SEEK_SET);
    AgentSpawn sp = {.command = cmd, .as_root = flags & VM_EXEC_ROOT, .check = flags & VM_EXEC_CHECK,
                     .fd_in = infd, .fd_out = out[1], .trace_fd = -1};   /* checks: not traced */
    j->pid = agent_spawn(&sp);
    if (j->pid < 0) {
        send_text(VM_ERROR, id, "cannot start the command");
        goto fail;
    }
    close(out[1]);
    close(infd);
    free(cmd);
    j->fd = out[0];
    fcntl(j->fd, F_SETFL, O_NONBLOCK);
    j->cap = cap;
    j->deadline_ms = timeout ? now_ms() + timeout : 0;
    return;
fail:
    if (j) j->used = false;
    if (out[0] >= 0) close(out[0]);
    if (out[1] >= 0) close(out[1]);
    if (infd >= 0) close(infd);
    free(cmd);
}

static void set_winsize(int fd, uint16_t rows, uint16_t cols)
{
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    ws.ws_row = rows ? rows : 24;
    ws.ws_col = cols ? cols : 80;
    ioctl(fd, TIOCSWINSZ, &ws);
}

static void start_pty(uint32_t id, const unsigned char *b, size_t n)
{
    if (n < 8) return;
    uint16_t rows = vm_get_u16(b), cols = vm_get_u16(b + 2);
    uint32_t rc_len = vm_get_u32(b + 4);
    if (rc_len > n - 8) return;
    char rc[64] = "";
    if (rc_len) {
        snprintf(rc, sizeof rc, "/etc/worksim/bashrc-%u", ++rc_serial);
        char *text = strndup((const char *)b + 8, rc_len);
        if (text) write_text(rc, text, 0644);
        free(text);
    }
    char *env[32];
    int ne = 0;
    for (size_t off = 8 + rc_len; off < n && ne < 31;) {
        const char *s = (const char *)b + off;
        size_t l = strnlen(s, n - off);
        if (l == n - off) break;
        if (l && strchr(s, '=') && s[0] != '=') env[ne++] = (char *)s;
        off += l + 1;
    }
    env[ne] = NULL;
    Job *j = job_new(id);
    int m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC), s = -1, tr[2] = {-1, -1};
    char name[64];
    if (!j || m < 0 || grantpt(m) || unlockpt(m) || ptsname_r(m, name, sizeof name) ||
        (s = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)) < 0 || pipe2(tr, O_CLOEXEC) < 0) {
        send_text(VM_ERROR, id, "cannot open a pseudo-terminal");
        if (j) j->used = false;
        if (m >= 0) close(m);
        if (s >= 0) close(s);
        return;
    }
    set_winsize(m, rows, cols);
    AgentSpawn sp = {.command = NULL, .fd_in = s, .fd_out = s, .rcfile = rc_len ? rc : NULL, .env_extra = env,
                     .trace_fd = tr[1]};
    j->pid = agent_spawn(&sp);
    close(s);
    close(tr[1]);   /* the job's init holds the only write end now */
    if (j->pid < 0) {
        send_text(VM_ERROR, id, "cannot start the shell");
        j->used = false;
        close(m);
        close(tr[0]);
        return;
    }
    j->pty = true;
    j->fd = m;
    fcntl(m, F_SETFL, O_NONBLOCK);
    j->trace_fd = tr[0];
    fcntl(tr[0], F_SETFL, O_NONBLOCK);
}

static void write_all(int fd, const unsigned char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0 && errno == EAGAIN) {
            struct pollfd pfd = {fd, POLLOUT, 0};
            if (poll(&pfd, 1, 1000) <= 0) return;   /* a stuck terminal drops keys */
            continue;
        }
        if (w <= 0) return;
        p += w;
        n -= (size_t)w;
    }
}

/* ---------------------------------------------------------------- protocol */

static void handle(unsigned type, uint32_t id, const unsigned char *b, size_t n)
{
    Job *j = job_find(id);
    switch (type) {
    case VM_LIMITS:
        if (n >= 20) {
            agent_limits.nproc = vm_get_u32(b);
            agent_limits.cpu_s = vm_get_u32(b + 4);
            agent_limits.fsize_mb = vm_get_u32(b + 8);
            agent_limits.nofile = vm_get_u32(b + 12);
            agent_limits.as_mb = vm_get_u32(b + 16);
        }
        break;
    case VM_EXEC: start_exec(id, b, n); break;
    case VM_PTY_OPEN: start_pty(id, b, n); break;
    case VM_SIGNAL:
        if (j && j->pid > 0 && n >= 4) {
            int sig = (int)vm_get_u32(b);
            /* SIGKILL to a namespace init ends the whole job; others go to its processes. */
            if (sig == SIGKILL) kill(j->pid, SIGKILL);
            else kill(-j->pid, sig), kill(j->pid, sig);
        }
        break;
    case VM_PTY_DATA:
        if (j && j->pty && j->fd >= 0) write_all(j->fd, b, n);
        break;
    case VM_PTY_RESIZE:
        if (j && j->pty && j->fd >= 0 && n >= 4) set_winsize(j->fd, vm_get_u16(b), vm_get_u16(b + 2));
        break;
    case VM_PTY_CLOSE:
        if (j && j->pid > 0) kill(j->pid, SIGKILL);
        break;
    case VM_FILE_GET: {
        if (n < 4) break;
        char *rel = strndup((const char *)b + 4, n - 4);
        size_t len = 0;
        uint32_t max = vm_get_u32(b);
        char *data = rel ? agent_file_get(rel, max < VM_FILE_MAX ? max : VM_FILE_MAX, &len) : NULL;
        unsigned char e[4];
        vm_put_u32(e, data ? 0 : (uint32_t)errno);
        send2(VM_FILE_REPLY, id, e, 4, data, data ? len : 0);
        free(data);
        free(rel);
        break;
    }
    case VM_FILE_PUT: {
        if (n < 4) break;
        uint32_t plen = vm_get_u32(b);
        unsigned char e[4];
        char *rel = plen <= n - 4 ? strndup((const char *)b + 4, plen) : NULL;
        vm_put_u32(e, rel ? (uint32_t)agent_file_put(rel, b + 4 + plen, n - 4 - plen) : EINVAL);
        send2(VM_FILE_REPLY, id, e, 4, NULL, 0);
        free(rel);
        break;
    }
    case VM_BASE: {
        unsigned char e[4];
        vm_put_u32(e, (uint32_t)agent_record_base(AGENT_WS));
        send2(VM_FILE_REPLY, id, e, 4, NULL, 0);
        break;
    }
    case VM_SHUTDOWN:
        sync();
        reboot(RB_POWER_OFF);
        break;
    default: break;
    }
}

static void read_control(void)
{
    for (;;) {
        grow(&inq, &inq_cap, inq_len + 65536);
        ssize_t n = read(ctl, inq + inq_len, inq_cap - inq_len);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;   /* EAGAIN; 0 = host not connected yet */
        inq_len += (size_t)n;
    }
    size_t off = 0;
    while (inq_len - off >= VM_HEADER) {
        uint32_t len = vm_get_u32(inq + off);
        if (len < 5 || len > VM_MAX_FRAME) {   /* the host broke framing: nothing to salvage */
            agent_log("worksim-agent: bad frame length %u", len);
            reboot(RB_POWER_OFF);
        }
        if (inq_len - off < 4 + (size_t)len) break;
        handle(inq[off + 4], vm_get_u32(inq + off + 5), inq + off + VM_HEADER, len - 5);
        off += 4 + len;
    }
    memmove(inq, inq + off, inq_len - off);
    inq_len -= off;
}

int main(void)
{
    if (getpid() != 1) {
        fprintf(stderr, "worksim-agent: must run as PID 1 of the sandbox VM\n");
        return 2;
    }
    boot();
    ctl = open_control_port();
    if (ctl < 0) {
        agent_log("worksim-agent: no control port %s", VM_PORT_NAME);
        reboot(RB_POWER_OFF);
        return 1;
    }
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGCHLD);
    sigprocmask(SIG_BLOCK, &mask, NULL);
    int sfd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
    send_text(VM_READY, 0, VM_AGENT_VERSION);
    struct pollfd pfd[2 + 2 * MAX_JOBS];
    for (;;) {
        int np = 0, map[2 * MAX_JOBS];   /* pfd[k] is jobs[map[k - 2]]'s fd or trace_fd */
        pfd[np++] = (struct pollfd){ctl, (short)(POLLIN | (outq_len ? POLLOUT : 0)), 0};
        pfd[np++] = (struct pollfd){sfd, POLLIN, 0};
        int64_t now = now_ms(), wait = IDLE_POLL_MS;
        for (int i = 0; i < MAX_JOBS; i++) {
            Job *j = &jobs[i];
            if (!j->used) continue;
            if (j->deadline_ms && j->pid > 0) {
                if (j->deadline_ms <= now) {
                    kill(j->pid, SIGKILL);
                    j->timed_out = true;
                    j->deadline_ms = 0;
                } else if (j->deadline_ms - now < wait) {
                    wait = j->deadline_ms - now;
                }
            }
            if (j->fd >= 0 && outq_len < OUT_HIGH) {
                map[np - 2] = i;
                pfd[np++] = (struct pollfd){j->fd, POLLIN, 0};
            }
            if (j->trace_fd >= 0 && outq_len < OUT_HIGH) {
                map[np - 2] = i;
                pfd[np++] = (struct pollfd){j->trace_fd, POLLIN, 0};
            }
        }
        if (poll(pfd, (nfds_t)np, (int)wait) < 0 && errno != EINTR) continue;
        if (pfd[1].revents) {
            struct signalfd_siginfo si;
            while (read(sfd, &si, sizeof si) > 0) {}
            reap();
        }
        for (int k = 2; k < np; k++) {
            Job *j = &jobs[map[k - 2]];
            if (!pfd[k].revents || !j->used) continue;
            if (j->fd == pfd[k].fd) job_read(j);
            else if (j->trace_fd == pfd[k].fd) job_read_trace(j);
        }
        read_control();   /* every turn: a lost wakeup must not leave a frame unread */
        if (pfd[0].revents & POLLHUP) usleep(20000);   /* host not connected: do not spin */
        /* For a few seconds after news, ALIVE each quiet second: the write notifies QEMU of the
         * port's queue again, in case the notification of the news itself was lost. */
        now = now_ms();
        if (now - last_news_ms < ALIVE_AFTER_NEWS_MS && now - last_frame_ms >= ALIVE_EVERY_MS)
            send2(VM_ALIVE, 0, NULL, 0, NULL, 0);
        flush_out();
    }
}
