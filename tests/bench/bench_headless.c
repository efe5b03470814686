/* bench_headless.c: one headless run of first-bugfix with its reference solution, end to end
 * (scenario load, sandbox, shell, 8 commands, checks, review, rubric, sqlite log), repeated;
 * prints the median and p90 wall time. Goal (issue 2): <= 2 s. */
#define _GNU_SOURCE
#include "testlib.h"

#include "headless/headless.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RUNS 7

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(void)
{
    const char *dir = WORKSIM_SOURCE_DIR "/scenarios/first-bugfix";
    char *err = NULL;
    ActionScript *script = actions_load(WORKSIM_SOURCE_DIR "/scenarios/first-bugfix/solution/actions.lua", &err);
    if (!script) {
        fprintf(stderr, "bench_headless: %s\n", err);
        return 1;
    }
    char *db = xasprintf("%s/bench.db", testlib_temp_dir());
    Store *st = store_open(db, &err);
    if (!st) {
        fprintf(stderr, "bench_headless: %s\n", err);
        return 1;
    }
    double times[RUNS];
    for (int i = 0; i < RUNS; i++) {
        double t0 = util_monotonic_seconds();
        Scenario *sc = scenario_load(dir, &err);
        if (!sc) {
            fprintf(stderr, "bench_headless: %s\n", err);
            return 1;
        }
        HeadlessOptions ho = {.run = {.store = st, .learner = "bench", .mode = "run"}};
        Loop *loop = NULL;
        Run *run = headless_run(sc, script, &ho, &loop);
        bool passed = strcmp(run_score(run)->outcome, "passed") == 0;
        run_free(run);
        loop_free(loop);
        times[i] = util_monotonic_seconds() - t0;
        if (!passed) {
            fprintf(stderr, "bench_headless: the reference solution did not pass\n");
            return 1;
        }
    }
    qsort(times, RUNS, sizeof times[0], compare_doubles);
    printf("headless.first_bugfix_run: median %.3f s, p90 %.3f s, min %.3f s over %d runs (goal <= 2 s)\n",
           times[RUNS / 2], times[(RUNS * 9) / 10], times[0], RUNS);
    store_close(st);
    actions_free(script);
    free(db);
    return 0;
}
