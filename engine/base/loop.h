/* loop.h: the single-threaded event loop that owns the core.
 * Everything slow (sandbox I/O, LLM streams, timers) is a callback here; nothing blocks.
 * Two clocks: scenario timers run on the run clock, which is virtual in headless runs
 * (moved only by loop_advance) and real in play; deadlines (I/O timeouts, retry backoff)
 * always run on the real monotonic clock. Only loop_wake may be called from another thread. */
#ifndef WORKSIM_LOOP_H
#define WORKSIM_LOOP_H

#include <stdbool.h>
#include <stdint.h>

typedef struct Loop Loop;

/* fd interest and readiness bits. LOOP_BACKGROUND marks a long-lived watch (the learner's
 * shell, an idle connection) that does not count as outstanding work for loop_run_until_idle. */
enum { LOOP_READ = 1, LOOP_WRITE = 2, LOOP_BACKGROUND = 4 };

typedef void (*LoopFdFn)(void *ud, int fd, int ready);   /* ready: LOOP_READ|LOOP_WRITE, or LOOP_READ on HUP/ERR */
typedef void (*LoopTimerFn)(void *ud);

Loop *loop_new(bool virtual_clock);          /* caller frees with loop_free */
void loop_free(Loop *loop);                  /* cancels all timers; does not close watched fds */

/* Watches fd for the given interest; replaces an earlier watch of the same fd. */
void loop_watch_fd(Loop *loop, int fd, int interest, LoopFdFn fn, void *ud);
void loop_unwatch_fd(Loop *loop, int fd);    /* no-op if not watched */

/* Run-clock timer firing delay seconds from loop_now(); returns an id > 0 for loop_cancel. */
uint64_t loop_add_timer(Loop *loop, double delay, LoopTimerFn fn, void *ud);
/* Real-clock deadline, independent of the virtual clock. */
uint64_t loop_add_deadline(Loop *loop, double delay, LoopTimerFn fn, void *ud);
void loop_cancel(Loop *loop, uint64_t id);   /* no-op for unknown or fired ids */

double loop_now(Loop *loop);                 /* run-clock seconds since loop_new */
bool loop_is_virtual(Loop *loop);

/* Waits at most timeout_ms (-1: until something happens) and dispatches ready fds and due
 * timers. Returns false when there is nothing left that could ever fire (no fds, no deadlines,
 * no real-clock timers). */
bool loop_run_once(Loop *loop, int timeout_ms);
/* Virtual clock only: moves time forward by seconds, firing run-clock timers in order and
 * dispatching I/O they cause (until idle) before moving past each. */
void loop_advance(Loop *loop, double seconds);
/* Dispatches until loop_busy_count is 0, or until *stop (may be NULL) becomes true. */
void loop_run_until_idle(Loop *loop, const bool *stop);
/* Foreground fd watches plus pending deadlines: outstanding real-world work. */
int loop_busy_count(Loop *loop);
/* Callbacks run so far (fd readiness and timers, loop_wake's included): a caller that compares
 * it around loop_run_once learns whether anything happened, e.g. to redraw only then. */
uint64_t loop_dispatched(Loop *loop);

void loop_wake(Loop *loop);                  /* thread-safe: makes a blocked loop_run_once return */

#endif
