/* bench_cpu.h: CPU seconds for the benchmarks that start sandboxes: this process and its
 * waited-for children (bwrap and everything below it), user plus system. */
#ifndef WORKSIM_BENCH_CPU_H
#define WORKSIM_BENCH_CPU_H

#include <sys/resource.h>

static inline double bench_cpu_seconds_with_children(void)
{
    struct rusage self, kids;
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &kids);
    double s = 0;
    const struct rusage *u[] = {&self, &kids};
    for (int i = 0; i < 2; i++)
        s += (double)u[i]->ru_utime.tv_sec + (double)u[i]->ru_stime.tv_sec +
             ((double)u[i]->ru_utime.tv_usec + (double)u[i]->ru_stime.tv_usec) / 1e6;
    return s;
}

#endif
