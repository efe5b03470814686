/* bench_ui_terminal.c: terminal throughput through the desktop (issue 11: >= 10 MB/s). The real
 * window of `worksim play first-bugfix` (ui_window.h, SDL's dummy driver, ns sandbox) shows
 * its Terminal; `seq 1 300000` (1.9 MB of output) is typed as a learner would, and the window's
 * loop turns until a drawn frame shows the shell's prompt under the last number: no sleeping,
 * the terminal's own screen says when. Prints MB/s (wall clock, from Enter to that frame), the
 * engine's CPU seconds for it (getrusage: this process, the window's loop and renderer) and the
 * frames drawn meanwhile, the median of RUNS runs in one window. On a loaded machine the wall
 * clock mostly measures the wait for a core (seq, bash and the engine share them): the MB per
 * engine CPU second is the figure that does not move with the load. SDL_VIDEODRIVER=x11 with
 * DISPLAY set (e.g. under Xvfb) measures the X11 path a learner's desktop takes. */
#define _GNU_SOURCE
#include "ui_window_kit.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

enum { RUNS = 5, COUNT = 300000 };

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double cpu_seconds(void)
{
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return (double)u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + (double)u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

/* Bytes seq 1 n prints: digits and a newline per number. */
static double seq_bytes(long n)
{
    double bytes = 0;
    for (long from = 1, digits = 1; from <= n; from *= 10, digits++) {
        long to = from * 10 - 1 < n ? from * 10 - 1 : n;
        bytes += (double)(to - from + 1) * (double)(digits + 1);
    }
    return bytes;
}

int main(void)
{
    WindowKit k;
    if (!wkit_open(&k, "first-bugfix") || !wkit_terminal_ready(&k)) {
        fprintf(stderr, "bench_ui_terminal: the desktop's terminal did not come up\n");
        return 1;
    }
    double rate[RUNS], cpu[RUNS], frames[RUNS];
    int ok = 0;
    for (int i = 0; i < RUNS; i++) {
        /* Each run ends on another number, so the screen of the run before never matches. */
        char cmd[64], last[16];
        snprintf(cmd, sizeof cmd, "seq 1 %d", COUNT + i);
        snprintf(last, sizeof last, "%d", COUNT + i);
        double mb = seq_bytes(COUNT + i) / 1e6;
        wkit_type(cmd);
        double t0 = util_monotonic_seconds(), c0 = cpu_seconds();
        long f0 = ui_window_frames(k.w);
        wkit_key(SDLK_RETURN, KMOD_NONE);
        if (!wkit_turn_until(&k, wkit_prompt_after, last, 120)) {
            fprintf(stderr, "bench_ui_terminal: no prompt after %s (run %d)\n", cmd, i);
            break;
        }
        rate[i] = mb / (util_monotonic_seconds() - t0);
        cpu[i] = cpu_seconds() - c0;
        frames[i] = (double)(ui_window_frames(k.w) - f0);
        ok++;
        if (getenv("BENCH_VERBOSE"))
            fprintf(stderr, "  run %d: %.1f MB/s, CPU %.2f s, %.0f frames\n", i, rate[i], cpu[i], frames[i]);
    }
    wkit_close(&k);
    if (ok < RUNS) return 1;
    qsort(rate, RUNS, sizeof rate[0], cmp_double);
    qsort(cpu, RUNS, sizeof cpu[0], cmp_double);
    qsort(frames, RUNS, sizeof frames[0], cmp_double);
    double load[1] = {0};
    getloadavg(load, 1);
    double mb = seq_bytes(COUNT) / 1e6;
    printf("ui.terminal seq 1 %d (%.2f MB) to the prompt on screen: median %.1f MB/s wall (min %.1f, max %.1f), "
           "engine CPU %.2f s (%.1f MB per CPU second), %.0f frames; load %.1f (goal >= 10 MB/s)\n",
           COUNT, mb, rate[RUNS / 2], rate[0], rate[RUNS - 1], cpu[RUNS / 2], mb / cpu[RUNS / 2], frames[RUNS / 2], load[0]);
    return 0;
}
