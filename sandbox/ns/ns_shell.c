/* ns_shell.c: the learner's interactive bash on a PTY inside the sandbox.
 * The engine opens the pty (slave O_NOCTTY, so our child never takes it as controlling
 * terminal); the child gets it as fds 0-2 and execs `bwrap --new-session ... setsid -c bash
 * -i`, so bash inside is a session leader with the pty as its ctty and job control works
 * (reference/sandbox.md pitfall 4). The window size is pushed with TIOCSWINSZ. */
#define _GNU_SOURCE
#include "sandbox/ns/ns.h"

#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

struct NsShell {
    NsSandbox *sb;
    pid_t pid;
    int master;
    char *rcfile;       /* engine-private copy of rcfile_text, bound read-only inside */
    char *tmpfs;        /* ns_tmpfs_create's /tmp and /dev/shm (root only) */
    bool exited;
    int status_fd;      /* bwrap's --json-status-fd, for the namespace init's pid */
    int trace_fd;       /* read end of the exec trace (the init writes it), or -1 */
    Buf status;
};

static void set_size(int fd, int rows, int cols)
{
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    ws.ws_row = (unsigned short)(rows > 0 ? rows : 24);
    ws.ws_col = (unsigned short)(cols > 0 ? cols : 80);
    ioctl(fd, TIOCSWINSZ, &ws);
}

/* Opens a pty pair; returns the master and sets *slave, or -1 with *err. */
static int open_pty(NsSandbox *sb, int *slave, char **err)
{
    int m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    char name[128];
    if (m < 0 || grantpt(m) != 0 || unlockpt(m) != 0 || ptsname_r(m, name, sizeof name) != 0) {
        *err = xasprintf("cannot open a pseudo-terminal: %s", strerror(errno));
        if (m >= 0) close(m);
        return -1;
    }
    *slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (*slave < 0) {
        *err = xasprintf("%s: %s", name, strerror(errno));
        close(m);
        return -1;
    }
    /* The learner's uid must own its terminal (bash reopens it via /dev/console, /dev/tty). */
    if (sb->drop_uid && fchown(*slave, sb->host_uid, (gid_t)-1) != 0) {
        *err = xasprintf("chown %s: %s", name, strerror(errno));
        close(*slave);
        close(m);
        return -1;
    }
    return m;
}

NsShell *ns_shell_open(NsSandbox *sb, int rows, int cols, const char *const *env_extra,
                       const char *rcfile_text, char **err)
{
    if (!sb || sb->closed) {
        *err = xstrdup("the sandbox is closed");
        return NULL;
    }
    NsShell *sh = xcalloc(1, sizeof *sh);
    sh->sb = sb;
    sh->pid = -1;
    sh->status_fd = -1;
    sh->trace_fd = -1;
    int slave = -1, seccomp = -1, args = -1, st[2] = {-1, -1}, tr[2] = {-1, -1};
    NsArgs a = {0};

    sh->master = open_pty(sb, &slave, err);
    if (sh->master < 0) goto fail;
    set_size(sh->master, rows, cols);
    if (rcfile_text) {
        sh->rcfile = xasprintf("%s/shell-%u.bashrc", sb->dir, ++sb->serial);
        if (!util_write_file(sh->rcfile, rcfile_text, strlen(rcfile_text), err)) goto fail;
        chmod(sh->rcfile, 0644);
    }
    seccomp = ns_seccomp_memfd(err);
    if (seccomp < 0) goto fail;
    const char *term = getenv("TERM");
    if (!term || !*term || strchr(term, '/')) term = "xterm-256color";
    if (pipe2(st, O_CLOEXEC | O_NONBLOCK) != 0) {
        *err = xasprintf("pipe: %s", strerror(errno));
        goto fail;
    }
    /* The exec trace needs our own init (bwrap's reaper cannot record): without it, none.
     * WORKSIM_NO_EXEC_TRACE=1 leaves it out, to measure what it costs (bench_exec_trace). */
    const char *no_trace = getenv("WORKSIM_NO_EXEC_TRACE");
    bool trace = sb->has_init && !(no_trace && strcmp(no_trace, "1") == 0);
    if (trace && pipe2(tr, O_CLOEXEC) != 0) {
        *err = xasprintf("pipe: %s", strerror(errno));
        goto fail;
    }
    sh->tmpfs = ns_tmpfs_create(sb);
    NsRunSpec spec = {.workspace = sb->ws, .term = term, .rcfile_host = sh->rcfile, .env_extra = env_extra,
                      .seccomp_fd = NS_FD_SECCOMP, .status_fd = NS_FD_STATUS, .tmpfs_dir = sh->tmpfs};
    ns_args_build(&a, sb, &spec);
    args = ns_args_memfd(&a);
    if (args < 0) {
        *err = xasprintf("args memfd: %s", strerror(errno));
        goto fail;
    }
    const char *with_rc[] = {"--", "/usr/bin/setsid", "-c", "/bin/bash", "--noprofile",
                             "--rcfile", "/etc/worksim/bashrc", "-i", NULL};
    const char *plain[] = {"--", "/usr/bin/setsid", "-c", "/bin/bash", "--noprofile", "--norc", "-i", NULL};
    NsSpawn sp = {slave, slave, slave, args, seccomp, st[1], tr[1], rcfile_text ? with_rc : plain, true};
    sh->pid = ns_spawn_bwrap(sb, &sp, err);
    if (sh->pid < 0) goto fail;
    close(slave);
    close(st[1]);
    sh->status_fd = st[0];
    if (tr[1] >= 0) close(tr[1]);
    sh->trace_fd = tr[0];
    if (sh->trace_fd >= 0) fcntl(sh->trace_fd, F_SETFL, O_NONBLOCK);
    close(seccomp);
    close(args);
    ns_args_free(&a);
    fcntl(sh->master, F_SETFL, fcntl(sh->master, F_GETFL) | O_NONBLOCK);
    ns_sandbox_track_shell(sb, sh);
    return sh;

fail:
    if (slave >= 0) close(slave);
    if (st[0] >= 0) close(st[0]);
    if (st[1] >= 0) close(st[1]);
    if (tr[0] >= 0) close(tr[0]);
    if (tr[1] >= 0) close(tr[1]);
    if (seccomp >= 0) close(seccomp);
    if (args >= 0) close(args);
    ns_args_free(&a);
    if (sh->master >= 0) close(sh->master);
    if (sh->rcfile) unlink(sh->rcfile);
    free(sh->rcfile);
    ns_tmpfs_remove(sh->tmpfs);
    free(sh);
    return NULL;
}

int ns_shell_fd(NsShell *sh) { return sh ? sh->master : -1; }

int ns_shell_trace_fd(NsShell *sh) { return sh ? sh->trace_fd : -1; }

void ns_shell_resize(NsShell *sh, int rows, int cols)
{
    if (sh && sh->master >= 0) set_size(sh->master, rows, cols);  /* kernel sends SIGWINCH */
}

bool ns_shell_alive(NsShell *sh)
{
    if (!sh || sh->exited) return false;
    int st;
    pid_t r = waitpid(sh->pid, &st, WNOHANG);
    if (r == sh->pid || (r < 0 && errno == ECHILD)) sh->exited = true;
    return !sh->exited;
}

void ns_shell_interrupt(NsShell *sh)
{
    if (!sh || sh->master < 0) return;
    struct termios t;
    unsigned char c = 0x03;
    if (tcgetattr(sh->master, &t) == 0 && t.c_cc[VINTR] != _POSIX_VDISABLE) c = t.c_cc[VINTR];
    ssize_t n = write(sh->master, &c, 1);
    (void)n;
}

void ns_shell_kill(NsShell *sh)
{
    if (!sh) return;
    if (!sh->exited && sh->pid > 0)
        ns_kill_and_reap(sh->pid, ns_status_child_pid(sh->status_fd, &sh->status),
                         sh->sb ? &sh->sb->needs_sweep : NULL);
    sh->exited = true;
    if (sh->rcfile) unlink(sh->rcfile);
    ns_tmpfs_remove(sh->tmpfs);     /* the shell's namespace is gone with its bwrap */
    sh->tmpfs = NULL;
    if (sh->sb) ns_sandbox_untrack_shell(sh->sb, sh);
    sh->sb = NULL;
}

void ns_shell_close(NsShell *sh)
{
    if (!sh) return;
    ns_shell_kill(sh);
    if (sh->master >= 0) close(sh->master);
    if (sh->status_fd >= 0) close(sh->status_fd);
    if (sh->trace_fd >= 0) close(sh->trace_fd);
    buf_free(&sh->status);
    free(sh->rcfile);
    free(sh);
}
