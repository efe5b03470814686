/* ns_spawn.c: start bwrap (vfork-style, or clone3 into the sandbox's cgroup) with the
 * child-side hardening that bwrap cannot do for us: default signal state, its own session, exact fd layout (0-2 plus args/seccomp/status,
 * everything else closed), rlimits, a switch to the dedicated host uid when worksim runs as
 * root, a parent-death signal, and an empty environment (so not even bwrap's own
 * /proc/PID/environ, visible as /proc/1/environ inside, carries a host variable). */
#define _GNU_SOURCE
#include "sandbox/ns/ns.h"

#include "base/install_path.h"
#include "base/util.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

const char *ns_bwrap_path(void)
{
    static const char *const candidates[] = {"/usr/bin/bwrap", "/bin/bwrap", "/usr/local/bin/bwrap"};
    for (size_t i = 0; i < sizeof candidates / sizeof *candidates; i++)
        if (access(candidates[i], X_OK) == 0) return candidates[i];
    return NULL;
}

#ifndef WORKSIM_NS_INIT_BUILD
#define WORKSIM_NS_INIT_BUILD ""
#endif
#ifndef WORKSIM_NS_INIT_INSTALL
#define WORKSIM_NS_INIT_INSTALL ""
#endif

const char *ns_init_path(void)
{
    /* WORKSIM_NS_INIT (tests), then beside the running binary (a moved or unpacked install),
     * then the build tree, then the configured install prefix. */
    static char *found;
    static bool looked;
    if (looked) return found;
    const char *env = getenv("WORKSIM_NS_INIT");
    char *relocated = install_path_relative("libexec/worksim/worksim-ns-init");
    const char *candidates[] = {env && *env ? env : NULL, relocated, WORKSIM_NS_INIT_BUILD, WORKSIM_NS_INIT_INSTALL};
    for (size_t i = 0; !found && i < sizeof candidates / sizeof *candidates; i++)
        if (candidates[i] && *candidates[i] == '/' && access(candidates[i], X_OK) == 0)
            found = xstrdup(candidates[i]);
    free(relocated);
    looked = true;
    return found;
}

/* clone3's argument up to its cgroup field (CLONE_ARGS_SIZE_VER2); spelled out here because
 * <linux/sched.h> clashes with glibc's <sched.h>. */
struct ns_clone_args {
    uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls, set_tid, set_tid_size, cgroup;
};
#define NS_CLONE_INTO_CGROUP 0x200000000ULL

/* Child only: writes a message to fd 2 (async-signal-safe) and exits 127. */
static void child_die(const char *what)
{
    char msg[160];
    int e = errno;
    size_t n = 0;
    const char *parts[] = {"worksim sandbox: ", what, ": ", strerror(e), "\n"};
    for (size_t i = 0; i < 5; i++)
        for (const char *p = parts[i]; *p && n < sizeof msg; p++) msg[n++] = *p;
    ssize_t w = write(2, msg, n);
    (void)w;
    _exit(127);
}

static void child_limit(int resource, rlim_t value, const char *what)
{
    struct rlimit rl = {value, value};
    if (setrlimit(resource, &rl) != 0) child_die(what);
}

/* What the child needs, set up by the parent before the clone. */
typedef struct SpawnChild {
    const NsSandbox *sb;
    const NsSpawn *sp;
    const char *bwrap;
    char **argv;
    bool with_init;
    bool born_in_group;
    pid_t parent;
} SpawnChild;

/* The child: its own copy of the memory (clone3 into the cgroup) or the parent's, which waits
 * until this execs or exits (the vfork path). Either way only async-signal-safe calls that
 * change nothing in memory the parent uses: no malloc, and the credential switch as raw system
 * calls (glibc's setresuid would ask every thread of the parent to switch too). */
static int spawn_child(void *arg)
{
    const SpawnChild *c = arg;
    const NsSandbox *sb = c->sb;
    const NsSpawn *sp = c->sp;
    /* Every signal is blocked (the parent blocked them before the clone): default handlers
     * first, so no handler of the parent ever runs here, then nothing blocked. */
    for (int s = 1; s < NSIG; s++) signal(s, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    if (sp->new_session && setsid() < 0) child_die("setsid");
    /* First, while the group's fds are where the parent left them and we are still allowed
     * to write (before the uid switch): everything bwrap starts is then counted in it. */
    if (!c->born_in_group && !ns_cgroup_join(sb->cg)) child_die("joining the sandbox cgroup");

    /* fd i of the child is src[i]; 6 (the pidfd) is made below. */
    int src[8] = {sp->fd_in, sp->fd_out, sp->fd_err, sp->args_fd, sp->seccomp_fd, sp->status_fd, -1,
                  c->with_init ? sp->trace_fd : -1};
    int high[8];
    for (int i = 0; i < 8; i++) {
        high[i] = src[i] < 0 ? -1 : fcntl(src[i], F_DUPFD, 16);
        if (src[i] >= 0 && high[i] < 0) child_die("dup");
    }
    for (int i = 0; i < 8; i++) {
        if (high[i] < 0) continue;
        if (dup2(high[i], i) < 0) child_die("dup2");
    }
    int first_free = sp->status_fd >= 0 ? 6 : 5;
    int keep = high[NS_FD_TRACE] >= 0 ? NS_FD_TRACE : -1;   /* everything from first_free on but it */
    if (keep >= 0) {
        if (syscall(SYS_close_range, (unsigned)first_free, (unsigned)keep - 1, 0) != 0 ||
            syscall(SYS_close_range, (unsigned)keep + 1, ~0u, 0) != 0)
            for (int fd = first_free; fd < 1024; fd++)
                if (fd != keep) close(fd);
    } else if (syscall(SYS_close_range, (unsigned)first_free, ~0u, 0) != 0) {
        for (int fd = first_free; fd < 1024; fd++) close(fd);
    }
    if (c->with_init) {
        /* The init polls it to learn whether bwrap died before its death signal was armed
         * (as the namespace's pid 1 its getppid() is always 0). -1 when pidfds are missing. */
        int pfd = (int)syscall(SYS_pidfd_open, getpid(), 0);
        if (pfd >= 0 && pfd != NS_FD_PARENT) {
            if (dup2(pfd, NS_FD_PARENT) < 0) child_die("dup2 pidfd");
            close(pfd);
        } else if (pfd == NS_FD_PARENT) {
            fcntl(pfd, F_SETFD, 0);
        } else {
            c->argv[5] = (char *)"-1";
        }
    }

    const SandboxLimits *lim = &sb->limits;
    child_limit(RLIMIT_CORE, 0, "RLIMIT_CORE");
    child_limit(RLIMIT_AS, (rlim_t)lim->memory_mb * 1024 * 1024, "RLIMIT_AS");
    child_limit(RLIMIT_NPROC, (rlim_t)lim->processes, "RLIMIT_NPROC");
    child_limit(RLIMIT_CPU, (rlim_t)lim->cpu_seconds, "RLIMIT_CPU");
    child_limit(RLIMIT_FSIZE, (rlim_t)lim->file_mb * 1024 * 1024, "RLIMIT_FSIZE");
    child_limit(RLIMIT_NOFILE, (rlim_t)lim->open_files, "RLIMIT_NOFILE");

    if (sb->drop_uid) {
        if (syscall(SYS_setgroups, 0, NULL) != 0) child_die("setgroups");
        if (syscall(SYS_setresgid, sb->host_gid, sb->host_gid, sb->host_gid) != 0) child_die("setresgid");
        if (syscall(SYS_setresuid, sb->host_uid, sb->host_uid, sb->host_uid) != 0) child_die("setresuid");
    }
    /* After the uid switch: changing credentials clears the death signal. */
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) child_die("PR_SET_PDEATHSIG");
    if (getppid() != c->parent) _exit(127);

    char *envp[] = {NULL};
    execve(c->bwrap, c->argv, envp);
    child_die("exec bwrap");
    return 127;
}

/* The vfork path's child stack: one per process, used by one spawn at a time (the parent
 * thread waits in clone until the child has exec'd). Never freed. */
#define SPAWN_STACK_BYTES (256 * 1024)
static pthread_mutex_t spawn_lock = PTHREAD_MUTEX_INITIALIZER;
static char *spawn_stack;

/* clone(CLONE_VM | CLONE_VFORK) as posix_spawn does it: the child shares the parent's memory
 * until it execs, so neither copies the engine's page tables (fork did, and then both sides
 * paid a page fault per page the parent wrote while the child lived, and the child's exec
 * tore the copy down: a fifth of the engine's CPU per check). -1 with errno. */
static pid_t spawn_vfork(SpawnChild *c)
{
    pthread_mutex_lock(&spawn_lock);
    if (!spawn_stack) {
        void *st = mmap(NULL, SPAWN_STACK_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
        spawn_stack = st == MAP_FAILED ? NULL : st;
    }
    pid_t pid = -1;
    if (spawn_stack) {
        sigset_t all, old;
        sigfillset(&all);
        pthread_sigmask(SIG_SETMASK, &all, &old);
        int saved_errno = errno;
        pid = clone(spawn_child, spawn_stack + SPAWN_STACK_BYTES, CLONE_VM | CLONE_VFORK | SIGCHLD, c);
        int e = pid < 0 ? errno : saved_errno;   /* the child may have set errno (shared) */
        pthread_sigmask(SIG_SETMASK, &old, NULL);
        errno = e;
    } else {
        errno = ENOMEM;
    }
    pthread_mutex_unlock(&spawn_lock);
    return pid;
}

pid_t ns_spawn_bwrap(const NsSandbox *sb, const NsSpawn *sp, char **err)
{
    const char *bwrap = ns_bwrap_path();
    if (!bwrap) {
        *err = xstrdup("bubblewrap (bwrap) is not installed: apt-get install bubblewrap");
        return -1;
    }
    int n_tail = 0;
    while (sp->tail[n_tail]) n_tail++;
    char **argv = xcalloc((size_t)n_tail + 10, sizeof *argv);
    int n = 0;
    argv[n++] = (char *)"bwrap";
    argv[n++] = (char *)"--args";
    argv[n++] = (char *)"3";
    /* With our init (ns_args_build bound it and added --as-pid-1) the command becomes
     * "-- /worksim-init 6 -- COMMAND...": fd 6 is a pidfd of this very process (bwrap). */
    bool with_init = sb->has_init && n_tail > 0 && strcmp(sp->tail[0], "--") == 0;
    if (with_init) {
        argv[n++] = (char *)"--";
        argv[n++] = (char *)NS_INIT_INSIDE;
        argv[n++] = (char *)"6";
        if (sp->trace_fd >= 0) {   /* the init records the command's execs to fd 7 */
            argv[n++] = (char *)"-t";
            argv[n++] = (char *)"7";
        }
    }
    for (int i = 0; i < n_tail; i++) argv[n++] = (char *)sp->tail[i];
    SpawnChild child = {sb, sp, bwrap, argv, with_init, false, getpid()};

    /* cgroup v2: the child is born in the sandbox's group, which costs nothing; moving it
     * there after fork would wait for an RCU grace period (ns_cgroup.c). Otherwise (or when
     * clone3 is refused: old kernel, seccomp of our own host) the vfork path, and the child
     * joins the group itself. */
    pid_t pid = -1;
    int cg_fd = ns_cgroup_clone_fd(sb->cg);
    if (cg_fd >= 0) {
        struct ns_clone_args ca = {.flags = NS_CLONE_INTO_CGROUP, .exit_signal = SIGCHLD, .cgroup = (uint64_t)cg_fd};
        sigset_t all, old;
        sigfillset(&all);
        pthread_sigmask(SIG_SETMASK, &all, &old);
        pid = (pid_t)syscall(SYS_clone3, &ca, sizeof ca);
        if (pid == 0) {
            child.born_in_group = true;
            _exit(spawn_child(&child));   /* never returns: it execs or dies */
        }
        pthread_sigmask(SIG_SETMASK, &old, NULL);
    }
    if (pid < 0) pid = spawn_vfork(&child);
    free(argv);
    if (pid < 0) {
        *err = xasprintf("fork: %s", strerror(errno));
        return -1;
    }
    return pid;
}
