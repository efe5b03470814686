/* bench_ui_replay.c: the desktop replay's seek (issue 11 "Benchmarks": replay seek to any
 * point of a 60-minute run <= 100 ms). A 60-minute log is made with the typed builders: a
 * learner command every 4 s with up to 6 KB of output (pytest-like, with colour), a chat
 * message every 10 s, task status and checks every 5 minutes, a review every 20 minutes and
 * the LLM calls between. Measured on SDL's software renderer at 1280 x 800: the core fold
 * alone (replay_state_seek) and a seek plus the frame the learner then sees (the terminal
 * pane, the heaviest: its grid is fed the transcript's tail), over SEEKS random points
 * (each seek from the previous one, so about half go back and fold afresh). Times are CPU
 * time (the machine is often shared), median, p95 and max. */
#define _GNU_SOURCE
#include "core/replay_state.h"
#include "ui/ui_fonts.h"
#include "ui/ui_replay.h"
#include "base/util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { W = 1280, H = 800, SEEKS = 100, RUN_SECONDS = 3600 };

/* CPU seconds of this process: the machine the benchmark runs on is often busy. */
static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void add(ReplayLog *log, double t, EventKind kind, const void *fields)
{
    char *json = event_to_json(kind, fields);
    replay_log_add(log, t, event_kind_name(kind), json);
    free(json);
}

static char *command_output(int i)
{
    Buf b = {0};
    int lines = 10 + (i * 7) % 80;
    for (int l = 0; l < lines; l++)
        buf_printf(&b, "\x1b[32mtests/test_module_%03d.py\x1b[0m::test_case_%d PASSED                    [%3d%%]\n", i % 200, l,
                   100 * l / lines);
    return buf_steal(&b);
}

static void make_log(ReplayLog *log)
{
    add(log, 0, EV_START, &(EvStart){"bench", "h", "ana", "scripted"});
    for (int t = 0; t < RUN_SECONDS; t++) {
        if (t % 300 == 0) {
            char task[16];
            snprintf(task, sizeof task, "task%d", t / 300);
            add(log, t, EV_TASK_STATUS, &(EvTaskStatus){task, "assigned", NULL});
            add(log, t + 0.5, EV_CHECK, &(EvCheck){.task = task, .check = "tests", .passed = t % 600 == 0, .exit = 0,
                                                   .feedback = "test_total fails", .output = ""});
        }
        if (t % 1200 == 600) {
            cJSON *comments = cJSON_Parse("[{\"path\":\"cart.py\",\"line\":7,\"kind\":\"essential\",\"text\":\"off by one\"}]");
            add(log, t, EV_REVIEW, &(EvReview){.task = "task1", .reviewer = "marco", .approved = false,
                                               .summary = "One thing to fix", .comments = comments});
            cJSON_Delete(comments);
        }
        if (t % 10 == 3)
            add(log, t, EV_MESSAGE, &(EvMessage){t % 20 ? "priya" : "learner", "learner", NULL,
                                                 "The suite is `python3 -m pytest -q`; tell me when it is green."});
        if (t % 4 == 1) {
            char *out = command_output(t);
            add(log, t, EV_COMMAND, &(EvCommand){"python3 -m pytest -q", 0, out, (double)strlen(out), false, 1.2, NULL, NAN, false});
            free(out);
        }
        if (t % 10 == 4)
            add(log, t, EV_LLM_CALL, &(EvLlmCall){"priya", "m", 900, 120, 0, 0, 0.001, 800, NULL, 200, NULL});
    }
    add(log, RUN_SECONDS, EV_FINISH, &(EvFinish){"passed", 90, 100, 90, "finished", NULL});
}

static void report(const char *what, double *ms, int n)
{
    qsort(ms, (size_t)n, sizeof *ms, cmp_double);
    printf("%-44s median %7.2f ms   p95 %7.2f ms   max %7.2f ms\n", what, ms[n / 2], ms[n * 95 / 100], ms[n - 1]);
}

int main(void)
{
    ReplayLog log = {0};
    make_log(&log);
    ReplayState full = {0};
    replay_state_seek(&full, &log, RUN_SECONDS);
    printf("a 60-minute run: %d events, %d messages, %d commands, %.1f MB of terminal transcript\n", log.n,
           full.n_messages, full.n_commands, full.terminal_len / 1e6);
    replay_state_clear(&full);

    double fold[SEEKS], frame[SEEKS];
    srand(42);
    double points[SEEKS];
    for (int i = 0; i < SEEKS; i++) points[i] = (double)(rand() % (RUN_SECONDS * 10)) / 10;

    ReplayState s = {0};
    for (int i = 0; i < SEEKS; i++) {
        double t0 = cpu_seconds();
        replay_state_seek(&s, &log, points[i]);
        fold[i] = (cpu_seconds() - t0) * 1000;
    }
    replay_state_clear(&s);
    report("core fold (replay_state_seek)", fold, SEEKS);

    if (SDL_Init(0) != 0) return 1;
    SDL_Surface *surface = SDL_CreateRGBSurfaceWithFormat(0, W, H, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = surface ? SDL_CreateSoftwareRenderer(surface) : NULL;
    UiFonts fonts;
    char *err = NULL;
    if (!r || !ui_fonts_open(&fonts, &err)) {
        fprintf(stderr, "bench_ui_replay: %s\n", err ? err : SDL_GetError());
        return 1;
    }
    UiReplay *rp = ui_replay_new(&fonts, &log, NULL, "bench");
    ui_replay_show(rp, UI_REPLAY_TERMINAL);
    ui_replay_render(rp, r, W, H);
    for (int i = 0; i < SEEKS; i++) {
        double t0 = cpu_seconds();
        ui_replay_seek(rp, points[i]);
        ui_replay_render(rp, r, W, H);
        frame[i] = (cpu_seconds() - t0) * 1000;
    }
    report("seek + terminal frame (software renderer)", frame, SEEKS);
    ui_replay_show(rp, UI_REPLAY_CHAT);
    for (int i = 0; i < SEEKS; i++) {
        double t0 = cpu_seconds();
        ui_replay_seek(rp, points[SEEKS - 1 - i]);
        ui_replay_render(rp, r, W, H);
        frame[i] = (cpu_seconds() - t0) * 1000;
    }
    report("seek + chat frame (software renderer)", frame, SEEKS);
    ui_replay_free(rp);
    ui_fonts_close(&fonts);
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(surface);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
