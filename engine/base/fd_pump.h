/* fd_pump.h: a thread that keeps reading one fd (the learner's PTY) into a bounded buffer, so
 * the program on its other side goes on writing while the loop's thread is busy elsewhere
 * (a desktop presenting a frame blocks 20-30 ms on X11: without it the shell stalled then).
 * The loop's thread takes the bytes, in order and byte-exact, when the pump's notify fd is
 * readable (watch it with loop_watch_fd). When the buffer is full the thread stops reading
 * (the writer blocks on the fd, as without a pump) until bytes are taken: no sleeping, the
 * thread waits on the fd, a condition variable and a stop event. Writing to the fd stays with
 * the loop's thread. End of file or a read error (EIO: the PTY's other side closed) is told by
 * fd_pump_take after every byte before it was taken. The thread touches nothing but the fd,
 * its buffer and the notify fd: like any helper thread it only wakes the loop, whose thread
 * owns the core (DESIGN: one thread owns the core) and parses what it takes. */
#ifndef WORKSIM_FD_PUMP_H
#define WORKSIM_FD_PUMP_H

#include <stdbool.h>
#include <stddef.h>

typedef struct FdPump FdPump;

/* Starts reading fd (non-blocking or not; it must outlive the pump) into a buffer of cap
 * bytes. NULL when no thread or event fd could be made (errno says why). */
FdPump *fd_pump_start(int fd, size_t cap);
/* Stops the thread (at once, even while it waits for room), drops what was not taken, closes
 * the notify fd: unwatch it first. NULL-safe. Loop's thread only. */
void fd_pump_stop(FdPump *p);

/* Readable (level: until a take leaves the buffer empty) once bytes wait and the thread is
 * about to wait for more or for room, or 64 KiB wait, and at the end: a flood wakes the loop
 * once per pause or 64 KiB, a key's echo at once. */
int fd_pump_notify_fd(const FdPump *p);

/* Copies up to max waiting bytes into dst and returns how many; 0 when none wait. *ended
 * (may be NULL) becomes true when 0 is returned because the fd reached its end or failed. */
size_t fd_pump_take(FdPump *p, char *dst, size_t max, bool *ended);
/* Bytes waiting to be taken (for tests and benchmarks). */
size_t fd_pump_waiting(FdPump *p);

#endif
