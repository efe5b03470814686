/* loop.c: poll(2)-based event loop with a virtual or real run clock (see loop.h).
 * Sizes are small (a handful of fds and timers per run), so watches and timers live in
 * plain arrays scanned linearly; simplicity beats a heap here. */
#define _GNU_SOURCE
#include "base/loop.h"

#include "base/util.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

typedef struct Watch {
    int fd;
    int interest;
    LoopFdFn fn;
    void *ud;
} Watch;

typedef struct Timer {
    uint64_t id;
    double due;        /* on its clock */
    bool real;         /* fires on the monotonic clock (deadlines; every timer when not virtual) */
    bool deadline;     /* added by loop_add_deadline: outstanding real-world work */
    LoopTimerFn fn;
    void *ud;
} Timer;

struct Loop {
    bool virtual_clock;
    double real_origin;     /* monotonic seconds at loop_new */
    double virtual_now;     /* run clock when virtual */
    Watch *watches;
    int n_watches, cap_watches;
    Timer *timers;
    int n_timers, cap_timers;
    uint64_t next_id;
    uint64_t dispatched;    /* callbacks run, for loop_dispatched */
    int wake_fd;
};

static double real_now(Loop *loop) { return util_monotonic_seconds() - loop->real_origin; }

double loop_now(Loop *loop) { return loop->virtual_clock ? loop->virtual_now : real_now(loop); }

bool loop_is_virtual(Loop *loop) { return loop->virtual_clock; }

static void drain_wake(void *ud, int fd, int ready)
{
    (void)ud;
    (void)ready;
    uint64_t v;
    while (read(fd, &v, sizeof v) > 0) {}
}

Loop *loop_new(bool virtual_clock)
{
    Loop *loop = xcalloc(1, sizeof *loop);
    loop->virtual_clock = virtual_clock;
    loop->real_origin = util_monotonic_seconds();
    loop->next_id = 1;
    loop->wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (loop->wake_fd >= 0) loop_watch_fd(loop, loop->wake_fd, LOOP_READ | LOOP_BACKGROUND, drain_wake, NULL);
    return loop;
}

void loop_free(Loop *loop)
{
    if (!loop) return;
    if (loop->wake_fd >= 0) close(loop->wake_fd);
    free(loop->watches);
    free(loop->timers);
    free(loop);
}

void loop_watch_fd(Loop *loop, int fd, int interest, LoopFdFn fn, void *ud)
{
    for (int i = 0; i < loop->n_watches; i++) {
        if (loop->watches[i].fd == fd) {
            loop->watches[i] = (Watch){fd, interest, fn, ud};
            return;
        }
    }
    if (loop->n_watches == loop->cap_watches) {
        loop->cap_watches = loop->cap_watches ? loop->cap_watches * 2 : 8;
        loop->watches = xrealloc(loop->watches, (size_t)loop->cap_watches * sizeof *loop->watches);
    }
    loop->watches[loop->n_watches++] = (Watch){fd, interest, fn, ud};
}

void loop_unwatch_fd(Loop *loop, int fd)
{
    for (int i = 0; i < loop->n_watches; i++) {
        if (loop->watches[i].fd == fd) {
            loop->watches[i] = loop->watches[--loop->n_watches];
            return;
        }
    }
}

static uint64_t add_timer(Loop *loop, double delay, bool real, LoopTimerFn fn, void *ud)
{
    if (delay < 0) delay = 0;
    if (loop->n_timers == loop->cap_timers) {
        loop->cap_timers = loop->cap_timers ? loop->cap_timers * 2 : 8;
        loop->timers = xrealloc(loop->timers, (size_t)loop->cap_timers * sizeof *loop->timers);
    }
    double now = real ? real_now(loop) : loop_now(loop);
    Timer t = {loop->next_id++, now + delay, real || !loop->virtual_clock, real, fn, ud};
    loop->timers[loop->n_timers++] = t;
    return t.id;
}

uint64_t loop_add_timer(Loop *loop, double delay, LoopTimerFn fn, void *ud)
{
    return add_timer(loop, delay, false, fn, ud);
}

uint64_t loop_add_deadline(Loop *loop, double delay, LoopTimerFn fn, void *ud)
{
    return add_timer(loop, delay, true, fn, ud);
}

void loop_cancel(Loop *loop, uint64_t id)
{
    for (int i = 0; i < loop->n_timers; i++) {
        if (loop->timers[i].id == id) {
            loop->timers[i] = loop->timers[--loop->n_timers];
            return;
        }
    }
}

/* Index of the earliest timer of the given kind due at or before `limit`, or -1. */
static int earliest_timer(Loop *loop, bool real, double limit)
{
    int best = -1;
    for (int i = 0; i < loop->n_timers; i++) {
        Timer *t = &loop->timers[i];
        if (t->real != real || t->due > limit) continue;
        if (best < 0 || t->due < loop->timers[best].due ||
            (t->due == loop->timers[best].due && t->id < loop->timers[best].id))
            best = i;
    }
    return best;
}

static void fire_timer(Loop *loop, int index)
{
    Timer t = loop->timers[index];
    loop->timers[index] = loop->timers[--loop->n_timers];
    loop->dispatched++;
    t.fn(t.ud);
}

/* Fires every real-clock timer that is due now; returns true if any fired. */
static bool fire_due_real_timers(Loop *loop)
{
    bool fired = false;
    double now = real_now(loop);
    int i;
    while ((i = earliest_timer(loop, true, now)) >= 0) {
        fire_timer(loop, i);
        fired = true;
    }
    return fired;
}

uint64_t loop_dispatched(Loop *loop) { return loop->dispatched; }

int loop_busy_count(Loop *loop)
{
    int busy = 0;
    for (int i = 0; i < loop->n_watches; i++)
        if (!(loop->watches[i].interest & LOOP_BACKGROUND)) busy++;
    for (int i = 0; i < loop->n_timers; i++)
        if (loop->timers[i].deadline) busy++;
    return busy;
}

static bool anything_can_fire(Loop *loop)
{
    if (loop->n_timers > 0) {
        for (int i = 0; i < loop->n_timers; i++)
            if (loop->timers[i].real) return true;
    }
    for (int i = 0; i < loop->n_watches; i++)
        if (loop->watches[i].fd != loop->wake_fd) return true;
    return false;
}

bool loop_run_once(Loop *loop, int timeout_ms)
{
    if (fire_due_real_timers(loop)) return true;
    if (!anything_can_fire(loop)) return false;

    double next = -1;
    for (int i = 0; i < loop->n_timers; i++)
        if (loop->timers[i].real && (next < 0 || loop->timers[i].due < next)) next = loop->timers[i].due;
    if (next >= 0) {
        double wait = (next - real_now(loop)) * 1000.0 + 1;
        int wait_ms = wait < 0 ? 0 : (int)wait;
        if (timeout_ms < 0 || wait_ms < timeout_ms) timeout_ms = wait_ms;
    }

    int n = loop->n_watches;
    struct pollfd *fds = xcalloc((size_t)n, sizeof *fds);
    for (int i = 0; i < n; i++) {
        fds[i].fd = loop->watches[i].fd;
        fds[i].events = (short)(((loop->watches[i].interest & LOOP_READ) ? POLLIN : 0) |
                                ((loop->watches[i].interest & LOOP_WRITE) ? POLLOUT : 0));
    }
    int rc = poll(fds, (nfds_t)n, timeout_ms);
    if (rc < 0 && errno != EINTR) {
        free(fds);
        return false;
    }
    for (int i = 0; rc > 0 && i < n; i++) {
        if (!fds[i].revents) continue;
        int ready = 0;
        if (fds[i].revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL)) ready |= LOOP_READ;
        if (fds[i].revents & POLLOUT) ready |= LOOP_WRITE;
        /* The watch may have been removed or replaced by an earlier callback this round. */
        for (int j = 0; j < loop->n_watches; j++) {
            Watch w = loop->watches[j];
            if (w.fd == fds[i].fd) {
                if (fds[i].revents & POLLNVAL) loop_unwatch_fd(loop, w.fd);
                loop->dispatched++;
                w.fn(w.ud, w.fd, ready);
                break;
            }
        }
    }
    free(fds);
    fire_due_real_timers(loop);
    return true;
}

void loop_run_until_idle(Loop *loop, const bool *stop)
{
    while (loop_busy_count(loop) > 0 && !(stop && *stop)) {
        if (!loop_run_once(loop, -1)) break;
    }
}

void loop_advance(Loop *loop, double seconds)
{
    if (!loop->virtual_clock) return;
    double target = loop->virtual_now + (seconds > 0 ? seconds : 0);
    int i;
    loop_run_until_idle(loop, NULL);
    while ((i = earliest_timer(loop, false, target)) >= 0) {
        if (loop->timers[i].due > loop->virtual_now) loop->virtual_now = loop->timers[i].due;
        fire_timer(loop, i);
        loop_run_until_idle(loop, NULL);
    }
    loop->virtual_now = target;
}

void loop_wake(Loop *loop)
{
    uint64_t one = 1;
    if (loop->wake_fd >= 0) {
        ssize_t n = write(loop->wake_fd, &one, sizeof one);
        (void)n;
    }
}
