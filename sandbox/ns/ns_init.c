/* ns_init.c: worksim-ns-init, PID 1 of every ns sandbox (bwrap --as-pid-1), a small static
 * program of its own (not part of worksim_core). bwrap's built-in reaper runs as the learner's
 * uid and stays dumpable, so the learner could open /proc/1/mem and rewrite it (e.g. clear its
 * parent-death signal so the sandbox outlives a crashed engine). This init instead makes itself
 * non-dumpable (its /proc/1/mem, environ, ... become inaccessible to the learner), arms its own
 * parent-death signal, starts the real command, forwards signals to it, reaps every orphan,
 * and exits with the command's status as soon as the command ends; the kernel then kills
 * whatever else is left in the pid namespace.
 *
 * Usage (built by ns_args/ns_exec/ns_shell):
 *   worksim-ns-init PARENT_PIDFD [-t TRACE_FD] -- COMMAND [ARGS...]
 * PARENT_PIDFD is a pidfd of the outer bwrap (our parent outside the namespace) or -1. As the
 * namespace init our getppid() is always 0, so the race "parent died before the death signal
 * was armed" is checked by polling that pidfd instead. It is closed before the command starts.
 * With -t (the learner's shell only) every exec of the command's process tree is recorded to
 * TRACE_FD (sandbox/trace/exec_tracer.c) before it runs; the fd stays ours alone (the command
 * starts with fds 0-2 only, and our /proc/1/fd is closed to it as we are non-dumpable).
 * Only libc, async-signal-safe calls after fork; no sanitizers (it runs static inside). */
#define _GNU_SOURCE
#include "sandbox/trace/exec_tracer.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void say(const char *a, const char *b)
{
    const char *parts[] = {"worksim-ns-init: ", a, b ? ": " : "", b ? b : "", "\n"};
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        ssize_t w = write(2, parts[i], strlen(parts[i]));
        (void)w;
    }
}

/* Signals the kernel raises synchronously for a fault: never blocked, never forwarded. */
static bool is_fault_signal(int s)
{
    return s == SIGSEGV || s == SIGBUS || s == SIGILL || s == SIGFPE || s == SIGTRAP || s == SIGSYS;
}

static int exit_code_of(int status)
{
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return 255;
}

int main(int argc, char **argv)
{
    int trace_fd = -1, cmd = 3;
    if (argc >= 6 && strcmp(argv[2], "-t") == 0) {
        trace_fd = atoi(argv[3]);
        cmd = 5;
    }
    if (argc < cmd + 1 || strcmp(argv[cmd - 1], "--") != 0 || (cmd == 5 && trace_fd < 3)) {
        say("usage: worksim-ns-init PARENT_PIDFD [-t TRACE_FD] -- COMMAND [ARGS...]", NULL);
        return 127;
    }
    /* Non-dumpable first: nothing of the learner's runs yet, so no one saw us dumpable. */
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        say("PR_SET_DUMPABLE", strerror(errno));
        return 127;
    }
    if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) {
        say("PR_SET_PDEATHSIG", strerror(errno));
        return 127;
    }
    char *end = NULL;
    long parent_fd = strtol(argv[1], &end, 10);
    if (end && *end == '\0' && parent_fd >= 3) {
        /* A pidfd polls readable once its process has exited: then the death signal came
         * too late to reach us and nothing else will stop this sandbox. */
        struct pollfd p = {.fd = (int)parent_fd, .events = POLLIN};
        int n = poll(&p, 1, 0);
        if (n > 0 && (p.revents & (POLLIN | POLLHUP))) return 137;
        close((int)parent_fd);
    }

    sigset_t all, old;
    sigfillset(&all);
    for (int s = 1; s < NSIG; s++)
        if (is_fault_signal(s)) sigdelset(&all, s);
    sigprocmask(SIG_BLOCK, &all, &old);
    int sig_fd = signalfd(-1, &all, SFD_CLOEXEC);
    if (sig_fd < 0) {
        say("signalfd", strerror(errno));
        return 127;
    }
    /* Before the fork: the filter is inherited by the command and everything it starts. */
    int listener = -1;
    if (trace_fd >= 0) {
        fcntl(trace_fd, F_SETFD, FD_CLOEXEC);
        listener = exec_tracer_install(trace_fd);
        if (listener < 0) exec_tracer_lost(trace_fd, strerror(errno));
    }

    pid_t child = fork();
    if (child < 0) {
        say("fork", strerror(errno));
        return 127;
    }
    if (child == 0) {
        for (int s = 1; s < NSIG; s++) signal(s, SIG_DFL);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        prctl(PR_SET_PDEATHSIG, 0, 0, 0, 0);
        /* The command gets exactly stdin, stdout and stderr; bwrap passes everything on. */
        if (syscall(SYS_close_range, 3u, ~0u, 0u) != 0)
            for (int fd = 3; fd < 1024; fd++) close(fd);
        execv(argv[cmd], argv + cmd);
        say(argv[cmd], strerror(errno));
        _exit(127);
    }

    for (;;) {
        struct pollfd p[2] = {{.fd = sig_fd, .events = POLLIN}, {.fd = listener, .events = POLLIN}};
        if (poll(p, listener >= 0 ? 2 : 1, -1) < 0) continue;   /* EINTR */
        if (listener >= 0 && p[1].revents) exec_tracer_ready(&listener, trace_fd, p[1].revents);
        if (!(p[0].revents & POLLIN)) continue;
        struct signalfd_siginfo si;
        if (read(sig_fd, &si, sizeof si) != (ssize_t)sizeof si) continue;
        int s = (int)si.ssi_signo;
        if (s != SIGCHLD) {
            kill(child, s);      /* the command decides what a signal means */
            continue;
        }
        int status;
        pid_t r;
        while ((r = waitpid(-1, &status, WNOHANG)) > 0)
            if (r == child) return exit_code_of(status);   /* the kernel kills the rest */
        if (r < 0 && errno == ECHILD) return 127;         /* cannot happen: child is ours */
    }
}
