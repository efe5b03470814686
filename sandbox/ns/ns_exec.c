/* ns_exec.c: one-shot commands in a fresh bwrap, completed asynchronously on the loop.
 * stdout and stderr share one pipe, read as it fills, kept up to limits.output_bytes and
 * counted beyond; stdin_data goes through a socket (no SIGPIPE if the command ignores it);
 * a pidfd reports the exit, a real-clock deadline SIGKILLs bwrap (which takes its whole pid
 * namespace with it). Checks run on a throwaway copy of the workspace (bwrap 0.8 has no
 * overlay options), so their writes never reach the learner's files. */
#define _GNU_SOURCE
#include "sandbox/ns/ns.h"

#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

struct NsExec {
    NsSandbox *sb;
    Loop *loop;
    SandboxExecDone done;
    void *ud;
    pid_t pid;
    int pidfd, out_fd, in_fd, status_fd;
    char *stdin_data;
    size_t stdin_len, stdin_off;
    Buf out;
    size_t total, cap;
    uint64_t deadline;          /* timeout, or the deferred start-failure delivery */
    bool timed_out;
    int wstatus;
    bool reaped;
    double t0;
    char *scratch;              /* check copy of the workspace, removed at the end */
    char *tree;                 /* fingerprint of scratch when asked for, taken before launch */
    char *tmpfs;                /* ns_tmpfs_create's /tmp and /dev/shm (root only), removed at the end */
    char *start_error;          /* set when the command never started */
    Buf status;                 /* what bwrap wrote to --json-status-fd */
    pid_t inner;                /* host pid of the namespace init, once known */
    char *command;              /* kept to relaunch after a transient namespace failure */
    bool as_root;
    bool nothing_to_run;        /* an empty command: no process, exit 0 (ns_exec_start) */
    bool reused;                /* the request's reuse took the copy's fingerprint: nothing runs */
    int attempts;
    uint64_t retry;             /* pending relaunch */
};

/* bwrap could not clone its namespaces because the sandbox user's process count (its
 * RLIMIT_NPROC) is momentarily full, e.g. while a killed fork bomb is still being reaped.
 * Such a start is retried with backoff instead of failing the exec. */
#define NS_START_RETRIES 6
#define NS_EAGAIN_TEXT "Creating new namespace failed: Resource temporarily unavailable"

static void close_fd(Loop *loop, int *fd)
{
    if (*fd < 0) return;
    loop_unwatch_fd(loop, *fd);
    close(*fd);
    *fd = -1;
}

/* Reads what the pipe holds now; returns true at EOF or error. */
static bool drain_output(NsExec *ex)
{
    char chunk[16384];
    for (;;) {
        ssize_t n = read(ex->out_fd, chunk, sizeof chunk);
        if (n > 0) {
            size_t keep = ex->out.len < ex->cap ? ex->cap - ex->out.len : 0;
            if (keep > (size_t)n) keep = (size_t)n;
            if (keep) buf_append(&ex->out, chunk, keep);
            ex->total += (size_t)n;
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        return !(n < 0 && errno == EAGAIN);
    }
}

/* True when bwrap reported that it started the command (json-status "child-pid"). */
static bool command_started(NsExec *ex)
{
    if (!ex->inner) ex->inner = ns_status_child_pid(ex->status_fd, &ex->status);
    return ex->inner > 0;
}

static char *first_line(const char *s, size_t len)
{
    size_t n = 0;
    while (n < len && s[n] != '\n' && n < 300) n++;
    return xstrndup(s, n);
}

/* Delivers the result and frees ex. The sandbox no longer references ex when done runs. */
static void finish(NsExec *ex, const char *abort_reason)
{
    if (ex->deadline) loop_cancel(ex->loop, ex->deadline);
    ex->deadline = 0;
    if (ex->retry) loop_cancel(ex->loop, ex->retry);
    ex->retry = 0;
    close_fd(ex->loop, &ex->pidfd);
    close_fd(ex->loop, &ex->in_fd);
    if (ex->out_fd >= 0) drain_output(ex);
    close_fd(ex->loop, &ex->out_fd);

    SandboxExecResult *r = xcalloc(1, sizeof *r);
    r->seconds = util_monotonic_seconds() - ex->t0;
    r->timed_out = ex->timed_out;
    r->output_total = ex->total;
    r->output_len = ex->out.len;
    r->output = buf_steal(&ex->out);
    r->tree = ex->tree;
    ex->tree = NULL;
    r->reused = ex->reused;
    if (ex->reaped) {
        if (WIFEXITED(ex->wstatus)) r->exit_code = WEXITSTATUS(ex->wstatus);
        else if (WIFSIGNALED(ex->wstatus)) r->exit_code = 128 + WTERMSIG(ex->wstatus);
    }
    bool started = ex->nothing_to_run || command_started(ex);
    close_fd(ex->loop, &ex->status_fd);
    if (ex->start_error) {
        r->error = xstrdup(ex->start_error);
        r->exit_code = -1;
    } else if (abort_reason) {
        r->error = xstrdup(abort_reason);
    } else if (!started && !ex->timed_out) {
        char *line = first_line(r->output, r->output_len);
        r->error = xasprintf("the sandbox failed to start (bwrap exit %d)%s%s", r->exit_code,
                             *line ? ": " : "", line);
        free(line);
    }
    if (ex->scratch) util_remove_tree(ex->scratch);
    ns_tmpfs_remove(ex->tmpfs);     /* bwrap is reaped: nothing uses them any more */
    ex->tmpfs = NULL;
    if (ex->sb) ns_sandbox_untrack_exec(ex->sb, ex);
    ex->sb = NULL;

    ex->done(ex->ud, r);

    free(r->output);
    free(r->error);
    free(r->tree);
    free(r);
    free(ex->scratch);
    free(ex->command);
    free(ex->stdin_data);
    free(ex->start_error);
    buf_free(&ex->out);
    buf_free(&ex->status);
    free(ex);
}

static void on_output(void *ud, int fd, int ready)
{
    NsExec *ex = ud;
    if (drain_output(ex)) close_fd(ex->loop, &ex->out_fd);
}

static bool launch(NsExec *ex, const SandboxExecRequest *req, const char *workspace, char **err);
static void on_exit_ready(void *ud, int fd, int ready);
static void on_stdin_writable(void *ud, int fd, int ready);

static void on_retry(void *ud)
{
    NsExec *ex = ud;
    ex->retry = 0;
    ex->reaped = false;
    ex->inner = 0;
    ex->total = 0;
    ex->stdin_off = 0;
    buf_free(&ex->out);
    buf_free(&ex->status);
    SandboxExecRequest req = {.command = ex->command, .as_root = ex->as_root, .check = ex->scratch != NULL,
                              .stdin_data = ex->stdin_data, .stdin_len = ex->stdin_len};
    char *why = NULL;
    const char *workspace = ex->scratch ? ex->scratch : ex->sb->ws;
    if (!launch(ex, &req, workspace, &why)) {
        ex->start_error = why ? why : xstrdup("the sandbox failed to start");
        finish(ex, NULL);
        return;
    }
    loop_watch_fd(ex->loop, ex->out_fd, LOOP_READ, on_output, ex);
    loop_watch_fd(ex->loop, ex->pidfd, LOOP_READ, on_exit_ready, ex);
    if (ex->in_fd >= 0) loop_watch_fd(ex->loop, ex->in_fd, LOOP_WRITE, on_stdin_writable, ex);
}

/* True (and a relaunch scheduled) when bwrap failed only for a transient lack of processes. */
static bool retry_transient_start(NsExec *ex)
{
    if (command_started(ex) || ex->timed_out || ex->attempts >= NS_START_RETRIES || !ex->sb) return false;
    if (ex->out_fd >= 0) drain_output(ex);
    if (!ex->out.data || !strstr(ex->out.data, NS_EAGAIN_TEXT)) return false;
    close_fd(ex->loop, &ex->pidfd);
    close_fd(ex->loop, &ex->in_fd);
    close_fd(ex->loop, &ex->out_fd);
    close_fd(ex->loop, &ex->status_fd);
    ex->retry = loop_add_deadline(ex->loop, 0.01 * (1 << ex->attempts++), on_retry, ex);
    return true;
}

static void on_exit_ready(void *ud, int fd, int ready)
{
    NsExec *ex = ud;
    int st;
    pid_t r = waitpid(ex->pid, &st, WNOHANG);
    if (r == 0) return;
    ex->reaped = true;
    ex->wstatus = st;
    if (retry_transient_start(ex)) return;
    /* bwrap is gone and with it its pid namespace: every writer of the pipe is dead, so
     * what is left in it is all there is. */
    finish(ex, NULL);
}

static void on_stdin_writable(void *ud, int fd, int ready)
{
    NsExec *ex = ud;
    while (ex->stdin_off < ex->stdin_len) {
        ssize_t n = send(fd, ex->stdin_data + ex->stdin_off, ex->stdin_len - ex->stdin_off,
                         MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && errno == EAGAIN) return;
        if (n < 0) break;          /* reader gone: stop feeding */
        ex->stdin_off += (size_t)n;
    }
    shutdown(fd, SHUT_WR);
    close_fd(ex->loop, &ex->in_fd);
}

static void on_timeout(void *ud)
{
    NsExec *ex = ud;
    ex->deadline = 0;
    ex->timed_out = true;
    if (!ex->inner) ex->inner = ns_status_child_pid(ex->status_fd, &ex->status);
    if (!ns_kill_inner(ex->pid, ex->inner)) {  /* else bwrap exits once its namespace is gone */
        if (ex->sb) ex->sb->needs_sweep = true;
        kill(-ex->pid, SIGKILL);
        kill(ex->pid, SIGKILL);
    }
}

/* Delivers, from the loop, a start that failed or an exec that had nothing to run. */
static void deliver_now(void *ud)
{
    NsExec *ex = ud;
    ex->deadline = 0;
    finish(ex, NULL);
}

void ns_exec_abort(NsExec *ex, const char *why)
{
    if (ex->pid > 0 && !ex->reaped) {
        if (!ex->inner) ex->inner = ns_status_child_pid(ex->status_fd, &ex->status);
        int st = ns_kill_and_reap(ex->pid, ex->inner, ex->sb ? &ex->sb->needs_sweep : NULL);
        if (st != -1) {
            ex->reaped = true;
            ex->wstatus = st;
        }
    }
    finish(ex, ex->start_error ? NULL : why);
}

/* Sets up the pipes, argument memfds and the process. false with *err on failure. */
static bool launch(NsExec *ex, const SandboxExecRequest *req, const char *workspace, char **err)
{
    NsSandbox *sb = ex->sb;
    int out[2] = {-1, -1}, st[2] = {-1, -1}, in[2] = {-1, -1};
    int seccomp = -1, args = -1;
    NsArgs a = {0};
    bool ok = false;

    seccomp = ns_seccomp_memfd(err);
    if (seccomp < 0) goto out;
    if (pipe2(out, O_CLOEXEC) != 0 || pipe2(st, O_CLOEXEC | O_NONBLOCK) != 0) {
        *err = xasprintf("pipe: %s", strerror(errno));
        goto out;
    }
    if (req->stdin_data) {
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in) != 0) {
            *err = xasprintf("socketpair: %s", strerror(errno));
            goto out;
        }
        shutdown(in[0], SHUT_WR);
    } else {
        in[1] = open("/dev/null", O_RDONLY | O_CLOEXEC);   /* in[1]: the child's end */
        if (in[1] < 0) {
            *err = xasprintf("/dev/null: %s", strerror(errno));
            goto out;
        }
    }
    if (!ex->tmpfs) ex->tmpfs = ns_tmpfs_create(sb);   /* kept across start retries */
    NsRunSpec spec = {.workspace = workspace, .as_root = req->as_root, .term = "dumb",
                      .seccomp_fd = NS_FD_SECCOMP, .status_fd = NS_FD_STATUS,
                      .home = req->check ? "/tmp" : NULL, .base = req->check ? sb->base : NULL,
                      .checks = req->check ? sb->checks : NULL,
                      .tmpfs_dir = ex->tmpfs};
    ns_args_build(&a, sb, &spec);
    args = ns_args_memfd(&a);
    if (args < 0) {
        *err = xasprintf("args memfd: %s", strerror(errno));
        goto out;
    }
    /* --norc: with stdin on a socket bash -c would take itself for an rshd child and source
     * ~/.bashrc, i.e. the learner's /workspace/.bashrc. */
    const char *tail[] = {"--", "/bin/bash", "--norc", "--noprofile", "-c", req->command, NULL};
    int child_in = req->stdin_data ? in[0] : in[1];
    NsSpawn sp = {child_in, out[1], out[1], args, seccomp, st[1], -1, tail, true};   /* checks: not traced */
    ex->pid = ns_spawn_bwrap(sb, &sp, err);
    if (ex->pid < 0) goto out;
    ex->pidfd = (int)syscall(SYS_pidfd_open, ex->pid, 0);
    if (ex->pidfd < 0) {
        *err = xasprintf("pidfd_open: %s", strerror(errno));
        ns_kill_and_reap(ex->pid, 0, &sb->needs_sweep);
        ex->pid = -1;
        goto out;
    }
    fcntl(ex->pidfd, F_SETFD, FD_CLOEXEC);
    ex->out_fd = out[0];
    out[0] = -1;
    fcntl(ex->out_fd, F_SETFL, O_NONBLOCK);
    ex->status_fd = st[0];
    st[0] = -1;
    if (req->stdin_data) {
        ex->in_fd = in[1];
        in[1] = -1;
        fcntl(ex->in_fd, F_SETFL, O_NONBLOCK);
    }
    ok = true;
out:
    for (int i = 0; i < 2; i++) {
        if (out[i] >= 0) close(out[i]);
        if (st[i] >= 0) close(st[i]);
        if (in[i] >= 0) close(in[i]);
    }
    if (seccomp >= 0) close(seccomp);
    if (args >= 0) close(args);
    ns_args_free(&a);
    return ok;
}

/* Makes a private copy of the workspace for a check; NULL with *err. */
static char *make_check_copy(NsSandbox *sb, char **err)
{
    char *dir = ns_scratch_dir(sb, sb->ws, "check");
    if (!dir) {
        *err = xasprintf("cannot create a folder for the check: %s", strerror(errno));
        return NULL;
    }
    if (sb->drop_uid && chown(dir, sb->host_uid, sb->host_gid) != 0) {
        *err = xasprintf("chown %s: %s", dir, strerror(errno));
        rmdir(dir);
        free(dir);
        return NULL;
    }
    if (!ns_copy_tree(sb->ws, dir, true, sb->drop_uid, sb->host_uid, sb->host_gid, NULL, err)) {
        util_remove_tree(dir);
        free(dir);
        return NULL;
    }
    return dir;
}

/* The check's fresh copy holds every protected path exactly as the base does (nothing ran in
 * it yet), so the request's protected-path restore or audit would change or find nothing. */
static bool protected_same(const NsSandbox *sb, const char *copy, const SandboxExecRequest *req)
{
    if (!req->command_if_protected_same || !sb->base || req->n_protect <= 0) return false;
    uid_t uid = sb->drop_uid ? sb->host_uid : geteuid();
    gid_t gid = sb->drop_uid ? sb->host_gid : getegid();
    return ns_paths_same(copy, sb->base, req->protect, req->n_protect, uid, gid);
}

bool ns_exec_start(NsSandbox *sb, Loop *loop, const SandboxExecRequest *req, SandboxExecDone done,
                   void *ud, char **err)
{
    if (!sb || sb->closed) {
        if (err) *err = xstrdup("the sandbox is closed");
        return false;
    }
    if (!req || !req->command || !done || !loop) {
        if (err) *err = xstrdup("sandbox_exec_start: missing command, loop or callback");
        return false;
    }
    NsExec *ex = xcalloc(1, sizeof *ex);
    ex->sb = sb;
    ex->loop = loop;
    ex->done = done;
    ex->ud = ud;
    ex->pid = -1;
    ex->pidfd = ex->out_fd = ex->in_fd = ex->status_fd = -1;
    ex->cap = sb->limits.output_bytes;
    ex->t0 = util_monotonic_seconds();
    ex->command = xstrdup(req->command);
    ex->as_root = req->as_root;
    if (req->stdin_data) {
        ex->stdin_len = req->stdin_len;
        ex->stdin_data = xmalloc(req->stdin_len ? req->stdin_len : 1);
        memcpy(ex->stdin_data, req->stdin_data, req->stdin_len);
    }
    ns_sandbox_track_exec(sb, ex);

    char *why = NULL;
    const char *workspace = sb->ws;
    SandboxExecRequest run = *req;
    if (req->check) {
        ex->scratch = make_check_copy(sb, &why);
        workspace = ex->scratch;
        /* Nothing has run in the copy yet: the fingerprint is of exactly what the check reads. */
        if (ex->scratch && req->fingerprint) ex->tree = ns_tree_fingerprint(ex->scratch);
        /* A result the caller holds for exactly this tree stands: the check is not run. */
        if (ex->tree && req->reuse && req->reuse(req->reuse_ud, ex->tree)) ex->reused = true;
        if (ex->scratch && !ex->reused && protected_same(sb, ex->scratch, req)) {
            run.command = req->command_if_protected_same;
            free(ex->command);
            ex->command = xstrdup(run.command);
        }
    }
    req = &run;
    if (workspace && (ex->reused || !*req->command)) {
        /* bash -c "" would run nothing and exit 0 with no output: that is the result, without
         * a sandbox (a check that only wants its copy's fingerprint, the final survey; one
         * whose result the caller already holds for this copy's tree). */
        ex->nothing_to_run = ex->reaped = true;
        ex->wstatus = 0;
        ex->deadline = loop_add_deadline(loop, 0, deliver_now, ex);
    } else if (workspace && launch(ex, req, workspace, &why)) {
        loop_watch_fd(loop, ex->out_fd, LOOP_READ, on_output, ex);
        loop_watch_fd(loop, ex->pidfd, LOOP_READ, on_exit_ready, ex);
        if (ex->in_fd >= 0) loop_watch_fd(loop, ex->in_fd, LOOP_WRITE, on_stdin_writable, ex);
        double timeout = req->timeout > 0 ? req->timeout : sb->limits.wall_seconds;
        ex->deadline = loop_add_deadline(loop, timeout, on_timeout, ex);
    } else {
        /* Failure to start is reported through the callback, from the loop. */
        ex->start_error = why ? why : xstrdup("the sandbox failed to start");
        why = NULL;
        ex->deadline = loop_add_deadline(loop, 0, deliver_now, ex);
    }
    free(why);
    return true;
}
