/* vm_sandbox.c: life of one VM sandbox. Spawns virtiofsd (the host /usr, read-only, inside a
 * bwrap user namespace where the mount is locked read-only) and QEMU microvm (no network
 * device, -sandbox on, bounded memory and one vCPU) inside bwrap as an unprivileged uid with
 * a parent-death signal; boots the agent with the workspace appended to the initrd, with a
 * boot timeout and one retry. A pump thread owns the control socket: it parses frames from
 * the guest (untrusted) and hands them to execs, shells and file requests. */
#define _GNU_SOURCE
#include "sandbox/vm/vm.h"

#include "sandbox/vm/vm_protocol.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Host uids for VMs of a root worksim (distinct from the ns backend's range). */
enum { VM_UID_BASE = 0x60000000, VM_UID_SLOTS = 64, VM_GUEST_MB = 512, VM_POLL_MAX = 64 };
/* How long virtiofsd and QEMU may take to create their sockets, and the guest to boot (per
 * attempt; two attempts). Generous: a 2-core machine running a test suite beside the VM
 * (load 10-20) slows process start-up and TCG emulation several times, and a learner would
 * rather wait than lose the sandbox. A fresh-clone CI run failed once with the old 10 s / 40 s. */
#define VM_HELPER_START_S 30.0
#define VM_BOOT_KVM_S 15.0
#define VM_BOOT_TCG_S 90.0

static unsigned uid_counter;

const char *vm_qemu_path(void)
{
    static const char *const c[] = {"/usr/bin/qemu-system-x86_64", "/usr/local/bin/qemu-system-x86_64"};
    for (size_t i = 0; i < sizeof c / sizeof *c; i++)
        if (access(c[i], X_OK) == 0) return c[i];
    return NULL;
}

uint32_t vm_next_id(VmSandbox *sb)
{
    if (++sb->next_id == 0) sb->next_id = 1;
    return sb->next_id;
}

void vm_wake_pump(VmSandbox *sb)
{
    char c = 1;
    if (sb->wake[1] >= 0 && write(sb->wake[1], &c, 1) < 0) {}
}

bool vm_send(VmSandbox *sb, unsigned type, uint32_t id, const void *a, size_t alen, const void *b, size_t blen)
{
    if (alen + blen + 5 > VM_MAX_FRAME) return false;
    unsigned char hdr[VM_HEADER];
    vm_frame_header(hdr, type, id, alen + blen);
    const void *parts[3] = {hdr, a, b};
    size_t lens[3] = {VM_HEADER, alen, blen};
    bool ok = true;
    pthread_mutex_lock(&sb->wmu);
    for (int i = 0; i < 3 && ok; i++) {
        const char *p = parts[i];
        size_t n = lens[i];
        while (n) {
            ssize_t w = send(sb->ctl, p, n, MSG_NOSIGNAL);
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) {
                ok = false;
                break;
            }
            p += w;
            n -= (size_t)w;
        }
    }
    pthread_mutex_unlock(&sb->wmu);
    return ok;
}

/* ---------------------------------------------------------------- pump thread */

/* mu held: the VM is gone; everything waiting on it fails. */
static void mark_dead(VmSandbox *sb, const char *why)
{
    if (sb->dead) return;
    sb->dead = true;
    sb->dead_reason = xstrdup(why);
    vm_exec_fail_all(sb, why);
    vm_shell_reap(sb, true);
    pthread_cond_broadcast(&sb->cv);
}

/* mu held: one frame from the guest. */
static void dispatch(VmSandbox *sb, unsigned type, uint32_t id, const unsigned char *b, size_t n)
{
    switch (type) {
    case VM_READY:
        /* An agent of another build would ignore the saved base a resumed run hands it. */
        if (sb->base_in && (n != strlen(VM_AGENT_VERSION) || memcmp(b, VM_AGENT_VERSION, n) != 0)) {
            mark_dead(sb, "the guest image is older than this worksim (its agent cannot take a resumed run's "
                          "base): run scripts/build-guest.sh");
            break;
        }
        sb->ready = true;
        pthread_cond_broadcast(&sb->cv);
        break;
    case VM_OUTPUT: vm_exec_on_output(sb, id, b, n); break;
    case VM_EXITED:
        if (n >= 13) vm_exec_on_exit(sb, id, (int)vm_get_u32(b), b[4] != 0, vm_get_u64(b + 5));
        break;
    case VM_ERROR: {
        char *why = xstrndup((const char *)b, n < 300 ? n : 300);
        if (!vm_exec_on_error(sb, id, why)) vm_shell_on_exit(sb, id);
        free(why);
        break;
    }
    case VM_PTY_DATA: vm_shell_on_data(sb, id, b, n); break;
    case VM_PTY_EXIT: vm_shell_on_exit(sb, id); break;
    case VM_TRACE: vm_shell_on_trace(sb, id, b, n); break;
    case VM_FILE_REPLY:
        if (id == sb->file_id && n >= 4 && !sb->file_done) {
            sb->file_errno = (int)vm_get_u32(b);
            buf_free(&sb->file_data);
            buf_append(&sb->file_data, b + 4, n - 4);
            sb->file_done = true;
            pthread_cond_broadcast(&sb->cv);
        }
        break;
    default: break;
    }
}

static void *pump_main(void *arg)
{
    VmSandbox *sb = arg;
    Buf in = {0};
    struct pollfd pfd[2 + VM_POLL_MAX];
    VmShell *who[VM_POLL_MAX];
    pthread_mutex_lock(&sb->mu);
    while (!sb->dead) {
        vm_shell_reap(sb, false);
        int n = vm_shell_poll_fds(sb, pfd + 2, who, VM_POLL_MAX);
        pthread_mutex_unlock(&sb->mu);
        pfd[0] = (struct pollfd){sb->ctl, POLLIN, 0};
        pfd[1] = (struct pollfd){sb->wake[0], POLLIN, 0};
        int r = poll(pfd, (nfds_t)(2 + n), -1);
        if (r < 0 && errno != EINTR) {
            pthread_mutex_lock(&sb->mu);
            mark_dead(sb, "the VM control channel failed");
            break;
        }
        if (pfd[1].revents) {
            char junk[64];
            while (read(sb->wake[0], junk, sizeof junk) > 0) {}
        }
        for (int i = 0; i < n; i++)
            if (pfd[2 + i].revents) vm_shell_pump_io(sb, who[i], pfd[2 + i].fd, pfd[2 + i].revents);
        bool eof = false;
        if (pfd[0].revents) {
            char chunk[65536];
            ssize_t got = recv(sb->ctl, chunk, sizeof chunk, MSG_DONTWAIT);
            if (got > 0) buf_append(&in, chunk, (size_t)got);
            else if (got == 0 || (errno != EAGAIN && errno != EINTR)) eof = true;
        }
        pthread_mutex_lock(&sb->mu);
        size_t off = 0;
        while (in.len - off >= VM_HEADER) {
            const unsigned char *p = (const unsigned char *)in.data + off;
            uint32_t len = vm_get_u32(p);
            if (len < 5 || len > VM_MAX_FRAME) {
                mark_dead(sb, "the VM broke the control protocol");
                break;
            }
            if (in.len - off < 4 + (size_t)len) break;
            dispatch(sb, p[4], vm_get_u32(p + 5), p + VM_HEADER, len - 5);
            off += 4 + (size_t)len;
        }
        if (off) {
            memmove(in.data, in.data + off, in.len - off);
            in.len -= off;
        }
        if (eof) mark_dead(sb, sb->closed ? "the sandbox was closed" : "the VM stopped");
    }
    sb->pump_alive = false;
    pthread_cond_broadcast(&sb->cv);
    pthread_mutex_unlock(&sb->mu);
    buf_free(&in);
    return NULL;
}

/* ---------------------------------------------------------------- processes */

/* Child only: message to fd 2 and exit. */
static void child_die(const char *what)
{
    char msg[200];
    int n = snprintf(msg, sizeof msg, "worksim vm: %s: %s\n", what, strerror(errno));
    if (n > 0 && write(2, msg, (size_t)n) < 0) {}
    _exit(127);
}

/* Forks bwrap with argv (argv[0] = "bwrap"), stdout/stderr to log, as the sandbox uid. */
static pid_t spawn_wrapped(VmSandbox *sb, char **argv, const char *log, gid_t extra_gid, char **err)
{
    int logfd = open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    int nullfd = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (logfd < 0 || nullfd < 0) {
        *err = xasprintf("%s: %s", log, strerror(errno));
        if (logfd >= 0) close(logfd);
        if (nullfd >= 0) close(nullfd);
        return -1;
    }
    char *envp[] = {NULL};
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) *err = xasprintf("fork: %s", strerror(errno));
    if (pid == 0) {
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        for (int s = 1; s < NSIG; s++) signal(s, SIG_DFL);
        setsid();
        if (dup2(nullfd, 0) < 0 || dup2(logfd, 1) < 0 || dup2(logfd, 2) < 0) child_die("dup2");
        if (syscall(SYS_close_range, 3u, ~0u, 0) != 0)
            for (int fd = 3; fd < 1024; fd++) close(fd);
        if (sb->drop_uid) {
            gid_t groups[1] = {extra_gid};
            if (setgroups(extra_gid ? 1 : 0, groups) != 0) child_die("setgroups");
            if (setresgid(sb->host_gid, sb->host_gid, sb->host_gid) != 0) child_die("setresgid");
            if (setresuid(sb->host_uid, sb->host_uid, sb->host_uid) != 0) child_die("setresuid");
        }
        if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) child_die("PR_SET_PDEATHSIG");
        if (getppid() != parent) _exit(127);
        execve("/usr/bin/bwrap", argv, envp);
        child_die("exec bwrap");
    }
    close(logfd);
    close(nullfd);
    return pid;
}

static void kill_reap(pid_t *pid)
{
    if (*pid <= 0) return;
    kill(-*pid, SIGKILL);
    kill(*pid, SIGKILL);
    while (waitpid(*pid, NULL, 0) < 0 && errno == EINTR) {}
    *pid = -1;
}

/* True once path exists (a socket created by the child), waiting at most seconds. */
static bool wait_for_path(const char *path, pid_t child, double seconds)
{
    double end = util_monotonic_seconds() + seconds;
    while (util_monotonic_seconds() < end) {
        if (access(path, F_OK) == 0) return true;
        if (waitpid(child, NULL, WNOHANG) == child) return false;
        struct timespec ts = {0, 5 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    return false;
}

static int connect_unix(const char *path)
{
    struct sockaddr_un a;
    memset(&a, 0, sizeof a);
    a.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof a.sun_path) return -1;
    strcpy(a.sun_path, path);
    int s = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (s >= 0 && connect(s, (struct sockaddr *)&a, sizeof a) != 0) {
        close(s);
        s = -1;
    }
    return s;
}

/* QEMU binds the control socket's path a moment before it listens on it: a connect in between
 * is refused (seen once in CI as "Connection refused" on a reopen). Retried like wait_for_path
 * while QEMU lives; errno is connect's last. */
static int connect_unix_within(const char *path, pid_t child, double seconds)
{
    double end = util_monotonic_seconds() + seconds;
    for (;;) {
        int s = connect_unix(path);
        if (s >= 0 || errno != ECONNREFUSED || util_monotonic_seconds() >= end) return s;
        if (waitpid(child, NULL, WNOHANG) == child) return -1;
        struct timespec ts = {0, 5 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
}

/* Common bwrap prefix: own namespaces, read-only /usr, the run folder, no environment. */
static void wrap_prefix(char **v, int *n, const char *run)
{
    const char *pre[] = {"bwrap", "--unshare-all", "--unshare-user", "--die-with-parent", "--new-session",
                         "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib",
                         "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin",
                         "--proc", "/proc", "--dev", "/dev", "--bind", run, run, "--clearenv"};
    for (size_t i = 0; i < sizeof pre / sizeof *pre; i++) v[(*n)++] = (char *)pre[i];
}

static bool start_virtiofsd(VmSandbox *sb, char **err)
{
    char *sock = xasprintf("%s/fs.sock", sb->dir);
    char *log = xasprintf("%s/virtiofsd.log", sb->dir);
    char *sockopt = xasprintf("--socket-path=%s", sock);
    char *v[64];
    int n = 0;
    wrap_prefix(v, &n, sb->dir);
    /* Root of its own user namespace (needed for its pivot_root sandbox); /usr stays a
     * locked read-only mount there, so even a subverted guest kernel cannot write it. */
    const char *tail[] = {"--uid", "0", "--gid", "0", "--cap-add", "ALL", "--",
                          "/usr/lib/qemu/virtiofsd", sockopt, "-o", "source=/usr",
                          "-o", "sandbox=namespace", "-o", "cache=always", "--rlimit-nofile=0", NULL};
    for (size_t i = 0; tail[i]; i++) v[n++] = (char *)tail[i];
    v[n] = NULL;
    sb->fs_pid = spawn_wrapped(sb, v, log, 0, err);
    bool ok = sb->fs_pid > 0;
    if (ok && !wait_for_path(sock, sb->fs_pid, VM_HELPER_START_S)) {
        char *tail_log = util_read_file(log, NULL, NULL);
        *err = xasprintf("virtiofsd did not start: %.300s", tail_log ? tail_log : "no log");
        free(tail_log);
        kill_reap(&sb->fs_pid);
        ok = false;
    }
    free(sock);
    free(log);
    free(sockopt);
    return ok;
}

static bool start_qemu(VmSandbox *sb, char **err)
{
    const char *qemu = vm_qemu_path();
    if (!qemu) {
        *err = xstrdup("QEMU is not installed (apt-get install qemu-system-x86)");
        return false;
    }
    char *log = xasprintf("%s/qemu.log", sb->dir);
    char *kernel = xasprintf("%s/vmlinuz", sb->dir);
    char *initrd = xasprintf("%s/initrd", sb->dir);
    char *serial = xasprintf("file:%s/kernel.log", sb->dir);
    char *ctl = xasprintf("socket,id=ctl,path=%s/ctl.sock,server=on,wait=off", sb->dir);
    char *fs = xasprintf("socket,id=vfs,path=%s/fs.sock", sb->dir);
    char *mem = xasprintf("memory-backend-memfd,id=mem,size=%dM,share=on", VM_GUEST_MB);
    char *memsz = xasprintf("%d", VM_GUEST_MB);
    char *append = xasprintf("console=ttyS0 quiet panic=-1 tsc_early_khz=2000000 worksim.ws_mb=%d worksim.ws_files=%d",
                             sb->limits.disk_mb, sb->limits.files);
    char *v[96];
    int n = 0;
    wrap_prefix(v, &n, sb->dir);
    gid_t kvm_gid = 0;
    struct stat kst;
    if (sb->kvm) {
        v[n++] = "--dev-bind";
        v[n++] = "/dev/kvm";
        v[n++] = "/dev/kvm";
        if (stat("/dev/kvm", &kst) == 0) kvm_gid = kst.st_gid;
    }
    const char *tail[] = {
        "--", qemu, "-M", "microvm,memory-backend=mem", "-accel", sb->kvm ? "kvm" : "tcg",
        "-cpu", sb->kvm ? "host" : "max", "-smp", "1", "-m", memsz,
        "-nodefaults", "-no-user-config", "-display", "none", "-monitor", "none", "-no-reboot",
        "-sandbox", "on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny",
        "-global", "virtio-mmio.force-legacy=false", "-object", mem,
        "-serial", serial, "-device", "virtio-serial-device",
        "-chardev", ctl, "-device", "virtserialport,chardev=ctl,name=" VM_PORT_NAME,
        "-chardev", fs, "-device", "vhost-user-fs-device,chardev=vfs,tag=usr",
        "-kernel", kernel, "-initrd", initrd,
        "-append", append, NULL};
    for (size_t i = 0; tail[i]; i++) v[n++] = (char *)tail[i];
    v[n] = NULL;
    sb->qemu_pid = spawn_wrapped(sb, v, log, kvm_gid, err);
    free(log);
    free(kernel);
    free(initrd);
    free(serial);
    free(ctl);
    free(fs);
    free(mem);
    free(memsz);
    free(append);
    return sb->qemu_pid > 0;
}

/* Makes the run folder readable by the sandbox uid: kernel and per-run initrd. */
static bool prepare_run_dir(VmSandbox *sb, const char *image, const SandboxConfig *cfg, char **err)
{
    char *base = xasprintf("%s/initrd.gz", image);
    /* The uncompressed vmlinux (PVH entry) when the image has one: no decompressor to emulate. */
    char *kern_src = xasprintf("%s/vmlinux", image);
    if (access(kern_src, R_OK) != 0) {
        free(kern_src);
        kern_src = xasprintf("%s/vmlinuz", image);
    }
    char *kern = xasprintf("%s/vmlinuz", sb->dir);
    char *initrd = xasprintf("%s/initrd", sb->dir);
    VmInitrdTrees trees = {.workspace = cfg->workspace_src, .workspace_links = cfg->workspace_links,
                           .checks = cfg->checks_src, .checks_shared = cfg->checks_shared_src,
                           .base = cfg->base_src};
    bool ok = vm_image_write_initrd(base, &trees, initrd, err);
    if (ok && link(kern_src, kern) != 0) {
        size_t len = 0;
        char *data = util_read_file(kern_src, &len, err);
        ok = data && util_write_file(kern, data, len, err);
        free(data);
    }
    if (ok) {
        chmod(kern, 0644);
        chmod(initrd, 0644);
    }
    if (ok && sb->drop_uid && chown(sb->dir, sb->host_uid, sb->host_gid) != 0) {
        *err = xasprintf("chown %s: %s", sb->dir, strerror(errno));
        ok = false;
    }
    free(base);
    free(kern_src);
    free(kern);
    free(initrd);
    return ok;
}

/* Reaps pid if it exits within seconds; true when it did. */
static bool reap_within(pid_t *pid, double seconds)
{
    double end = util_monotonic_seconds() + seconds;
    while (*pid > 0) {
        pid_t r = waitpid(*pid, NULL, WNOHANG);
        if (r == *pid || (r < 0 && errno == ECHILD)) {
            *pid = -1;
            return true;
        }
        if (util_monotonic_seconds() >= end) return false;
        struct timespec ts = {0, 2 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    return true;
}

/* Stops the processes and the pump of one boot attempt (mu not held). A booted guest is
 * asked to power off first, so QEMU, virtiofsd and their bwraps exit in order and are all
 * reaped here; SIGKILL (whose bwrap inits then die by their parent-death signal) is the
 * fallback. */
static void stop_vm(VmSandbox *sb)
{
    if (sb->ready && sb->qemu_pid > 0 && sb->ctl >= 0 && vm_send(sb, VM_SHUTDOWN, 0, NULL, 0, NULL, 0))
        reap_within(&sb->qemu_pid, 2.0);
    kill_reap(&sb->qemu_pid);
    reap_within(&sb->fs_pid, 1.0);   /* virtiofsd leaves once QEMU is gone */
    kill_reap(&sb->fs_pid);
    if (sb->pump_started) {
        pthread_mutex_lock(&sb->mu);
        sb->closed = true;
        pthread_mutex_unlock(&sb->mu);
        if (sb->ctl >= 0) shutdown(sb->ctl, SHUT_RDWR);
        vm_wake_pump(sb);
        pthread_join(sb->pump, NULL);
        sb->pump_started = false;
    }
    if (sb->ctl >= 0) close(sb->ctl);
    sb->ctl = -1;
}

/* Starts one boot attempt: processes, control connection, pump; does not wait for READY. */
static bool boot_start(VmSandbox *sb, char **err)
{
    sb->boot_t0 = util_monotonic_seconds();
    char *ctl_path = xasprintf("%s/ctl.sock", sb->dir);
    unlink(ctl_path);
    bool ok = start_virtiofsd(sb, err) && start_qemu(sb, err);
    if (ok && !wait_for_path(ctl_path, sb->qemu_pid, VM_HELPER_START_S)) {
        char *log = xasprintf("%s/qemu.log", sb->dir);
        char *text = util_read_file(log, NULL, NULL);
        *err = xasprintf("QEMU did not start: %.400s", text ? text : "no log");
        free(text);
        free(log);
        ok = false;
    }
    if (ok && (sb->ctl = connect_unix_within(ctl_path, sb->qemu_pid, VM_HELPER_START_S)) < 0) {
        *err = xasprintf("cannot connect to the VM control socket: %s", strerror(errno));
        ok = false;
    }
    free(ctl_path);
    if (ok) {
        sb->ready = sb->dead = sb->closed = false;
        free(sb->dead_reason);
        sb->dead_reason = NULL;
        sb->pump_alive = true;
        if (pthread_create(&sb->pump, NULL, pump_main, sb) != 0) {
            *err = xstrdup("cannot start the VM pump thread");
            sb->pump_alive = false;
            ok = false;
        } else {
            sb->pump_started = true;
        }
    }
    if (!ok) stop_vm(sb);
    return ok;
}

/* Waits for READY of the started attempt (boot_timeout from its start); stops it on failure. */
static bool boot_wait(VmSandbox *sb, char **err)
{
    struct timespec end;
    clock_gettime(CLOCK_REALTIME, &end);
    double whole = (double)end.tv_sec + end.tv_nsec / 1e9 + sb->boot_timeout -
                   (util_monotonic_seconds() - sb->boot_t0);
    end.tv_sec = (time_t)whole;
    end.tv_nsec = (long)((whole - (double)end.tv_sec) * 1e9);
    pthread_mutex_lock(&sb->mu);
    while (!sb->ready && !sb->dead)
        if (pthread_cond_timedwait(&sb->cv, &sb->mu, &end) == ETIMEDOUT) break;
    bool ok = sb->ready;
    if (!ok)
        *err = sb->dead ? xasprintf("the VM stopped while booting (%s)", sb->dead_reason)
                        : xasprintf("the VM did not boot within %.0f s (%s)", sb->boot_timeout,
                                    sb->kvm ? "KVM" : "TCG emulation");
    pthread_mutex_unlock(&sb->mu);
    if (!ok) stop_vm(sb);
    return ok;
}

bool vm_sandbox_ready(VmSandbox *sb, char **err)
{
    if (sb->booted) return true;
    if (sb->boot_error) {
        if (err) *err = xstrdup(sb->boot_error);
        return false;
    }
    char *e = NULL;
    bool ok = false;
    while (!ok && sb->attempts_left > 0) {
        free(e);
        e = NULL;
        if (!sb->boot_started && !boot_start(sb, &e)) {
            sb->attempts_left--;
            continue;
        }
        sb->boot_started = false;   /* this attempt is consumed either way */
        sb->attempts_left--;
        ok = boot_wait(sb, &e);
    }
    if (ok) {
        unsigned char lim[20];
        vm_put_u32(lim, (uint32_t)sb->limits.processes);
        vm_put_u32(lim + 4, (uint32_t)sb->limits.cpu_seconds);
        vm_put_u32(lim + 8, (uint32_t)sb->limits.file_mb);
        vm_put_u32(lim + 12, (uint32_t)sb->limits.open_files);
        vm_put_u32(lim + 16, (uint32_t)sb->limits.memory_mb);
        ok = vm_send(sb, VM_LIMITS, 0, lim, sizeof lim, NULL, 0);
        if (!ok) e = xstrdup("the VM stopped right after booting");
    }
    if (ok) {
        sb->booted = true;
        sb->boot_seconds = util_monotonic_seconds() - sb->boot_t0;
        free(e);
        return true;
    }
    sb->boot_error = xasprintf("the VM sandbox did not start: %s", e ? e : "unknown error");
    free(e);
    pthread_mutex_lock(&sb->mu);
    sb->dead = true;
    free(sb->dead_reason);
    sb->dead_reason = xstrdup(sb->boot_error);
    pthread_mutex_unlock(&sb->mu);
    if (err) *err = xstrdup(sb->boot_error);
    return false;
}

VmSandbox *vm_sandbox_boot(const SandboxConfig *cfg, bool kvm, double timeout, int attempts, bool wait, char **err)
{
    if (access("/usr/bin/bwrap", X_OK) != 0) {
        *err = xstrdup("the vm sandbox needs bubblewrap (apt-get install bubblewrap)");
        return NULL;
    }
    char *image = vm_image_dir(err);
    if (!image) return NULL;
    VmSandbox *sb = xcalloc(1, sizeof *sb);
    sb->limits = cfg->limits;
    sandbox_limits_apply_defaults(&sb->limits);
    sb->kvm = kvm;
    sb->base_in = cfg->base_src != NULL;
    sb->boot_timeout = timeout;
    sb->attempts_left = attempts;
    sb->ctl = sb->wake[0] = sb->wake[1] = -1;
    sb->qemu_pid = sb->fs_pid = -1;
    pthread_mutex_init(&sb->mu, NULL);
    pthread_mutex_init(&sb->wmu, NULL);
    pthread_cond_init(&sb->cv, NULL);
    sb->drop_uid = geteuid() == 0;
    if (sb->drop_uid) {
        unsigned slot = __atomic_fetch_add(&uid_counter, 1, __ATOMIC_RELAXED) % VM_UID_SLOTS;
        sb->host_uid = (uid_t)(VM_UID_BASE + ((unsigned)getpid() % (1u << 22)) * VM_UID_SLOTS + slot);
        sb->host_gid = (gid_t)sb->host_uid;
    } else {
        sb->host_uid = getuid();
        sb->host_gid = getgid();
    }
    char *e = NULL;
    bool ok = pipe2(sb->wake, O_CLOEXEC | O_NONBLOCK) == 0;
    if (!ok) e = xasprintf("pipe: %s", strerror(errno));
    char *prefix = xasprintf("worksim-vm-%ld", (long)getpid());   /* the owner, for the leftovers sweep */
    if (ok) ok = (sb->dir = util_make_temp_dir(prefix, &e)) != NULL;
    free(prefix);
    if (ok) ok = prepare_run_dir(sb, image, cfg, &e);
    free(image);
    /* The first attempt starts now; a failure to even start it is retried by vm_sandbox_ready. */
    if (ok) {
        sb->boot_started = boot_start(sb, &e);
        if (!sb->boot_started) {
            sb->attempts_left--;
            free(e);
            e = NULL;
        }
    }
    if (ok && (wait || sb->attempts_left == 0 || !sb->boot_started)) ok = vm_sandbox_ready(sb, &e);
    if (!ok) {
        *err = e ? e : xstrdup("cannot start the VM sandbox");
        vm_sandbox_close(sb);
        return NULL;
    }
    return sb;
}

VmSandbox *vm_sandbox_open(const SandboxConfig *cfg, char **err)
{
    char *image = vm_image_dir(err);
    if (!image) return NULL;
    free(image);
    char *why = NULL;
    bool kvm = vm_kvm_cached_ok(&why);
    free(why);
    fprintf(stderr, "worksim: starting the VM sandbox (%s)...\n", kvm ? "KVM, <1 s" : "TCG emulation, ~2 s");
    /* The guest boots in the background: the first exec, shell or file request waits for it
     * (WORKSIM_VM_SYNC_BOOT=1 waits here instead). */
    const char *sync = getenv("WORKSIM_VM_SYNC_BOOT");
    return vm_sandbox_boot(cfg, kvm, kvm ? VM_BOOT_KVM_S : VM_BOOT_TCG_S, 2, sync && *sync == '1', err);
}

void vm_sandbox_close(VmSandbox *sb)
{
    if (!sb) return;
    pthread_mutex_lock(&sb->mu);
    sb->closed = true;
    pthread_mutex_unlock(&sb->mu);
    vm_exec_abort_all(sb, "the sandbox was closed before the command finished");
    stop_vm(sb);
    pthread_mutex_lock(&sb->mu);
    vm_shell_reap(sb, true);
    pthread_mutex_unlock(&sb->mu);
    if (sb->dir) util_remove_tree(sb->dir);
    if (sb->wake[0] >= 0) close(sb->wake[0]);
    if (sb->wake[1] >= 0) close(sb->wake[1]);
    pthread_mutex_destroy(&sb->mu);
    pthread_mutex_destroy(&sb->wmu);
    pthread_cond_destroy(&sb->cv);
    buf_free(&sb->file_data);
    free(sb->execs);
    free(sb->shells);
    free(sb->dead_reason);
    free(sb->boot_error);
    free(sb->dir);
    free(sb->base);
    free(sb);
}
