/* vm_shell.c: the learner's PTY shell in the VM, and host-side file get/put. The guest runs
 * bash -i on a guest PTY; the caller gets one end of a socketpair standing in for the PTY
 * master, and the pump thread relays it to PTY_DATA frames. When the shell is gone the
 * socket reads EOF, as a PTY master would. The shell's exec trace (TRACE frames, written by
 * the shell's init in the guest before each exec ran) is relayed the same way to a second
 * socketpair whose read end is the trace fd (sandbox_shell_trace_fd); it is written before the
 * terminal output that followed, and ends (EOF) when the shell is gone. Trace bytes the engine
 * leaves unread past VM_SHELL_QUEUE_MAX end the trace early with an "L" line: the reader then
 * calls it lost, never complete; a clean end of the trace means nothing was dropped. The
 * terminal's EOF waits until the trace is written. File requests are synchronous round trips; paths
 * are refused here if absolute or containing "..", and resolved in the guest without links. */
#define _GNU_SOURCE
#include "sandbox/vm/vm.h"

#include "sandbox/vm/vm_protocol.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum { VM_SHELL_QUEUE_MAX = 8 << 20 };

struct VmShell {
    VmSandbox *sb;
    uint32_t id;
    int fd_user;        /* given to the caller */
    int fd_pump;        /* pump thread's end */
    int trace_user;     /* the trace's read end, given to the caller */
    /* under sb->mu: */
    int trace_pump;     /* the trace's write end; -1 once ended */
    Buf trace_pending;  /* trace bytes not yet written to trace_pump */
    Buf pending;        /* guest output not yet written to fd_pump */
    bool exited;        /* the guest reported the shell gone */
    bool closing;       /* the owner closed it: the pump frees it */
    bool eof_sent;
    bool trace_gap;     /* trace bytes were dropped: the trace ends with an "L" line */
};

static VmShell *find(VmSandbox *sb, uint32_t id)
{
    for (int i = 0; i < sb->n_shells; i++)
        if (sb->shells[i]->id == id && !sb->shells[i]->closing) return sb->shells[i];
    return NULL;
}

/* mu held: trace bytes are still to be written (the terminal's EOF waits for them, so a
 * reader that sees the shell gone has its whole trace to read). */
static bool trace_unsent(const VmShell *sh) { return sh->trace_pending.len && sh->trace_pump >= 0; }

static void end_trace(VmShell *sh)
{
    if (sh->trace_pump >= 0) close(sh->trace_pump);
    sh->trace_pump = -1;
    buf_free(&sh->trace_pending);
}

/* mu held: writes the queued trace; ends it once the shell is gone and all is out. */
static void flush_trace(VmShell *sh)
{
    Buf *q = &sh->trace_pending;
    while (q->len && sh->trace_pump >= 0) {
        ssize_t n = send(sh->trace_pump, q->data, q->len, MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
        if (n <= 0) {
            end_trace(sh);   /* the owner closed its end */
            return;
        }
        memmove(q->data, q->data + n, q->len - (size_t)n);
        q->len -= (size_t)n;
    }
    if (sh->exited || sh->trace_gap) end_trace(sh);
}

/* mu held: writes what is queued; half-closes once the shell is gone and all is out. */
static void flush_pending(VmShell *sh)
{
    flush_trace(sh);
    while (sh->pending.len && sh->fd_pump >= 0) {
        ssize_t n = send(sh->fd_pump, sh->pending.data, sh->pending.len, MSG_DONTWAIT | MSG_NOSIGNAL);
        if (n <= 0) {
            if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
            sh->pending.len = 0;   /* the owner closed its end */
            break;
        }
        memmove(sh->pending.data, sh->pending.data + n, sh->pending.len - (size_t)n);
        sh->pending.len -= (size_t)n;
    }
    if (sh->exited && !sh->eof_sent && sh->fd_pump >= 0 && !trace_unsent(sh)) {
        shutdown(sh->fd_pump, SHUT_WR);
        sh->eof_sent = true;
    }
}

void vm_shell_on_data(VmSandbox *sb, uint32_t id, const unsigned char *b, size_t n)
{
    VmShell *sh = find(sb, id);
    if (!sh || sh->exited) return;
    if (sh->pending.len + n <= VM_SHELL_QUEUE_MAX) buf_append(&sh->pending, b, n);
    flush_pending(sh);
}

void vm_shell_on_trace(VmSandbox *sb, uint32_t id, const unsigned char *b, size_t n)
{
    VmShell *sh = find(sb, id);
    if (!sh || sh->exited || sh->trace_pump < 0 || sh->trace_gap) return;
    if (sh->trace_pending.len + n > VM_SHELL_QUEUE_MAX) {
        /* A gap: end the trace with a line that makes the reader call it lost (the newline
         * first ends any record already half written), never with a clean end of stream. */
        sh->trace_pending.len = 0;
        buf_puts(&sh->trace_pending, "\nL the trace queue overflowed\n");
        sh->trace_gap = true;
    } else {
        buf_append(&sh->trace_pending, b, n);
    }
    flush_trace(sh);
}

bool vm_shell_on_exit(VmSandbox *sb, uint32_t id)
{
    VmShell *sh = find(sb, id);
    if (!sh) return false;
    sh->exited = true;
    flush_pending(sh);
    return true;
}

int vm_shell_poll_fds(VmSandbox *sb, struct pollfd *pfd, VmShell **who, int max)
{
    int n = 0;
    for (int i = 0; i < sb->n_shells && n < max; i++) {
        VmShell *sh = sb->shells[i];
        if (sh->closing || sh->fd_pump < 0) continue;
        if (sh->trace_pending.len && sh->trace_pump >= 0 && n < max - 1) {
            pfd[n] = (struct pollfd){sh->trace_pump, POLLOUT, 0};
            who[n++] = sh;
        }
        short ev = sh->exited ? 0 : POLLIN;
        if (sh->pending.len || (sh->exited && !sh->eof_sent && !trace_unsent(sh))) ev |= POLLOUT;
        if (!ev) continue;
        pfd[n] = (struct pollfd){sh->fd_pump, ev, 0};
        who[n++] = sh;
    }
    return n;
}

void vm_shell_pump_io(VmSandbox *sb, VmShell *sh, int fd, short revents)
{
    /* Only the pump frees shells, so sh (and its fd_pump) stays valid here even if its owner
     * closes it. */
    if (fd == sh->fd_pump && (revents & (POLLIN | POLLHUP | POLLERR))) {
        char chunk[16384];
        ssize_t n = recv(sh->fd_pump, chunk, sizeof chunk, MSG_DONTWAIT);
        if (n > 0) vm_send(sb, VM_PTY_DATA, sh->id, chunk, (size_t)n, NULL, 0);
    }
    pthread_mutex_lock(&sb->mu);
    flush_pending(sh);
    pthread_mutex_unlock(&sb->mu);
}

void vm_shell_reap(VmSandbox *sb, bool all)
{
    for (int i = 0; i < sb->n_shells;) {
        VmShell *sh = sb->shells[i];
        if (all && !sh->exited) {
            sh->exited = true;
            sh->pending.len = 0;
            sh->trace_pending.len = 0;
            buf_puts(&sh->trace_pending, "\nL the sandbox closed\n");
            sh->trace_gap = true;
            flush_pending(sh);
        }
        if (!sh->closing) {
            i++;
            continue;
        }
        if (sh->fd_pump >= 0) close(sh->fd_pump);
        end_trace(sh);
        buf_free(&sh->pending);
        free(sh);
        sb->shells[i] = sb->shells[--sb->n_shells];
    }
}

VmShell *vm_shell_open(VmSandbox *sb, int rows, int cols, const char *const *env_extra,
                       const char *rcfile_text, char **err)
{
    if (!sb || sb->closed) {
        *err = xstrdup("the sandbox is closed");
        return NULL;
    }
    if (!vm_sandbox_ready(sb, err)) return NULL;
    if (sb->dead) {
        *err = xasprintf("the VM sandbox is gone: %s", sb->dead_reason ? sb->dead_reason : "?");
        return NULL;
    }
    int sp[2], tr[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, sp) != 0) {
        *err = xasprintf("socketpair: %s", strerror(errno));
        return NULL;
    }
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, tr) != 0) {
        *err = xasprintf("socketpair: %s", strerror(errno));
        close(sp[0]);
        close(sp[1]);
        return NULL;
    }
    shutdown(tr[0], SHUT_WR);   /* one way: guest to engine */
    VmShell *sh = xcalloc(1, sizeof *sh);
    sh->sb = sb;
    sh->fd_user = sp[0];
    sh->fd_pump = sp[1];
    sh->trace_user = tr[0];
    sh->trace_pump = tr[1];
    unsigned char head[8];
    size_t rc_len = rcfile_text ? strlen(rcfile_text) : 0;
    vm_put_u16(head, (uint16_t)(rows > 0 ? rows : 24));
    vm_put_u16(head + 2, (uint16_t)(cols > 0 ? cols : 80));
    vm_put_u32(head + 4, (uint32_t)rc_len);
    Buf body = {0};
    buf_append(&body, head, sizeof head);
    if (rc_len) buf_append(&body, rcfile_text, rc_len);
    for (const char *const *e = env_extra; e && *e; e++) buf_append(&body, *e, strlen(*e) + 1);

    pthread_mutex_lock(&sb->mu);
    sh->id = vm_next_id(sb);
    if (sb->n_shells == sb->cap_shells) {
        sb->cap_shells = sb->cap_shells ? sb->cap_shells * 2 : 2;
        sb->shells = xrealloc(sb->shells, (size_t)sb->cap_shells * sizeof *sb->shells);
    }
    sb->shells[sb->n_shells++] = sh;
    pthread_mutex_unlock(&sb->mu);
    bool ok = vm_send(sb, VM_PTY_OPEN, sh->id, body.data, body.len, NULL, 0);
    buf_free(&body);
    vm_wake_pump(sb);
    if (!ok) {
        *err = xstrdup("cannot reach the VM to open a shell");
        vm_shell_close(sh);
        return NULL;
    }
    return sh;
}

int vm_shell_fd(VmShell *sh) { return sh ? sh->fd_user : -1; }

int vm_shell_trace_fd(VmShell *sh) { return sh ? sh->trace_user : -1; }

void vm_shell_resize(VmShell *sh, int rows, int cols)
{
    if (!sh) return;
    unsigned char b[4];
    vm_put_u16(b, (uint16_t)(rows > 0 ? rows : 24));
    vm_put_u16(b + 2, (uint16_t)(cols > 0 ? cols : 80));
    vm_send(sh->sb, VM_PTY_RESIZE, sh->id, b, 4, NULL, 0);
}

bool vm_shell_alive(VmShell *sh)
{
    if (!sh) return false;
    pthread_mutex_lock(&sh->sb->mu);
    bool alive = !sh->exited && !sh->sb->dead;
    pthread_mutex_unlock(&sh->sb->mu);
    return alive;
}

void vm_shell_interrupt(VmShell *sh)
{
    if (sh) vm_send(sh->sb, VM_PTY_DATA, sh->id, "\003", 1, NULL, 0);
}

void vm_shell_close(VmShell *sh)
{
    if (!sh) return;
    VmSandbox *sb = sh->sb;
    vm_send(sb, VM_PTY_CLOSE, sh->id, NULL, 0, NULL, 0);
    close(sh->fd_user);
    close(sh->trace_user);
    pthread_mutex_lock(&sb->mu);
    sh->closing = true;
    bool pump = sb->pump_alive;
    if (!pump) vm_shell_reap(sb, false);
    pthread_mutex_unlock(&sb->mu);
    if (pump) vm_wake_pump(sb);
}

/* ---------------------------------------------------------------- files */

static bool rel_ok(const char *rel, char **err)
{
    if (!rel || !*rel || rel[0] == '/') {
        *err = xasprintf("%s: expected a path relative to the workspace", rel ? rel : "(null)");
        return false;
    }
    const char *p = rel;
    while (*p) {
        size_t n = strcspn(p, "/");
        if (n == 2 && p[0] == '.' && p[1] == '.') {
            *err = xasprintf("%s: leaves the workspace", rel);
            return false;
        }
        p += n;
        while (*p == '/') p++;
    }
    return true;
}

/* Sends one file request and waits for its reply (30 s); true with errno/data in sb. */
static bool file_roundtrip(VmSandbox *sb, unsigned type, const void *a, size_t alen, const void *b,
                           size_t blen, char **err)
{
    if (!vm_sandbox_ready(sb, err)) return false;
    pthread_mutex_lock(&sb->mu);
    while (sb->file_id && !sb->dead) pthread_cond_wait(&sb->cv, &sb->mu);
    if (sb->dead || sb->closed) {
        pthread_mutex_unlock(&sb->mu);
        *err = xstrdup("the VM sandbox is gone");
        return false;
    }
    uint32_t id = vm_next_id(sb);
    sb->file_id = id;
    sb->file_done = false;
    pthread_mutex_unlock(&sb->mu);
    bool ok = vm_send(sb, type, id, a, alen, b, blen);
    struct timespec end;
    clock_gettime(CLOCK_REALTIME, &end);
    end.tv_sec += 30;
    pthread_mutex_lock(&sb->mu);
    while (ok && !sb->file_done && !sb->dead)
        if (pthread_cond_timedwait(&sb->cv, &sb->mu, &end) == ETIMEDOUT) break;
    ok = ok && sb->file_done;
    sb->file_id = 0;
    pthread_cond_broadcast(&sb->cv);
    pthread_mutex_unlock(&sb->mu);
    if (!ok) *err = xstrdup("the VM did not answer the file request");
    return ok;
}

char *vm_read_file(VmSandbox *sb, const char *rel, size_t max, size_t *len_out, char **err)
{
    if (!rel_ok(rel, err)) return NULL;
    if (max > VM_FILE_MAX) max = VM_FILE_MAX;
    unsigned char m[4];
    vm_put_u32(m, (uint32_t)max);
    if (!file_roundtrip(sb, VM_FILE_GET, m, 4, rel, strlen(rel), err)) return NULL;
    pthread_mutex_lock(&sb->mu);
    int e = sb->file_errno;
    char *data = NULL;
    if (!e && sb->file_data.len > max) e = EFBIG;
    if (!e) {
        if (len_out) *len_out = sb->file_data.len;
        data = buf_steal(&sb->file_data);
    }
    buf_free(&sb->file_data);
    pthread_mutex_unlock(&sb->mu);
    if (e) *err = xasprintf("%s: %s", rel, e == EINVAL ? "not a regular file" : e == ELOOP || e == EXDEV ? "refusing a link or a path outside the workspace" : strerror(e));
    return data;
}

bool vm_record_base(VmSandbox *sb, char **err)
{
    if (!file_roundtrip(sb, VM_BASE, NULL, 0, NULL, 0, err)) return false;
    pthread_mutex_lock(&sb->mu);
    int e = sb->file_errno;
    buf_free(&sb->file_data);
    pthread_mutex_unlock(&sb->mu);
    if (e) *err = xasprintf("the VM could not keep a copy of the workspace as the base: %s", strerror(e));
    return e == 0;
}

bool vm_write_file(VmSandbox *sb, const char *rel, const char *data, size_t len, char **err)
{
    if (!rel_ok(rel, err)) return false;
    if (len > VM_FILE_MAX) {
        *err = xasprintf("%s: too large for the VM sandbox (%zu bytes)", rel, len);
        return false;
    }
    size_t plen = strlen(rel);
    unsigned char *head = xmalloc(4 + plen);
    vm_put_u32(head, (uint32_t)plen);
    memcpy(head + 4, rel, plen);
    bool ok = file_roundtrip(sb, VM_FILE_PUT, head, 4 + plen, data, len, err);
    free(head);
    if (!ok) return false;
    pthread_mutex_lock(&sb->mu);
    int e = sb->file_errno;
    buf_free(&sb->file_data);
    pthread_mutex_unlock(&sb->mu);
    if (e) *err = xasprintf("%s: %s", rel, e == EINVAL ? "not a regular file" : e == ELOOP || e == EXDEV ? "refusing a link or a path outside the workspace" : strerror(e));
    return e == 0;
}
