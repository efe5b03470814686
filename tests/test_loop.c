/* test_loop.c: the event loop's clocks, timers and fd dispatch. */
#include "testlib.h"

#include "base/loop.h"

#include <string.h>
#include <unistd.h>

static int fired[8];
static int n_fired;

static void record(void *ud) { fired[n_fired++] = (int)(long)ud; }

static void test_loop_virtual_timers_fire_in_order_only_when_advanced(void)
{
    Loop *loop = loop_new(true);
    n_fired = 0;
    loop_add_timer(loop, 30, record, (void *)3);
    loop_add_timer(loop, 10, record, (void *)1);
    loop_add_timer(loop, 20, record, (void *)2);
    loop_run_until_idle(loop, NULL);
    CHECK_INT_EQ(n_fired, 0);
    loop_advance(loop, 25);
    CHECK_INT_EQ(n_fired, 2);
    CHECK_INT_EQ(fired[0], 1);
    CHECK_INT_EQ(fired[1], 2);
    CHECK(loop_now(loop) == 25.0);
    loop_advance(loop, 5);
    CHECK_INT_EQ(n_fired, 3);
    loop_free(loop);
}

static void test_loop_cancelled_timer_never_fires(void)
{
    Loop *loop = loop_new(true);
    n_fired = 0;
    uint64_t id = loop_add_timer(loop, 1, record, (void *)1);
    loop_cancel(loop, id);
    loop_advance(loop, 2);
    CHECK_INT_EQ(n_fired, 0);
    loop_free(loop);
}

static int pipe_reads;
static void on_readable(void *ud, int fd, int ready)
{
    char c;
    if (read(fd, &c, 1) == 1) pipe_reads++;
    loop_unwatch_fd((Loop *)ud, fd);
}

static void test_loop_dispatches_ready_fd_and_goes_idle(void)
{
    Loop *loop = loop_new(true);
    int p[2];
    REQUIRE(pipe(p) == 0);
    pipe_reads = 0;
    loop_watch_fd(loop, p[0], LOOP_READ, on_readable, loop);
    CHECK_INT_EQ(loop_busy_count(loop), 1);
    REQUIRE(write(p[1], "x", 1) == 1);
    loop_run_until_idle(loop, NULL);
    CHECK_INT_EQ(pipe_reads, 1);
    CHECK_INT_EQ(loop_busy_count(loop), 0);
    close(p[0]);
    close(p[1]);
    loop_free(loop);
}

static void test_loop_background_watch_is_not_busy(void)
{
    Loop *loop = loop_new(true);
    int p[2];
    REQUIRE(pipe(p) == 0);
    loop_watch_fd(loop, p[0], LOOP_READ | LOOP_BACKGROUND, on_readable, loop);
    CHECK_INT_EQ(loop_busy_count(loop), 0);
    close(p[0]);
    close(p[1]);
    loop_free(loop);
}

static void test_loop_deadline_fires_on_real_clock_in_virtual_mode(void)
{
    Loop *loop = loop_new(true);
    n_fired = 0;
    loop_add_deadline(loop, 0.01, record, (void *)7);
    CHECK_INT_EQ(loop_busy_count(loop), 1);
    loop_run_until_idle(loop, NULL);
    CHECK_INT_EQ(n_fired, 1);
    CHECK_INT_EQ(fired[0], 7);
    CHECK(loop_now(loop) == 0.0);
    loop_free(loop);
}

static void test_loop_deadline_keeps_a_real_clock_loop_busy(void)
{
    Loop *loop = loop_new(false);
    n_fired = 0;
    loop_add_timer(loop, 3600, record, (void *)1);   /* a scenario timer: not outstanding work */
    CHECK_INT_EQ(loop_busy_count(loop), 0);
    loop_add_deadline(loop, 0.01, record, (void *)2);
    CHECK_INT_EQ(loop_busy_count(loop), 1);
    loop_run_until_idle(loop, NULL);
    CHECK_INT_EQ(n_fired, 1);
    CHECK_INT_EQ(fired[0], 2);
    loop_free(loop);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_loop_virtual_timers_fire_in_order_only_when_advanced),
        TEST_CASE(test_loop_cancelled_timer_never_fires),
        TEST_CASE(test_loop_dispatches_ready_fd_and_goes_idle),
        TEST_CASE(test_loop_background_watch_is_not_busy),
        TEST_CASE(test_loop_deadline_fires_on_real_clock_in_virtual_mode),
        TEST_CASE(test_loop_deadline_keeps_a_real_clock_loop_busy),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
