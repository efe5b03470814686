/* agent_spawn.c: starting one exec or shell inside the guest. The job's first process is
 * the init of a new pid namespace (so killing it, or its exit, ends every process the job
 * made, including setsid/nohup children) and owns a private mount namespace with its own
 * /proc, a fresh /tmp and, for checks, a throwaway copy of /workspace plus the base at /base
 * and the scenario's checks at /checks, both read-only. The command runs as
 * the learner (uid 1000, no capabilities, no_new_privs) unless the host asked for root.
 * For the learner's shell (AgentSpawn.trace_fd) the init is also the exec tracer, as
 * worksim-ns-init is on the ns backend: it loads the tracer's filter before it forks the
 * command (so every process of the shell's tree carries it and no second listener can be
 * installed beneath it), makes itself non-dumpable, and answers each exec only after its
 * record is in trace_fd, a pipe the command never holds (it starts with fds 0-2 only). It
 * runs as root in the guest and is the pid namespace's init: the learner (uid 1000, no
 * capabilities, ptrace refused by agent_harden's filter) can neither signal, ptrace nor read
 * it, nor open its fds. */
#define _GNU_SOURCE
#include "sandbox/guest/agent.h"

#include "sandbox/trace/exec_tracer.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static _Noreturn void die(const char *what)
{
    char msg[200];
    int n = snprintf(msg, sizeof msg, "worksim sandbox: %s: %s\n", what, strerror(errno));
    if (n > 0 && write(2, msg, (size_t)n) < 0) {}
    _exit(127);
}

static void limit(int res, rlim_t v)
{
    struct rlimit rl = {v, v};
    setrlimit(res, &rl);
}

/* The command's own process: identity, limits, environment, exec. Never returns. */
static _Noreturn void exec_command(const AgentSpawn *sp)
{
    if (setsid() < 0) die("setsid");
    if (!sp->command) {   /* shell: the pty slave becomes the controlling terminal */
        if (ioctl(sp->fd_in, TIOCSCTTY, 0) < 0) die("TIOCSCTTY");
        if (!sp->as_root && fchown(sp->fd_in, AGENT_UID, AGENT_UID) < 0) die("chown tty");
    }
    if (dup2(sp->fd_in, 0) < 0 || dup2(sp->fd_out, 1) < 0 || dup2(sp->fd_out, 2) < 0) die("dup2");
    if (syscall(SYS_close_range, 3u, ~0u, 0) != 0)
        for (int fd = 3; fd < 1024; fd++) close(fd);
    limit(RLIMIT_CORE, 0);
    if (agent_limits.nproc) limit(RLIMIT_NPROC, agent_limits.nproc);
    if (agent_limits.cpu_s) limit(RLIMIT_CPU, agent_limits.cpu_s);
    if (agent_limits.fsize_mb) limit(RLIMIT_FSIZE, (rlim_t)agent_limits.fsize_mb << 20);
    if (agent_limits.nofile) limit(RLIMIT_NOFILE, agent_limits.nofile);
    if (agent_limits.as_mb) limit(RLIMIT_AS, (rlim_t)agent_limits.as_mb << 20);
    if (!sp->as_root) {
        gid_t g = AGENT_UID;
        if (setgroups(1, &g) < 0 || setresgid(AGENT_UID, AGENT_UID, AGENT_UID) < 0 ||
            setresuid(AGENT_UID, AGENT_UID, AGENT_UID) < 0)
            die("drop to the learner");
        prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    }
    if (chdir(AGENT_WS) < 0) die("chdir /workspace");
    if (agent_harden(sp->as_root) != 0) die("seccomp");
    const char *user = sp->as_root ? "root" : "learner";
    char *envp[64];
    int n = 0;
    char u[32], l[40];
    snprintf(u, sizeof u, "USER=%s", user);
    snprintf(l, sizeof l, "LOGNAME=%s", user);
    envp[n++] = "PATH=/usr/bin:/bin";
    /* Checks get HOME=/tmp (their own fresh tmpfs): the learner's dotfiles stay out. */
    envp[n++] = sp->check ? "HOME=/tmp" : "HOME=/workspace";
    envp[n++] = u;
    envp[n++] = l;
    envp[n++] = "LANG=C.UTF-8";
    envp[n++] = sp->command ? "TERM=dumb" : "TERM=xterm-256color";
    for (char *const *e = sp->env_extra; e && *e && n < 62; e++) envp[n++] = *e;
    envp[n] = NULL;
    if (sp->command) {
        /* --norc: with stdin not a terminal bash -c may source ~/.bashrc (the rshd rule). */
        char *argv[] = {"/bin/bash", "--norc", "--noprofile", "-c", (char *)sp->command, NULL};
        execve(argv[0], argv, envp);
    } else if (sp->rcfile) {
        char *argv[] = {"/bin/bash", "--noprofile", "--rcfile", (char *)sp->rcfile, "-i", NULL};
        execve(argv[0], argv, envp);
    } else {
        char *argv[] = {"/bin/bash", "--noprofile", "--norc", "-i", NULL};
        execve(argv[0], argv, envp);
    }
    die("exec /bin/bash");
}

static _Noreturn void exit_like(int st)
{
    if (WIFEXITED(st)) _exit(WEXITSTATUS(st));
    _exit(128 + WTERMSIG(st));
}

/* The traced job's init from the fork on: serves the tracer's notifications and reaps until
 * the command exits (SIGCHLD through a signalfd, so the loop never sleeps in wait). */
static _Noreturn void trace_and_reap(const AgentSpawn *sp)
{
    int out = sp->trace_fd;
    /* Non-dumpable before anything of the learner's runs: its memory and fds stay closed. */
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) die("PR_SET_DUMPABLE");
    sigset_t chld, none;
    sigemptyset(&chld);
    sigemptyset(&none);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, NULL);
    int sfd = signalfd(-1, &chld, SFD_NONBLOCK | SFD_CLOEXEC);
    if (sfd < 0) die("signalfd");
    fcntl(out, F_SETFD, FD_CLOEXEC);
    int listener = exec_tracer_install(out);
    if (listener < 0) exec_tracer_lost(out, strerror(errno));
    pid_t cmd = fork();
    if (cmd < 0) die("fork");
    if (cmd == 0) {
        sigprocmask(SIG_SETMASK, &none, NULL);
        exec_command(sp);   /* closes every fd from 3 on: the trace and the listener too */
    }
    for (;;) {
        struct pollfd p[2] = {{.fd = sfd, .events = POLLIN}, {.fd = listener, .events = POLLIN}};
        if (poll(p, listener >= 0 ? 2 : 1, -1) < 0) continue;   /* EINTR */
        if (listener >= 0 && p[1].revents) exec_tracer_ready(&listener, out, p[1].revents);
        if (!(p[0].revents & POLLIN)) continue;
        struct signalfd_siginfo si;
        while (read(sfd, &si, sizeof si) > 0) {}
        int st;
        pid_t r;
        while ((r = waitpid(-1, &st, WNOHANG)) > 0)
            if (r == cmd) exit_like(st);   /* its exit kills everything else */
        if (r < 0 && errno == ECHILD) _exit(127);
    }
}

static bool bind_read_only(const char *src, const char *dst)
{
    return mount(src, dst, NULL, MS_BIND | MS_REC, NULL) == 0 &&
           mount(NULL, dst, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL) == 0;
}

/* Init of the job's pid namespace: sets up its mounts, starts the command, reaps until the
 * command exits and leaves with its status (its exit kills everything else). */
static void job_init(const AgentSpawn *sp)
{
    signal(SIGCHLD, SIG_DFL);
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0) die("private mounts");
    if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "hidepid=0") < 0) die("mount /proc");
    /* /tmp holds as many files as the workspace may (ns_tmpfs.c caps it the same way): inodes
     * are kernel memory, and a flood of them must stop at the cap, not at the guest's RAM. */
    char tmp_opts[64];
    snprintf(tmp_opts, sizeof tmp_opts, "mode=1777,size=256m,nr_inodes=%u", agent_limits.tmp_files);
    if (mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, tmp_opts) < 0) die("mount /tmp");
    if (mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777,size=64m") < 0) die("mount /dev/shm");
    if (sp->check) {
        if (mount("tmpfs", "/run/check", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755,size=512m") < 0)
            die("mount check copy");
        /* The agent's own copy: FIFOs and sockets, which would block or confuse the check,
         * are left out; links stay links (dangling or not, never followed). */
        if (agent_copy_tree(AGENT_WS, "/run/check") != 0) {
            errno = EIO;
            die("copy the workspace for the check");
        }
        if (chown("/run/check", AGENT_UID, AGENT_UID) < 0) die("chown check copy");
        if (mount("/run/check", AGENT_WS, NULL, MS_BIND, NULL) < 0) die("bind check copy");
        /* The truth the check compares against (DESIGN §3): the base and the scenario's checks. */
        if (access(AGENT_BASE, F_OK) == 0 && !bind_read_only(AGENT_BASE, "/base")) die("bind /base");
        if (access(AGENT_CHECKS, F_OK) == 0 && !bind_read_only(AGENT_CHECKS, "/checks")) die("bind /checks");
    }
    /* The control port is /dev/null for every job, root ones included (they cannot unmount). */
    if (agent_port_path[0] && mount("/dev/null", agent_port_path, NULL, MS_BIND, NULL) < 0) die("hide the control port");
    /* Everything but the workspace, /tmp and /dev/shm is read-only for the job, /proc/sys
     * and sysrq included (root jobs lack CAP_SYS_ADMIN and mount(2) to undo this). */
    if (mount(NULL, "/", NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) < 0) die("read-only /");
    if (mount(NULL, "/dev", NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NOEXEC, NULL) < 0)
        die("read-only /dev");
    const char *ro[] = {"/proc/sys", "/proc/sysrq-trigger", "/proc/irq", "/proc/bus"};
    for (size_t i = 0; i < sizeof ro / sizeof *ro; i++) {
        if (mount(ro[i], ro[i], NULL, MS_BIND, NULL) < 0) continue;
        if (mount(NULL, ro[i], NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) < 0) die("read-only /proc/sys");
    }
    if (sp->trace_fd >= 0) trace_and_reap(sp);
    pid_t cmd = fork();
    if (cmd < 0) die("fork");
    if (cmd == 0) exec_command(sp);
    for (;;) {
        int st;
        pid_t r = wait(&st);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) _exit(127);
        if (r == cmd) exit_like(st);
    }
}

pid_t agent_spawn(const AgentSpawn *sp)
{
    /* clone without a stack behaves like fork; the child is pid 1 of a new namespace. */
    long pid = syscall(SYS_clone, (unsigned long)(CLONE_NEWPID | CLONE_NEWNS | SIGCHLD), NULL, NULL, NULL, NULL);
    if (pid < 0) return -1;
    if (pid == 0) {
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        job_init(sp);
    }
    return (pid_t)pid;
}
