/* test_leftovers.c: a start sweeps what sandboxes of dead engines left under $TMPDIR (issue
 * 10): their folders and, as root, the tmpfs mounts in them go; a live engine's folder stays.
 * `doctor` counts them first. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* A pid that no process has now: a child that has exited and been reaped. */
static pid_t dead_pid(void)
{
    pid_t pid = fork();
    if (pid == 0) _exit(0);
    waitpid(pid, NULL, 0);
    return pid;
}

static bool exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

static void test_sweep_dead_keep_live(void)
{
    char *tmp = xasprintf("%s/sweep", testlib_temp_dir());
    chmod(testlib_temp_dir(), 0711);
    REQUIRE(mkdir(tmp, 0711) == 0);
    char *dead = xasprintf("%s/worksim-sb-%d-abcdef", tmp, (int)dead_pid());
    char *dead_ws = xasprintf("%s/ws", dead);
    char *live = xasprintf("%s/worksim-sb-%d-ghijkl", tmp, (int)getpid());
    char *other = xasprintf("%s/worksim-sb-notours", tmp);
    REQUIRE(mkdir(dead, 0700) == 0 && mkdir(dead_ws, 0700) == 0 && mkdir(live, 0700) == 0 && mkdir(other, 0700) == 0);
    char *file = xasprintf("%s/learner-work.txt", dead_ws);
    REQUIRE(util_write_file(file, "x", 1, NULL));
    bool mounted = geteuid() == 0 && mount("worksim-workspace", dead_ws, "tmpfs", 0, "size=1m") == 0;
    char *env_tmp = xasprintf("TMPDIR=%s", tmp);
    const char *env[] = {env_tmp, NULL};
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim((const char *[]){"doctor", NULL}, env, &out, &err);
    (void)rc;
    CHECK_CONTAINS(out, "1 sandbox folder of worksim processes that are gone");
    free(out);
    free(err);
    CHECK(!exists(dead));                  /* doctor's own sandbox swept it */
    CHECK(exists(live));                   /* a live engine's folder is never touched */
    CHECK(exists(other));                  /* nor a folder without an engine pid in its name */
    if (mounted) {
        char *info = util_read_file("/proc/self/mountinfo", NULL, NULL);
        CHECK(info && !strstr(info, dead_ws));
        free(info);
    }
    rmdir(live);
    rmdir(other);
    free(env_tmp);
    free(file);
    free(dead);
    free(dead_ws);
    free(live);
    free(other);
    free(tmp);
}

/* As root each sandbox has a uid of its own, which a 0700 folder on the way to TMPDIR keeps
 * out: doctor names that folder and the chmod that fixes it. */
static void test_doctor_names_closed_tmpdir(void)
{
    if (geteuid() != 0) return;   /* unprivileged sandboxes run as the user: no such problem */
    char *closed = xasprintf("%s/closed", testlib_temp_dir());
    char *tmp = xasprintf("%s/t", closed);
    REQUIRE(mkdir(closed, 0700) == 0 && mkdir(tmp, 0777) == 0);
    char *env_tmp = xasprintf("TMPDIR=%s", tmp);
    const char *env[] = {env_tmp, NULL};
    char *out = NULL, *err = NULL;
    int rc = testlib_run_worksim((const char *[]){"doctor", NULL}, env, &out, &err);
    CHECK_INT_EQ(rc, 3);
    char *fix = xasprintf("chmod o+x %s", closed);
    CHECK_CONTAINS(out, fix);
    CHECK(!strstr(out, "sysctl"));
    free(fix);
    free(out);
    free(err);
    free(env_tmp);
    free(tmp);
    free(closed);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_sweep_dead_keep_live),
        TEST_CASE(test_doctor_names_closed_tmpdir),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
