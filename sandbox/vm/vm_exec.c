/* vm_exec.c: one-shot commands in the VM, completed asynchronously on the caller's loop.
 * The EXEC frame carries the command, flags, timeout, output cap and stdin; the agent runs
 * it in fresh namespaces (checks on a throwaway copy of /workspace) and enforces the
 * timeout. The pump thread collects OUTPUT (capped here again: the guest is untrusted) and
 * EXITED, then pokes a pipe the loop watches; a host deadline covers a silent guest (a check
 * is sent once more before that counts as a failure). */
#define _GNU_SOURCE
#include "sandbox/vm/vm.h"

#include "sandbox/vm/vm_protocol.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


double vm_check_time_scale(const VmSandbox *sb) { return sb->kvm ? 1.0 : VM_TCG_CHECK_SLOWDOWN; }

struct VmExec {
    VmSandbox *sb;
    Loop *loop;
    SandboxExecDone done;
    void *ud;
    uint32_t id;
    int notify[2];              /* pump writes a byte when finished */
    uint64_t deadline;
    double t0, timeout;         /* timeout: the guest's, in seconds */
    Buf frame;                  /* a check's EXEC body and stdin, kept to send it once more */
    size_t frame_stdin;         /* how many bytes at the end of frame are stdin */
    bool resent;
    /* under sb->mu: */
    Buf out;
    size_t cap;
    uint64_t total;
    int exit_code;
    bool timed_out, finished, delivered;
    char *error;
};

static VmExec *find(VmSandbox *sb, uint32_t id)
{
    for (int i = 0; i < sb->n_execs; i++)
        if (sb->execs[i]->id == id) return sb->execs[i];
    return NULL;
}

static void untrack(VmSandbox *sb, VmExec *ex)
{
    for (int i = 0; i < sb->n_execs; i++) {
        if (sb->execs[i] == ex) {
            sb->execs[i] = sb->execs[--sb->n_execs];
            return;
        }
    }
}

/* mu held: marks ex finished and wakes its loop. */
static void complete(VmExec *ex)
{
    if (ex->finished) return;
    ex->finished = true;
    char c = 1;
    if (write(ex->notify[1], &c, 1) < 0) {}
}

void vm_exec_on_output(VmSandbox *sb, uint32_t id, const unsigned char *b, size_t n)
{
    VmExec *ex = find(sb, id);
    if (!ex || ex->finished) return;
    size_t keep = ex->out.len < ex->cap ? ex->cap - ex->out.len : 0;
    if (keep > n) keep = n;
    if (keep) buf_append(&ex->out, b, keep);
}

void vm_exec_on_exit(VmSandbox *sb, uint32_t id, int code, bool timed_out, uint64_t total)
{
    VmExec *ex = find(sb, id);
    if (!ex || ex->finished) return;
    ex->exit_code = code >= 0 && code <= 255 ? code : 255;
    ex->timed_out = timed_out;
    ex->total = total < ex->out.len ? ex->out.len : total;
    complete(ex);
}

bool vm_exec_on_error(VmSandbox *sb, uint32_t id, const char *why)
{
    VmExec *ex = find(sb, id);
    if (!ex) return false;
    if (!ex->finished) {
        ex->error = xasprintf("the VM could not run the command: %s", why);
        ex->exit_code = -1;
        complete(ex);
    }
    return true;
}

void vm_exec_fail_all(VmSandbox *sb, const char *why)
{
    for (int i = 0; i < sb->n_execs; i++) {
        VmExec *ex = sb->execs[i];
        if (ex->finished) continue;
        ex->error = xstrdup(why);
        ex->exit_code = -1;
        complete(ex);
    }
}

/* Delivers the result and frees ex (mu not held). */
static void deliver(VmExec *ex, const char *why)
{
    VmSandbox *sb = ex->sb;
    pthread_mutex_lock(&sb->mu);
    untrack(sb, ex);
    SandboxExecResult *r = xcalloc(1, sizeof *r);
    r->exit_code = ex->exit_code;
    r->timed_out = ex->timed_out;
    r->output_len = ex->out.len;
    r->output_total = (size_t)ex->total;
    r->output = buf_steal(&ex->out);
    if (ex->error) r->error = ex->error;
    else if (why) r->error = xstrdup(why);
    ex->error = NULL;
    if (!ex->finished && !r->error) r->error = xstrdup("the command did not finish");
    if (r->error && r->exit_code == 0) r->exit_code = -1;
    pthread_mutex_unlock(&sb->mu);
    r->seconds = util_monotonic_seconds() - ex->t0;
    r->resent = ex->resent;
    buf_free(&ex->frame);
    if (ex->deadline) loop_cancel(ex->loop, ex->deadline);
    loop_unwatch_fd(ex->loop, ex->notify[0]);
    close(ex->notify[0]);
    close(ex->notify[1]);

    ex->done(ex->ud, r);

    free(r->output);
    free(r->error);
    free(r);
    free(ex);
}

static void on_notify(void *ud, int fd, int ready)
{
    VmExec *ex = ud;
    char junk[16];
    while (read(fd, junk, sizeof junk) > 0) {}
    pthread_mutex_lock(&ex->sb->mu);
    bool fin = ex->finished;
    pthread_mutex_unlock(&ex->sb->mu);
    if (fin) deliver(ex, NULL);
}

/* A check the VM never answered (its EXITED did not come, not even for the guest's own kill at
 * the timeout) is sent once more under a new id, with its deadline renewed: a check only
 * reads a throwaway copy, so running it twice is harmless, while the lost answer would void
 * the learner's run as an infrastructure error (CI 2026-12-07: first-bugfix's `clean` check,
 * a `git status`, got no answer in 270 s on a busy TCG guest). Frames of the old id are
 * ignored from now on. False when the VM is gone (the caller then reports the loss). */
static void on_deadline(void *ud);

static bool send_again(VmExec *ex)
{
    VmSandbox *sb = ex->sb;
    pthread_mutex_lock(&sb->mu);
    bool finished = ex->finished, alive = !sb->dead && !finished;
    if (alive) {
        ex->id = vm_next_id(sb);
        buf_free(&ex->out);
        ex->total = 0;
        ex->resent = true;
    }
    pthread_mutex_unlock(&sb->mu);
    if (finished) {   /* the answer came after all, just now */
        deliver(ex, NULL);
        return true;
    }
    if (!alive) return false;
    fprintf(stderr, "worksim: the VM gave no answer to a check in %.0f s; sending it once more\n",
            util_monotonic_seconds() - ex->t0);
    ex->deadline = loop_add_deadline(ex->loop, ex->timeout + VM_GRACE_SECONDS, on_deadline, ex);
    size_t body = ex->frame.len - ex->frame_stdin;
    return vm_send(sb, VM_EXEC, ex->id, ex->frame.data, body, ex->frame.data + body, ex->frame_stdin);
}

static void on_deadline(void *ud)
{
    VmExec *ex = ud;
    ex->deadline = 0;
    pthread_mutex_lock(&ex->sb->mu);
    bool fin = ex->finished;
    pthread_mutex_unlock(&ex->sb->mu);
    if (fin) {   /* the end arrived just now: its notification is still in the pipe */
        deliver(ex, NULL);
        return;
    }
    unsigned char sig[4];
    vm_put_u32(sig, SIGKILL);
    vm_send(ex->sb, VM_SIGNAL, ex->id, sig, 4, NULL, 0);
    if (ex->frame.len && !ex->resent && send_again(ex)) return;
    pthread_mutex_lock(&ex->sb->mu);
    ex->timed_out = true;
    pthread_mutex_unlock(&ex->sb->mu);
    deliver(ex, "the VM did not report the end of the command");
}

void vm_exec_abort_all(VmSandbox *sb, const char *why)
{
    for (;;) {
        pthread_mutex_lock(&sb->mu);
        VmExec *ex = sb->n_execs ? sb->execs[sb->n_execs - 1] : NULL;
        pthread_mutex_unlock(&sb->mu);
        if (!ex) return;
        deliver(ex, why);
    }
}

bool vm_exec_start(VmSandbox *sb, Loop *loop, const SandboxExecRequest *req, SandboxExecDone done,
                   void *ud, char **err)
{
    return vm_exec_start_capped(sb, loop, req, sb ? sb->limits.output_bytes : 0, done, ud, err);
}

bool vm_exec_start_capped(VmSandbox *sb, Loop *loop, const SandboxExecRequest *req, size_t cap,
                          SandboxExecDone done, void *ud, char **err)
{
    if (!sb || sb->closed) {
        if (err) *err = xstrdup("the sandbox is closed");
        return false;
    }
    if (!req || !req->command || !done || !loop) {
        if (err) *err = xstrdup("sandbox_exec_start: missing command, loop or callback");
        return false;
    }
    vm_sandbox_ready(sb, NULL);   /* a boot failure shows as the exec's error below */
    VmExec *ex = xcalloc(1, sizeof *ex);
    ex->sb = sb;
    ex->loop = loop;
    ex->done = done;
    ex->ud = ud;
    ex->cap = cap > UINT32_MAX ? UINT32_MAX : cap;   /* the frame's field is a u32 */
    ex->t0 = util_monotonic_seconds();
    if (pipe2(ex->notify, O_CLOEXEC | O_NONBLOCK) != 0) {
        if (err) *err = xasprintf("pipe: %s", strerror(errno));
        free(ex);
        return false;
    }
    double timeout = req->timeout > 0 ? req->timeout : sb->limits.wall_seconds;
    if (req->check) timeout *= vm_check_time_scale(sb);
    size_t clen = strlen(req->command);
    unsigned char head[13];
    head[0] = (unsigned char)((req->as_root ? VM_EXEC_ROOT : 0) | (req->check ? VM_EXEC_CHECK : 0));
    vm_put_u32(head + 1, (uint32_t)(timeout * 1000));
    vm_put_u32(head + 5, (uint32_t)ex->cap);
    vm_put_u32(head + 9, (uint32_t)clen);
    Buf body = {0};
    buf_append(&body, head, sizeof head);
    buf_append(&body, req->command, clen);

    pthread_mutex_lock(&sb->mu);
    ex->id = vm_next_id(sb);
    if (sb->n_execs == sb->cap_execs) {
        sb->cap_execs = sb->cap_execs ? sb->cap_execs * 2 : 4;
        sb->execs = xrealloc(sb->execs, (size_t)sb->cap_execs * sizeof *sb->execs);
    }
    sb->execs[sb->n_execs++] = ex;
    if (sb->dead) {
        ex->error = xasprintf("the VM sandbox is gone: %s", sb->dead_reason);
        complete(ex);
    }
    pthread_mutex_unlock(&sb->mu);

    loop_watch_fd(loop, ex->notify[0], LOOP_READ, on_notify, ex);
    ex->timeout = timeout;
    ex->deadline = loop_add_deadline(loop, timeout + VM_GRACE_SECONDS, on_deadline, ex);
    size_t stdin_len = req->stdin_data ? req->stdin_len : 0;
    bool sent = vm_send(sb, VM_EXEC, ex->id, body.data, body.len, req->stdin_data, stdin_len);
    if (req->check) {   /* kept for send_again */
        ex->frame = body;
        buf_append(&ex->frame, req->stdin_data, stdin_len);
        ex->frame_stdin = stdin_len;
    } else {
        buf_free(&body);
    }
    if (!sent) {
        pthread_mutex_lock(&sb->mu);
        if (!ex->finished) {
            ex->error = xstrdup("cannot send the command to the VM (stopped, or stdin too large)");
            complete(ex);
        }
        pthread_mutex_unlock(&sb->mu);
    }
    return true;
}
