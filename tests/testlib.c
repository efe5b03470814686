/* testlib.c: the test harness behind testlib.h: case runner, failure reporting, a helper
 * that runs the real worksim binary, and a per-process temporary directory. */
#define _GNU_SOURCE
#include "testlib.h"

#include "base/util.h"
#include "sandbox/ns/ns.h"

#include <fcntl.h>
#include <poll.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int case_failures;
static char *temp_dir;

void testlib_fail(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "  %s:%d: ", file, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    case_failures++;
}

int testlib_failures_in_case(void) { return case_failures; }

/* Also the tmpfs mounts that sandboxes of engines a test killed left in it (a TMPDIR of the
 * test's own, which no later engine sweeps): left mounted, each would stay in the host's
 * mount table, which every later bwrap reads a dozen times as it starts. */
static void remove_temp_dir(void)
{
    if (temp_dir) ns_unmount_below(temp_dir);
    if (temp_dir) util_remove_tree(temp_dir);
    free(temp_dir);
}

const char *testlib_temp_dir(void)
{
    if (!temp_dir) {
        temp_dir = util_make_temp_dir("worksim-test", NULL);
        if (!temp_dir) {
            fprintf(stderr, "cannot create a temporary directory\n");
            exit(3);
        }
        atexit(remove_temp_dir);
    }
    return temp_dir;
}

int testlib_main(int argc, char **argv, const TestCase *cases, size_t n_cases)
{
    const char *only = argc > 1 ? argv[1] : NULL;
    int passed = 0, failed = 0;
    for (size_t i = 0; i < n_cases; i++) {
        if (only && !strstr(cases[i].name, only)) continue;
        case_failures = 0;
        double t0 = util_monotonic_seconds();
        cases[i].fn();
        double ms = (util_monotonic_seconds() - t0) * 1000.0;
        if (case_failures == 0) {
            passed++;
            printf("ok   %s (%.0f ms)\n", cases[i].name, ms);
        } else {
            failed++;
            printf("FAIL %s\n", cases[i].name);
        }
        fflush(stdout);
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

static void drain(int fd, Buf *b)
{
    char chunk[4096];
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n > 0) buf_append(b, chunk, (size_t)n);
}

int testlib_run_worksim(const char *const *args, const char *const *env, char **out, char **err_out)
{
    return testlib_run_worksim_at(WORKSIM_BINARY, args, env, out, err_out);
}

int testlib_run_worksim_at(const char *binary, const char *const *args, const char *const *env, char **out,
                           char **err_out)
{
    int po[2], pe[2];
    if (pipe2(po, O_CLOEXEC) != 0 || pipe2(pe, O_CLOEXEC) != 0) return -1;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(po[1], 1);
        dup2(pe[1], 2);
        int devnull = open("/dev/null", O_RDONLY);
        if (devnull >= 0) dup2(devnull, 0);
        for (const char *const *e = env; e && *e; e++) putenv((char *)*e);
        size_t n = 0;
        while (args[n]) n++;
        char **argv = xcalloc(n + 2, sizeof *argv);
        argv[0] = (char *)binary;
        for (size_t i = 0; i < n; i++) argv[i + 1] = (char *)args[i];
        execv(binary, argv);
        _exit(127);
    }
    close(po[1]);
    close(pe[1]);
    Buf bo = {0}, be = {0};
    struct pollfd fds[2] = {{po[0], POLLIN, 0}, {pe[0], POLLIN, 0}};
    int open_fds = 2;
    while (open_fds > 0) {
        if (poll(fds, 2, -1) < 0) break;
        for (int i = 0; i < 2; i++) {
            if (fds[i].fd < 0 || !fds[i].revents) continue;
            size_t before = i == 0 ? bo.len : be.len;
            drain(fds[i].fd, i == 0 ? &bo : &be);
            if ((i == 0 ? bo.len : be.len) == before) {
                close(fds[i].fd);
                fds[i].fd = -1;
                open_fds--;
            }
        }
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (out) *out = buf_steal(&bo); else buf_free(&bo);
    if (err_out) *err_out = buf_steal(&be); else buf_free(&be);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

char *testlib_sql_text(const char *db_file, const char *sql)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;
    char *out = NULL;
    if (sqlite3_open_v2(db_file, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK) {
        out = xasprintf("(sql error: %s)", db ? sqlite3_errmsg(db) : "cannot open");
    } else {
        int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) out = xstrdup(sqlite3_column_type(stmt, 0) == SQLITE_NULL ? "(null)" : (const char *)sqlite3_column_text(stmt, 0));
        else if (rc == SQLITE_DONE) out = xstrdup("(no row)");
        else out = xasprintf("(sql error: %s)", sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}
