/* testlib.h: a tiny test harness. Each test file lists its cases in a TestCase array and
 * calls testlib_main; failures are reported with file:line and the run ends with the line
 * "N passed, N failed" that CI reads. CHECK records a failure and continues the case;
 * REQUIRE records it and returns from the case. */
#ifndef WORKSIM_TESTLIB_H
#define WORKSIM_TESTLIB_H

#include <stdbool.h>
#include <stddef.h>

typedef struct TestCase {
    const char *name;
    void (*fn)(void);
} TestCase;

#define TEST_CASE(fn) {#fn, fn}

void testlib_fail(const char *file, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int testlib_main(int argc, char **argv, const TestCase *cases, size_t n_cases);
int testlib_failures_in_case(void);

#define CHECK(cond) \
    do { if (!(cond)) testlib_fail(__FILE__, __LINE__, "CHECK(%s)", #cond); } while (0)
#define REQUIRE(cond) \
    do { if (!(cond)) { testlib_fail(__FILE__, __LINE__, "REQUIRE(%s)", #cond); return; } } while (0)
#define CHECK_INT_EQ(a, b) \
    do { long long a_ = (long long)(a), b_ = (long long)(b); \
         if (a_ != b_) testlib_fail(__FILE__, __LINE__, "%s == %s: %lld != %lld", #a, #b, a_, b_); } while (0)
#define CHECK_STR_EQ(a, b) \
    do { const char *a_ = (a), *b_ = (b); \
         if (!a_ || !b_ || strcmp(a_, b_) != 0) \
             testlib_fail(__FILE__, __LINE__, "%s == %s: \"%s\" != \"%s\"", #a, #b, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); } while (0)
#define CHECK_CONTAINS(hay, needle) \
    do { const char *h_ = (hay), *n_ = (needle); \
         if (!h_ || !strstr(h_, n_)) \
             testlib_fail(__FILE__, __LINE__, "%s contains \"%s\": got \"%s\"", #hay, n_, h_ ? h_ : "(null)"); } while (0)

/* Runs the worksim binary with argv (NULL-terminated, without argv[0]) and optional env
 * overrides ("NAME=value", NULL-terminated). Captures stdout and stderr separately.
 * Returns the exit code (or 128+signal). Caller frees *out and *err_out. */
int testlib_run_worksim(const char *const *args, const char *const *env, char **out, char **err_out);
/* The same with another worksim binary (a build of the same tree without the sanitizers). */
int testlib_run_worksim_at(const char *binary, const char *const *args, const char *const *env, char **out,
                           char **err_out);

/* The first column of the first row sql gives on the sqlite file (opened read-only), as text:
 * "(null)", "(no row)" or "(sql error: ...)" otherwise. Caller frees. */
char *testlib_sql_text(const char *db_file, const char *sql);

/* Runs cmd with sh; its stdout (caller frees; may be NULL) and its exit status, -1 when it
 * could not run or was killed (testlib_shell.c). */
int testlib_sh(const char *cmd, char **out);
/* Learning Locker's validator (npm xapi-validation, installed by the ctest fixture
 * xapi_validator when it can be): the warnings it reports for the JSON array of statements in
 * file, "" when it finds none, NULL when it is not available here. Caller frees. */
char *testlib_xapi_warnings(const char *file);

/* A fresh temporary directory removed at exit; caller must not free. */
const char *testlib_temp_dir(void);

/* Reads the pseudo-terminal fd until needle shows up, at most timeout seconds (testlib_pty.c);
 * returns all that was read (never NULL). Caller frees. */
char *testlib_read_until(int fd, const char *needle, double timeout);

/* Host processes (testlib_proc.c). cmdline has its NULs turned into spaces ("" for kernel
 * threads); valid only during the callback, which returns false to stop. */
#include <sys/types.h>
typedef struct TestProcess {
    long pid;
    const char *cmdline;
    uid_t uid;
} TestProcess;
void testlib_each_process(bool (*fn)(void *ud, const TestProcess *p), void *ud);
/* The text of /proc/PID/NAME, or NULL. Caller frees. */
char *testlib_proc_file(long pid, const char *name);

#endif
