/* fd_pump.c: the reading thread and its ring buffer (see fd_pump.h). One producer (the thread)
 * and one consumer (the loop's thread) share a ring: the thread reads straight into the free
 * part (outside the lock: the consumer never touches it), the lock guards the counts, the
 * notify eventfd and the end. The notify fd is set once per filling of the ring, when the
 * thread is about to wait (the fd ran dry, or no room) or NOTIFY_BYTES wait, and at the end;
 * the consumer clears it when it leaves the ring empty, both under the lock: a wakeup is
 * never lost, and the loop is woken once per pause or 64 KiB of a flood, not for every read. */
#define _GNU_SOURCE
#include "base/fd_pump.h"

#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

enum { NOTIFY_BYTES = 64 * 1024 };

struct FdPump {
    int fd;
    int notify_fd;          /* eventfd: readable while something waits to be taken */
    int stop_fd;            /* eventfd: wakes the thread out of poll to stop */
    bool poll_first;        /* fd blocks: poll it (with stop_fd) before every read */
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t room;    /* the consumer freed room in a full ring */
    char *ring;
    size_t cap, head, len;  /* bytes [head, head + len) mod cap wait to be taken */
    bool told;              /* the notify fd was set for what waits */
    bool ended;             /* the fd reached its end or failed: the thread is done */
    bool stopping;
};

static void set_notify(FdPump *p)
{
    uint64_t one = 1;
    ssize_t rc = write(p->notify_fd, &one, sizeof one);
    (void)rc;   /* EAGAIN: the counter is already far from 0, still readable */
}

static void clear_notify(FdPump *p)
{
    uint64_t v;
    ssize_t rc = read(p->notify_fd, &v, sizeof v);
    (void)rc;
}

/* Sets the notify fd for the bytes waiting, once (called under the lock). */
static void tell(FdPump *p)
{
    if (p->told || p->len == 0) return;
    set_notify(p);
    p->told = true;
}

/* The thread is about to wait: what it read so far is told. */
static void tell_waiting(FdPump *p)
{
    pthread_mutex_lock(&p->mu);
    tell(p);
    pthread_mutex_unlock(&p->mu);
}

static void finish(FdPump *p)
{
    pthread_mutex_lock(&p->mu);
    p->ended = true;
    set_notify(p);
    pthread_mutex_unlock(&p->mu);
}

/* Waits until fd is readable; false when told to stop (or poll failed: then it ends). */
static bool wait_readable(FdPump *p)
{
    struct pollfd pf[2] = {{.fd = p->fd, .events = POLLIN}, {.fd = p->stop_fd, .events = POLLIN}};
    for (;;) {
        int rc = poll(pf, 2, -1);
        if (rc < 0 && errno == EINTR) continue;
        if (rc < 0) finish(p);
        return rc > 0 && !pf[1].revents;
    }
}

static void *pump_main(void *arg)
{
    FdPump *p = arg;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        if (p->len == p->cap) tell(p);
        while (p->len == p->cap && !p->stopping) pthread_cond_wait(&p->room, &p->mu);
        bool stopping = p->stopping;
        size_t tail = (p->head + p->len) % p->cap;
        size_t room = p->cap - p->len;
        if (room > p->cap - tail) room = p->cap - tail;   /* up to the ring's end */
        pthread_mutex_unlock(&p->mu);
        if (stopping) break;
        if (p->poll_first) {
            tell_waiting(p);
            if (!wait_readable(p)) break;
        }
        ssize_t n = read(p->fd, p->ring + tail, room);
        if (n > 0) {
            pthread_mutex_lock(&p->mu);
            p->len += (size_t)n;
            if (p->len >= NOTIFY_BYTES) tell(p);
            pthread_mutex_unlock(&p->mu);
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            tell_waiting(p);
            if (!wait_readable(p)) break;
        } else if (!(n < 0 && errno == EINTR)) {
            finish(p);   /* 0: end of file; EIO: a PTY whose other side closed */
            break;
        }
    }
    return NULL;
}

/* Frees what fd_pump_start made but the thread. */
static void release(FdPump *p)
{
    close(p->notify_fd);
    close(p->stop_fd);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->room);
    free(p->ring);
    free(p);
}

FdPump *fd_pump_start(int fd, size_t cap)
{
    FdPump *p = xcalloc(1, sizeof *p);
    p->fd = fd;
    p->cap = cap ? cap : 1;
    int flags = fcntl(fd, F_GETFL);
    p->poll_first = flags >= 0 && !(flags & O_NONBLOCK);
    p->notify_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    p->stop_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (p->notify_fd < 0 || p->stop_fd < 0) {
        int e = errno;
        if (p->notify_fd >= 0) close(p->notify_fd);
        if (p->stop_fd >= 0) close(p->stop_fd);
        free(p);
        errno = e;
        return NULL;
    }
    p->ring = xmalloc(p->cap);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->room, NULL);
    /* Signals (Ctrl+C, SIGCHLD) stay with the loop's thread. */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int rc = pthread_create(&p->thread, NULL, pump_main, p);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rc != 0) {
        release(p);
        errno = rc;
        return NULL;
    }
    pthread_setname_np(p->thread, "worksim-fd-pump");
    return p;
}

void fd_pump_stop(FdPump *p)
{
    if (!p) return;
    pthread_mutex_lock(&p->mu);
    p->stopping = true;
    pthread_cond_signal(&p->room);
    pthread_mutex_unlock(&p->mu);
    uint64_t one = 1;
    ssize_t rc = write(p->stop_fd, &one, sizeof one);
    (void)rc;
    pthread_join(p->thread, NULL);
    release(p);
}

int fd_pump_notify_fd(const FdPump *p) { return p->notify_fd; }

size_t fd_pump_take(FdPump *p, char *dst, size_t max, bool *ended)
{
    pthread_mutex_lock(&p->mu);
    size_t n = p->len < max ? p->len : max;
    size_t first = p->cap - p->head < n ? p->cap - p->head : n;
    memcpy(dst, p->ring + p->head, first);
    memcpy(dst + first, p->ring, n - first);
    bool was_full = p->len == p->cap;
    p->head = (p->head + n) % p->cap;
    p->len -= n;
    /* Left empty: no longer readable, unless the end is still to be told (by the next take). */
    if (p->len == 0 && (n == 0 || !p->ended)) {
        clear_notify(p);
        p->told = false;
    }
    if (was_full && n) pthread_cond_signal(&p->room);
    if (ended) *ended = n == 0 && p->ended;
    pthread_mutex_unlock(&p->mu);
    return n;
}

size_t fd_pump_waiting(FdPump *p)
{
    pthread_mutex_lock(&p->mu);
    size_t n = p->len;
    pthread_mutex_unlock(&p->mu);
    return n;
}
