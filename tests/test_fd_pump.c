/* test_fd_pump.c: the thread that drains the learner's PTY (base/fd_pump.h), on pipes: every
 * byte comes out once and in order through a small ring that wraps and fills (the writer then
 * waits: back-pressure), the end is told only after the last byte, a full ring stops the
 * reading, and stop returns whatever the thread waits for. The loop's thread is woken by the
 * notify fd (loop_watch_fd); nothing sleeps. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/fd_pump.h"
#include "base/loop.h"
#include "base/util.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

/* Byte i of the test stream: not periodic at any small stride, so a dropped, repeated or
 * swapped chunk shows. */
static unsigned char stream_byte(size_t i)
{
    uint32_t x = (uint32_t)i * 2654435761u;
    return (unsigned char)((x >> 13) ^ (x >> 24) ^ i);
}

typedef struct Writer {
    int fd;
    size_t total;
} Writer;

/* Writes the stream to a blocking pipe in chunks of varying size, then closes it. */
static void *write_stream(void *arg)
{
    Writer *w = arg;
    unsigned char chunk[9000];
    for (size_t at = 0, k = 0; at < w->total; k++) {
        size_t n = 1 + (k * 7919) % sizeof chunk;
        if (n > w->total - at) n = w->total - at;
        for (size_t i = 0; i < n; i++) chunk[i] = stream_byte(at + i);
        for (size_t done = 0; done < n;) {
            ssize_t m = write(w->fd, chunk + done, n - done);
            if (m < 0 && errno == EINTR) continue;
            if (m <= 0) return NULL;
            done += (size_t)m;
        }
        at += n;
    }
    close(w->fd);
    return NULL;
}

typedef struct Reader {
    FdPump *pump;
    Loop *loop;
    size_t got;         /* bytes taken so far, all as expected */
    size_t bad_at;      /* first byte that differed + 1 (0: none) */
    size_t most_waiting;
    int takes;
    bool ended;
    bool empty_take_before_end;   /* a take found nothing though the notify fd was readable */
} Reader;

static void on_pumped(void *ud, int fd, int ready)
{
    (void)ready;
    Reader *r = ud;
    size_t waiting = fd_pump_waiting(r->pump);
    if (waiting > r->most_waiting) r->most_waiting = waiting;
    char buf[5003];
    size_t max = 1 + (size_t)(r->takes++ * 389) % sizeof buf;   /* takes of many sizes */
    bool ended = false;
    size_t n = fd_pump_take(r->pump, buf, max, &ended);
    for (size_t i = 0; i < n && !r->bad_at; i++)
        if ((unsigned char)buf[i] != stream_byte(r->got + i)) r->bad_at = r->got + i + 1;
    r->got += n;
    if (ended) {
        r->ended = true;
        loop_unwatch_fd(r->loop, fd);
    }
}

/* 3 MB through a ring of 4093 bytes (odd: reads and takes wrap at every offset): byte-exact,
 * in order, the end told once after the last byte (the writer outruns the takes: it waits on
 * a full pipe behind a full ring most of the time). */
static void test_pump_passes_every_byte_in_order_through_a_small_ring(void)
{
    int p[2];
    REQUIRE(pipe2(p, O_CLOEXEC) == 0);
    REQUIRE(fcntl(p[0], F_SETFL, O_NONBLOCK) == 0);
    Reader r = {.pump = fd_pump_start(p[0], 4093), .loop = loop_new(false)};
    REQUIRE(r.pump);
    Writer w = {.fd = p[1], .total = 3000000};
    pthread_t writer;
    REQUIRE(pthread_create(&writer, NULL, write_stream, &w) == 0);
    loop_watch_fd(r.loop, fd_pump_notify_fd(r.pump), LOOP_READ, on_pumped, &r);
    loop_run_until_idle(r.loop, &r.ended);
    pthread_join(writer, NULL);
    CHECK(r.ended);
    CHECK_INT_EQ(r.bad_at, 0);
    CHECK_INT_EQ(r.got, w.total);
    CHECK(r.most_waiting <= 4093);
    bool ended = false;
    char c;
    CHECK_INT_EQ(fd_pump_take(r.pump, &c, 1, &ended), 0);   /* the end stays told */
    CHECK(ended);
    fd_pump_stop(r.pump);
    loop_free(r.loop);
    close(p[0]);
}

/* Waits (poll, no timeout: the test's limit catches a hang) until fd is readable. */
static bool wait_readable(int fd)
{
    struct pollfd pf = {.fd = fd, .events = POLLIN};
    int rc;
    while ((rc = poll(&pf, 1, -1)) < 0 && errno == EINTR) {}
    return rc == 1;
}

static size_t pipe_unread(int fd)
{
    int n = -1;
    return ioctl(fd, FIONREAD, &n) == 0 && n >= 0 ? (size_t)n : (size_t)-1;
}

static bool same_as_stream(const char *buf, size_t from, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)buf[i] != stream_byte(from + i)) return false;
    return true;
}

/* A full ring stops the reading: what does not fit stays in the pipe (its writer would wait
 * there), and comes once room is made; the end follows the last byte. The 1,500 bytes are in
 * the pipe before the pump starts, so its first read takes exactly the ring's 1,000 (the
 * notify fd is set in the same step). */
static void test_full_ring_leaves_the_rest_in_the_fd(void)
{
    int p[2];
    REQUIRE(pipe2(p, O_CLOEXEC | O_NONBLOCK) == 0);
    char data[1500];
    for (size_t i = 0; i < sizeof data; i++) data[i] = (char)stream_byte(i);
    REQUIRE(write(p[1], data, sizeof data) == (ssize_t)sizeof data);
    FdPump *pump = fd_pump_start(p[0], 1000);
    REQUIRE(pump);
    REQUIRE(wait_readable(fd_pump_notify_fd(pump)));
    CHECK_INT_EQ(fd_pump_waiting(pump), 1000);
    CHECK_INT_EQ(pipe_unread(p[0]), 500);
    char buf[2000];
    bool ended = true;
    CHECK_INT_EQ(fd_pump_take(pump, buf, 600, &ended), 600);   /* room: the thread reads on */
    CHECK(!ended);
    CHECK(same_as_stream(buf, 0, 600));
    close(p[1]);   /* the end, after what is still in the pipe */
    size_t got = 600;
    while (!ended && wait_readable(fd_pump_notify_fd(pump))) {
        size_t n = fd_pump_take(pump, buf, sizeof buf, &ended);
        CHECK(same_as_stream(buf, got, n));
        got += n;
    }
    CHECK_INT_EQ(got, 1500);
    CHECK(ended);
    fd_pump_stop(pump);
    close(p[0]);
}

/* Stop returns while the thread waits for room (a full ring), for bytes on a non-blocking fd,
 * and for bytes on a blocking one; what was not taken is dropped. */
static void test_stop_returns_whatever_the_thread_waits_for(void)
{
    int full[2], idle[2], blocking[2];
    REQUIRE(pipe2(full, O_CLOEXEC | O_NONBLOCK) == 0);
    REQUIRE(pipe2(idle, O_CLOEXEC | O_NONBLOCK) == 0);
    REQUIRE(pipe2(blocking, O_CLOEXEC) == 0);
    REQUIRE(write(full[1], "0123456789", 10) == 10);
    FdPump *a = fd_pump_start(full[0], 4), *b = fd_pump_start(idle[0], 4), *c = fd_pump_start(blocking[0], 4);
    REQUIRE(a && b && c);
    REQUIRE(wait_readable(fd_pump_notify_fd(a)));
    CHECK_INT_EQ(fd_pump_waiting(a), 4);
    fd_pump_stop(a);
    fd_pump_stop(b);
    fd_pump_stop(c);
    CHECK_INT_EQ(pipe_unread(full[0]), 6);   /* the thread read no further */
    int fds[] = {full[0], full[1], idle[0], idle[1], blocking[0], blocking[1]};
    for (size_t i = 0; i < sizeof fds / sizeof fds[0]; i++) close(fds[i]);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_pump_passes_every_byte_in_order_through_a_small_ring),
        TEST_CASE(test_full_ring_leaves_the_rest_in_the_fd),
        TEST_CASE(test_stop_returns_whatever_the_thread_waits_for),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
