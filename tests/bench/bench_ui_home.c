/* bench_ui_home.c: the desktop home's cost (issue 11 "Benchmarks"), on SDL's software renderer
 * at 1280 x 800 (no GPU: the slowest case a learner meets). A real sqlite file holds RUNS
 * finished runs of one learner over the catalog's scenarios, each with skill-tagged breakdown
 * lines (so mastery and the tracks' states have work to do). Measured: reading the learner's
 * standing (catalog_load_progress: runs, mastery, tracks), the time to the first frame (a new
 * home, its learners, one frame), and the frame time (median and p95 of FRAMES frames) of the
 * home with the real catalog's cards, the side column's tracks and skills and the resume card;
 * then the same with the catalog repeated to SCALED cards. Goals: <= 150 ms to the first
 * frame, <= 8 ms per frame. */
#define _GNU_SOURCE
#include "core/catalog.h"
#include "store/store.h"
#include "ui/ui_fonts.h"
#include "ui/ui_home.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { W = 1280, H = 800, FRAMES = 200, RUNS = 1000, SCALED = 200 };

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* RUNS finished runs of learner, round-robin over the catalog, scores spread 20..100 %. */
static bool fill_store(Store *st, const Catalog *cat, const char *learner)
{
    for (int i = 0; i < RUNS; i++) {
        const CatalogEntry *e = &cat->entries[i % cat->n];
        StoreRunInfo info = {.scenario_id = e->id, .scenario_title = e->title, .learner = learner, .mode = "play"};
        int64_t id = store_run_begin(st, &info);
        if (id <= 0) return false;
        double percent = 20 + (i * 37) % 81;
        StoreResultLine lines[4];
        int n = 0;
        for (int k = 0; k < e->n_skills && n < 4; k++, n++)
            lines[n] = (StoreResultLine){.kind = "check", .item_id = e->skills[k], .label = e->skills[k],
                                         .skill = e->skills[k], .points = percent / 4, .max = 25, .passed = percent >= 70};
        StoreRunOutcome o = {.outcome = percent >= 70 ? "passed" : "failed", .score = percent, .max = 100,
                             .percent = percent, .reason = "finished"};
        if (!store_run_finish(st, id, &o, lines, n)) return false;
    }
    return true;
}

/* This thread's CPU seconds: frame costs that the machine's load does not inflate. */
static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Median and p95 of FRAMES frames of home, wall clock and CPU time. */
static void frames(UiHome *home, SDL_Renderer *r, const char *what)
{
    static double wall[FRAMES], cpu[FRAMES];
    for (int f = 0; f < FRAMES; f++) {
        double t0 = util_monotonic_seconds(), c0 = cpu_seconds();
        ui_home_render(home, r, W, H);
        wall[f] = (util_monotonic_seconds() - t0) * 1000;
        cpu[f] = (cpu_seconds() - c0) * 1000;
    }
    qsort(wall, FRAMES, sizeof wall[0], cmp_double);
    qsort(cpu, FRAMES, sizeof cpu[0], cmp_double);
    printf("ui.home.frame.%-16s wall median %6.2f ms p95 %6.2f ms | cpu median %6.2f ms p95 %6.2f ms (goal <= 8 ms)\n",
           what, wall[FRAMES / 2], wall[FRAMES * 95 / 100], cpu[FRAMES / 2], cpu[FRAMES * 95 / 100]);
}

/* cat's entries repeated to n cards (ids and titles shared: the home draws them the same). */
static Catalog scaled_catalog(const Catalog *cat, int n)
{
    Catalog big = *cat;
    big.entries = xcalloc((size_t)n, sizeof *big.entries);
    for (int i = 0; i < n; i++) big.entries[i] = cat->entries[i % cat->n];
    big.n = n;
    return big;
}

int main(void)
{
    char *err = NULL;
    UiFonts fonts;
    if (SDL_Init(0) != 0 || !ui_fonts_open(&fonts, &err)) {
        fprintf(stderr, "bench_ui_home: %s\n", err ? err : SDL_GetError());
        return 1;
    }
    Catalog *cat = catalog_load((const char *const[]){WORKSIM_SOURCE_DIR "/scenarios", NULL});
    char *dir = util_make_temp_dir("worksim-bench-home", NULL), *path = xasprintf("%s/home.db", dir);
    Store *st = store_open(path, &err);
    double t0 = util_monotonic_seconds();
    if (!st || !fill_store(st, cat, "ana")) {
        fprintf(stderr, "bench_ui_home: %s\n", err ? err : st ? store_errmsg(st) : "no store");
        return 1;
    }
    printf("home at %dx%d, software renderer; %d scenarios, %d tracks, %d runs stored in %.1f s\n", W, H, cat->n,
           cat->tracks ? cat->tracks->n : 0, RUNS, util_monotonic_seconds() - t0);
    SDL_Surface *surface = SDL_CreateRGBSurfaceWithFormat(0, W, H, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(surface);

    /* To the first frame: the standing from the store, a new home, one frame. */
    t0 = util_monotonic_seconds();
    double c0 = cpu_seconds();
    if (!catalog_load_progress(cat, st, "ana", &err)) {
        fprintf(stderr, "bench_ui_home: %s\n", err);
        return 1;
    }
    double progress_ms = (util_monotonic_seconds() - t0) * 1000, progress_cpu = (cpu_seconds() - c0) * 1000;
    UiHome *home = ui_home_new(&fonts, cat);
    const char *names[] = {"ana", "bo"};
    ui_home_set_learners(home, "ana", names, 2);
    UiHomeResume resume = {"first-bugfix", "Your first bug fix", 130, 45 * 60 - 130};
    ui_home_set_resume(home, &resume);
    ui_home_render(home, r, W, H);
    double first_ms = (util_monotonic_seconds() - t0) * 1000, first_cpu = (cpu_seconds() - c0) * 1000;
    printf("ui.home.progress (%d runs)     wall %6.1f ms  cpu %6.1f ms\n", RUNS, progress_ms, progress_cpu);
    printf("ui.home.first_frame            wall %6.1f ms  cpu %6.1f ms  (goal <= 150 ms)\n", first_ms, first_cpu);
    int skills = cat->progress ? cat->progress->mastery.n_skills : 0;
    printf("  (%d skills with mastery, %d tracks in the side column)\n", skills, cat->progress ? cat->progress->n_tracks : 0);

    frames(home, r, "cards+tracks");
    SDL_Event tab = {.key = {.type = SDL_KEYDOWN, .keysym = {.sym = SDLK_TAB}}};
    while (ui_home_focus(home) != UI_HOME_FOCUS_TRACKS) ui_home_handle_event(home, &tab);
    frames(home, r, "tracks_focused");
    SDL_Event enter = {.key = {.type = SDL_KEYDOWN, .keysym = {.sym = SDLK_RETURN}}};
    ui_home_handle_event(home, &enter);
    frames(home, r, "step_detail");
    ui_home_free(home);

    Catalog big = scaled_catalog(cat, SCALED);
    home = ui_home_new(&fonts, &big);
    ui_home_set_learners(home, "ana", names, 2);
    t0 = util_monotonic_seconds();
    ui_home_render(home, r, W, H);
    printf("ui.home.first_frame.%d_cards  %6.1f ms\n", SCALED, (util_monotonic_seconds() - t0) * 1000);
    char label[32];
    snprintf(label, sizeof label, "%d_cards", SCALED);
    frames(home, r, label);
    ui_home_free(home);
    free(big.entries);

    SDL_DestroyRenderer(r);
    SDL_FreeSurface(surface);
    store_close(st);
    util_remove_tree(dir);
    free(dir);
    free(path);
    catalog_free(cat);
    ui_fonts_close(&fonts);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
