/* test_hostile_input.c: inputs that once misbehaved (issue 10) are clear usage errors: a FIFO,
 * folder or device given to --actions is refused at once (exit 2, no hang), and `sandbox exec`
 * with a command over the kernel's one-argument limit is exit 2, never an infrastructure error. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/util.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void expect_refused(const char *actions, const char *what)
{
    char *db = xasprintf("--db=%s/hostile.db", testlib_temp_dir());
    char *out = NULL, *err = NULL;
    alarm(120);   /* a hang fails the test instead of blocking it */
    int rc = testlib_run_worksim((const char *[]){db, "run", "first-bugfix", "--actions", actions, NULL}, NULL, &out, &err);
    alarm(0);
    CHECK_INT_EQ(rc, 2);
    CHECK_CONTAINS(err, what);
    free(out);
    free(err);
    free(db);
}

static void test_actions_not_a_regular_file(void)
{
    char *fifo = xasprintf("%s/actions.fifo", testlib_temp_dir());
    REQUIRE(mkfifo(fifo, 0600) == 0);
    expect_refused(fifo, "not a regular file (a fifo)");
    expect_refused(testlib_temp_dir(), "not a regular file (a folder)");
    expect_refused("/dev/zero", "not a regular file (a device)");
    free(fifo);
}

static void test_sandbox_exec_over_arg_limit(void)
{
    /* 30000 short words: fine for worksim's own argv, 240 KB as the one command line. */
    enum { WORDS = 30000 };
    const char **args = xcalloc(WORDS + 5, sizeof *args);
    args[0] = "sandbox";
    args[1] = "exec";
    args[2] = "--";
    args[3] = "echo";
    for (int i = 0; i < WORDS; i++) args[4 + i] = "1234567";
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim(args, NULL, &out, &err);
    CHECK_INT_EQ(rc, 2);
    CHECK_CONTAINS(err, "over the kernel's limit");
    free(out);
    free(err);
    free(args);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_actions_not_a_regular_file),
        TEST_CASE(test_sandbox_exec_over_arg_limit),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
