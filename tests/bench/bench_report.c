/* bench_report.c: `worksim report` over a cohort of 200 learners x 20 scenarios (4000 finished
 * runs, six breakdown lines and three events each) written through the store into a fresh
 * file; times each format (wall clock and CPU time of the real binary: on a shared machine
 * the CPU time is the figure that does not depend on the neighbours) and prints the size.
 * Goal (issue 13): the HTML report in <= 2 s and <= 3 MB. */
#define _POSIX_C_SOURCE 200809L
#include "store/store.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#define LEARNERS 200
#define SCENARIOS 20

static bool fill(Store *st)
{
    for (int l = 0; l < LEARNERS; l++) {
        char learner[32];
        snprintf(learner, sizeof learner, "learner-%03d", l);
        for (int s = 0; s < SCENARIOS; s++) {
            char scenario[32];
            snprintf(scenario, sizeof scenario, "scenario-%02d", s);
            StoreRunInfo info = {.scenario_id = scenario, .scenario_title = "A scenario", .scenario_hash = "v1",
                                 .learner = learner, .mode = "run", .sandbox = "ns", .llm = "scripted"};
            int64_t id = store_run_begin(st, &info);
            if (id < 0) return false;
            store_event_append(st, id, 0, "start", "{}");
            store_event_append(st, id, 300, "message", "{\"text\":\"done\"}");
            store_event_append(st, id, 600, "finish", "{}");
            bool ok = (l + s) % 3 != 0;
            StoreResultLine lines[] = {
                {"check", "tests", "fix", "All tests pass", "testing", ok ? 30 : 0, 30, ok, ok ? NULL : "3 tests fail"},
                {"check", "committed", "fix", "The fix is committed", "git", 25, 25, true, NULL},
                {"check", "clean", "fix", "Nothing left uncommitted", "git", 5, 5, true, NULL},
                {"check", "message", "fix", "The commit subject says what was fixed", "git", 10, 10, true, NULL},
                {"rubric", "communication", NULL, "Kept the lead informed", "communication", 15, 20, true, "good"},
                {"hint", "fix-hint-1", "fix", "Hint 1 for fix", NULL, -5, 0, false, NULL},
            };
            double score = ok ? 80 : 50;
            StoreRunOutcome o = {ok ? "passed" : "failed", score, 90, score / 90 * 100, "finished"};
            if (!store_run_finish(st, id, &o, lines, 6)) return false;
        }
    }
    return true;
}

int main(void)
{
    char *err = NULL;
    char *dir = util_make_temp_dir("worksim-bench-report", &err);
    if (!dir) {
        fprintf(stderr, "bench_report: %s\n", err);
        return 1;
    }
    char *path = xasprintf("%s/cohort.db", dir);
    Store *st = store_open(path, &err);
    if (!st || !fill(st)) {
        fprintf(stderr, "bench_report: %s\n", st ? store_errmsg(st) : err);
        return 1;
    }
    store_close(st);
    printf("report of %d runs (%d learners x %d scenarios)\n", LEARNERS * SCENARIOS, LEARNERS, SCENARIOS);
    const char *formats[] = {"text", "csv", "json", "junit", "html", "xapi"};
    int rc = 0;
    for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++) {
        char *out = xasprintf("%s/report.%s", dir, formats[f]);
        char *cmd = xasprintf("'%s' --db '%s' report --format %s --out '%s'", WORKSIM_BINARY, path, formats[f], out);
        struct rusage before, after;
        getrusage(RUSAGE_CHILDREN, &before);
        double t0 = util_monotonic_seconds();
        int status = system(cmd);
        double secs = util_monotonic_seconds() - t0;
        getrusage(RUSAGE_CHILDREN, &after);
        double cpu = (double)(after.ru_utime.tv_sec - before.ru_utime.tv_sec + after.ru_stime.tv_sec -
                              before.ru_stime.tv_sec) +
                     (double)(after.ru_utime.tv_usec - before.ru_utime.tv_usec + after.ru_stime.tv_usec -
                              before.ru_stime.tv_usec) / 1e6;
        struct stat sb;
        double mb = stat(out, &sb) == 0 ? (double)sb.st_size / 1e6 : 0;
        printf("  %-6s %6.2f s wall %6.2f s cpu %7.2f MB%s\n", formats[f], secs, cpu, mb, status != 0 ? "  (failed)" : "");
        if (strcmp(formats[f], "html") == 0) {
            printf("  goal for html: <= 2 s and <= 3 MB: %s\n", cpu <= 2 && mb <= 3 ? "met (cpu)" : "NOT met");
            rc = cpu <= 2 && mb <= 3 ? rc : 1;
        }
        free(cmd), free(out);
    }
    util_remove_tree(dir);
    free(path), free(dir);
    return rc;
}
