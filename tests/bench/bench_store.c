/* bench_store.c: event appends per second through store_event_append, each its own commit
 * as the engine does (WAL, synchronous=NORMAL). Seven batches of 20000 events with a ~150
 * byte JSON payload into a fresh file under /tmp; prints the median and the goal.
 * An optional argument sets the events per batch (e.g. a small count under callgrind). */
#define _POSIX_C_SOURCE 200809L
#include "store/store.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BATCHES 7
#define PER_BATCH 20000

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    long per_batch = argc > 1 ? strtol(argv[1], NULL, 10) : PER_BATCH;
    if (per_batch < 1) {
        fprintf(stderr, "usage: bench_store [events per batch, default %d]\n", PER_BATCH);
        return 2;
    }
    char *err = NULL;
    char *dir = util_make_temp_dir("worksim-bench-store", &err);
    if (!dir) {
        fprintf(stderr, "bench_store: %s\n", err);
        return 1;
    }
    char *path = xasprintf("%s/bench.db", dir);
    Store *st = store_open(path, &err);
    if (!st) {
        fprintf(stderr, "bench_store: %s\n", err);
        return 1;
    }
    StoreRunInfo info = {"bench", "Benchmark", "sha256:0", "bench", "run", "ns", "scripted", NULL};
    int64_t run = store_run_begin(st, &info);
    if (run < 0) {
        fprintf(stderr, "bench_store: %s\n", store_errmsg(st));
        return 1;
    }
    double rates[BATCHES];
    char data[256];
    size_t payload = 0;
    long long n = 0;
    for (int b = 0; b < BATCHES; b++) {
        double t0 = util_monotonic_seconds();
        for (long i = 0; i < per_batch; i++, n++) {
            snprintf(data, sizeof data,
                     "{\"session\":\"term-1\",\"cmd\":\"git rebase -i HEAD~%lld\",\"exit\":0,"
                     "\"stdout_bytes\":%lld,\"cwd\":\"/home/learner/project/service-api\",\"user\":\"ada\",\"duration_ms\":%.1f}",
                     n % 7 + 1, n * 37 % 4096, (double)(n % 1000) / 7.0);
            if (!store_event_append(st, run, (double)n * 0.01, "shell.exec", data)) {
                fprintf(stderr, "bench_store: %s\n", store_errmsg(st));
                return 1;
            }
        }
        double dt = util_monotonic_seconds() - t0;
        rates[b] = (double)per_batch / dt;
        payload = strlen(data);
        printf("  batch %d: %.0f/s\n", b + 1, rates[b]);
    }
    qsort(rates, BATCHES, sizeof rates[0], cmp_double);
    printf("store.event_append: median %.0f/s (goal >= 50000/s) [min %.0f, max %.0f; payload %zu bytes; "
           "one commit per event; %s]\n",
           rates[BATCHES / 2], rates[0], rates[BATCHES - 1], payload, path);
    store_close(st);
    util_remove_tree(dir);
    free(path);
    free(dir);
    return 0;
}
