/* bench_ui_home.c: the desktop home's cost (issue 11 "Benchmarks"), on SDL's software renderer
 * at 1280 x 800 (no GPU: the slowest case a learner meets). A real sqlite file holds RUNS
 * finished runs of one learner over the catalog's scenarios, each with skill-tagged breakdown
 * lines (so mastery and the tracks' states have work to do). Measured, wall clock and this
 * thread's CPU time, medians of REPEATS tries: reading the learner's standing
 * (catalog_load_progress: runs, mastery, tracks) and the time to the first frame (the standing,
 * a new home, its learners, one frame, with an empty text cache). Then the frame time (median
 * and p95 of FRAMES frames) of the home with the real catalog's cards, the side column's tracks
 * and skills and the resume card, the same without the fonts' text cache (what the cache
 * saves), with the tracks focused, with a step's detail open (over the dimmed page kept in a
 * texture, and drawn in every frame: what keeping it saves); then the catalog repeated to
 * SCALED cards. Goals: <= 150 ms to the first frame, <= 8 ms per frame. */
#define _GNU_SOURCE
#include "core/catalog.h"
#include "store/store.h"
#include "ui/ui_fonts.h"
#include "ui/ui_home.h"
#include "ui/ui_text_cache.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { W = 1280, H = 800, FRAMES = 200, RUNS = 1000, SCALED = 200, REPEATS = 7 };

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof v[0], cmp_double);
    return v[n / 2];
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
    double wall_median = median(wall, FRAMES), cpu_median = median(cpu, FRAMES);
    printf("ui.home.frame.%-22s wall median %6.2f ms p95 %6.2f ms | cpu median %6.2f ms p95 %6.2f ms (goal <= 8 ms)\n",
           what, wall_median, wall[FRAMES * 95 / 100], cpu_median, cpu[FRAMES * 95 / 100]);
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

    /* To the first frame: the standing from the store, a new home, one frame; REPEATS times,
     * each from an empty text cache. */
    const char *names[] = {"ana", "bo"};
    UiHomeResume resume = {"first-bugfix", "Your first bug fix", 130, 45 * 60 - 130};
    double progress_wall[REPEATS], progress_cpu[REPEATS], first_wall[REPEATS], first_cpu[REPEATS];
    UiHome *home = NULL;
    for (int i = 0; i < REPEATS; i++) {
        ui_home_free(home);
        ui_text_cache_clear(fonts.texts);
        double w0 = util_monotonic_seconds(), c0 = cpu_seconds();
        if (!catalog_load_progress(cat, st, "ana", &err)) {
            fprintf(stderr, "bench_ui_home: %s\n", err);
            return 1;
        }
        progress_wall[i] = (util_monotonic_seconds() - w0) * 1000, progress_cpu[i] = (cpu_seconds() - c0) * 1000;
        home = ui_home_new(&fonts, cat);
        ui_home_set_learners(home, "ana", names, 2);
        ui_home_set_resume(home, &resume);
        ui_home_render(home, r, W, H);
        first_wall[i] = (util_monotonic_seconds() - w0) * 1000, first_cpu[i] = (cpu_seconds() - c0) * 1000;
    }
    printf("ui.home.progress (%d runs)     wall median %6.1f ms  cpu median %6.1f ms\n", RUNS,
           median(progress_wall, REPEATS), median(progress_cpu, REPEATS));
    printf("ui.home.first_frame            wall median %6.1f ms  cpu median %6.1f ms  (goal <= 150 ms; %d tries)\n",
           median(first_wall, REPEATS), median(first_cpu, REPEATS), REPEATS);
    int skills = cat->progress ? cat->progress->mastery.n_skills : 0;
    printf("  (%d skills with mastery, %d tracks in the side column)\n", skills, cat->progress ? cat->progress->n_tracks : 0);

    frames(home, r, "cards+tracks");
    UiTextCache *texts = fonts.texts;
    fonts.texts = NULL;   /* every text through SDL_ttf and a new texture, as before the cache */
    frames(home, r, "cards+tracks.uncached");
    fonts.texts = texts;
    SDL_Event tab = {.key = {.type = SDL_KEYDOWN, .keysym = {.sym = SDLK_TAB}}};
    while (ui_home_focus(home) != UI_HOME_FOCUS_TRACKS) ui_home_handle_event(home, &tab);
    frames(home, r, "tracks_focused");
    SDL_Event enter = {.key = {.type = SDL_KEYDOWN, .keysym = {.sym = SDLK_RETURN}}};
    ui_home_handle_event(home, &enter);
    frames(home, r, "step_detail");
    ui_home_keep_backdrop(home, false);   /* the page and its dim drawn in every frame, as before */
    frames(home, r, "step_detail.page_each_frame");
    ui_home_free(home);

    Catalog big = scaled_catalog(cat, SCALED);
    for (int i = 0; i < REPEATS; i++) {
        ui_text_cache_clear(fonts.texts);
        home = ui_home_new(&fonts, &big);
        ui_home_set_learners(home, "ana", names, 2);
        double w0 = util_monotonic_seconds(), c0 = cpu_seconds();
        ui_home_render(home, r, W, H);
        first_wall[i] = (util_monotonic_seconds() - w0) * 1000, first_cpu[i] = (cpu_seconds() - c0) * 1000;
        if (i < REPEATS - 1) ui_home_free(home);
    }
    printf("ui.home.first_frame.%d_cards  wall median %6.1f ms  cpu median %6.1f ms (a new home, one frame)\n",
           SCALED, median(first_wall, REPEATS), median(first_cpu, REPEATS));
    char label[32];
    snprintf(label, sizeof label, "%d_cards", SCALED);
    frames(home, r, label);
    ui_home_free(home);
    free(big.entries);

    ui_fonts_close(&fonts);   /* its text cache's textures, before their renderer */
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(surface);
    store_close(st);
    util_remove_tree(dir);
    free(dir);
    free(path);
    catalog_free(cat);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
