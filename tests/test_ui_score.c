/* test_ui_score.c: the end-of-run screen on real finished runs (first-bugfix played by its
 * reference solution and by a learner who only asks a hint and submits; bubblewrap sandbox,
 * virtual clock, scripted colleagues), drawn into a software renderer: every breakdown line
 * is laid out, scrolling changes what is visible, grading-in-progress and the cost line show.
 * Frames are saved as PNGs in the test folder (and in $WORKSIM_UI_SHOTS when set). */
#define _GNU_SOURCE
#include "testlib.h"

#include "headless/headless.h"
#include "ui/ui_fonts.h"
#include "ui/ui_score.h"
#include "util/util.h"

#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCENARIOS WORKSIM_TESTS_DIR "/../scenarios"
#define FIXTURES WORKSIM_TESTS_DIR "/fixtures/runs"

static const SDL_Rect AREA = {0, 0, 1000, 700};

typedef struct Gfx {
    SDL_Surface *surface;
    SDL_Renderer *r;
    UiFonts fonts;
} Gfx;

static bool gfx_open(Gfx *g)
{
    memset(g, 0, sizeof *g);
    if (SDL_Init(0) != 0) return false;
    g->surface = SDL_CreateRGBSurfaceWithFormat(0, AREA.w, AREA.h, 32, SDL_PIXELFORMAT_ARGB8888);
    g->r = g->surface ? SDL_CreateSoftwareRenderer(g->surface) : NULL;
    char *err = NULL;
    bool ok = g->r && ui_fonts_open(&g->fonts, &err);
    if (err) fprintf(stderr, "  fonts: %s\n", err);
    free(err);
    return ok;
}

static void gfx_close(Gfx *g)
{
    ui_fonts_close(&g->fonts);
    if (g->r) SDL_DestroyRenderer(g->r);
    SDL_FreeSurface(g->surface);
    TTF_Quit();
    SDL_Quit();
}

static void frame(Gfx *g, UiView *view)
{
    UiDraw d = {g->r, &g->fonts, -1, -1};
    SDL_SetRenderDrawColor(g->r, 0, 0, 0, 255);
    SDL_RenderClear(g->r);
    view->render(view->self, &d, AREA);
    SDL_RenderPresent(g->r);
}

static void save_png(Gfx *g, const char *name)
{
    char *path = xasprintf("%s/%s", testlib_temp_dir(), name);
    CHECK(IMG_SavePNG(g->surface, path) == 0);
    free(path);
    const char *shots = getenv("WORKSIM_UI_SHOTS");
    if (shots && *shots) {
        path = xasprintf("%s/%s", shots, name);
        IMG_SavePNG(g->surface, path);
        fprintf(stderr, "  saved %s\n", path);
        free(path);
    }
}

static bool wheel(UiView *view, int y)
{
    SDL_Event ev = {0};
    ev.type = SDL_MOUSEWHEEL;
    ev.wheel.y = y;
    ev.wheel.mouseX = AREA.w / 2;
    ev.wheel.mouseY = AREA.h / 2;
    return view->handle_event(view->self, &ev, AREA);
}

/* Plays first-bugfix headlessly with script (NULL: the reference solution), stored in a
 * database in the test folder so the run has an id. */
typedef struct Played {
    Store *store;
    Run *run;
    Loop *loop;
    ActionScript *script;
} Played;

static bool play(Played *p, const Action *acts, int n)
{
    memset(p, 0, sizeof *p);
    char *err = NULL;
    char *db = xasprintf("%s/score-%d.db", testlib_temp_dir(), n);
    p->store = store_open(db, &err);
    free(db);
    Scenario *sc = p->store ? scenario_load(SCENARIOS "/first-bugfix", &err) : NULL;
    if (sc && !acts) {
        p->script = actions_load(SCENARIOS "/first-bugfix/solution/actions.lua", &err);
    } else if (sc) {
        p->script = xcalloc(1, sizeof *p->script);
        p->script->file = xstrdup("(test)");
        p->script->actions = xcalloc((size_t)n + 1, sizeof *p->script->actions);
        for (int i = 0; i < n; i++) {
            p->script->actions[i] = acts[i];
            p->script->actions[i].target = xstrdup(acts[i].target);
            p->script->actions[i].text = xstrdup(acts[i].text);
        }
        p->script->n = n;
    }
    if (!sc || !p->script) {
        fprintf(stderr, "  setup: %s\n", err ? err : "?");
        free(err);
        scenario_free(sc);
        return false;
    }
    HeadlessOptions ho = {.learner = "Alex Doe", .store = p->store};
    p->run = headless_run(sc, p->script, &ho, &p->loop);
    return run_is_finished(p->run);
}

static void played_free(Played *p)
{
    run_free(p->run);
    loop_free(p->loop);
    actions_free(p->script);
    store_close(p->store);
}

static void test_score_solution_shows_every_line_and_scrolls(void)
{
    Gfx g;
    REQUIRE(gfx_open(&g));
    Played p;
    REQUIRE(play(&p, NULL, 0));
    const ScoreSheet *s = run_score(p.run);
    CHECK_STR_EQ(s->outcome, "passed");
    UiView view = ui_score_view_new(p.run);
    frame(&g, &view);
    save_png(&g, "score-passed.png");

    char *all = ui_score_text(view.self, false);
    CHECK_CONTAINS(all, "Passed\n");
    char *total = xasprintf("%.0f / %.0f points", s->score, s->max);
    CHECK_CONTAINS(all, total);
    free(total);
    CHECK_CONTAINS(all, "You finished the run.");
    for (int i = 0; i < s->n_lines; i++) CHECK_CONTAINS(all, s->lines[i].label);
    CHECK_CONTAINS(all, "Check: All tests pass 30 / 30");
    CHECK_CONTAINS(all, "Rubric: Kept Priya informed (picked it up, then reported the fix) 20 / 20");
    CHECK_CONTAINS(all, "told Priya");   /* the rubric's reason */
    for (int i = 0; i < s->n_skills; i++) CHECK_CONTAINS(all, s->skills[i].skill);
    CHECK_CONTAINS(all, "git 40 / 40");
    char *later = xasprintf("worksim replay %lld", (long long)run_id(p.run));
    CHECK(run_id(p.run) > 0);
    CHECK_CONTAINS(all, later);
    CHECK(!strstr(all, "cost"));    /* scripted colleagues cost nothing */
    free(all);

    /* The page is longer than the window: the end is below it until the wheel moves it. */
    char *top = ui_score_text(view.self, true);
    CHECK_CONTAINS(top, "Passed\n");
    CHECK(!strstr(top, later));
    CHECK_INT_EQ(ui_score_scroll(view.self), 0);
    CHECK(wheel(&view, 3) == true);                 /* up at the top: stays */
    CHECK_INT_EQ(ui_score_scroll(view.self), 0);
    for (int i = 0; i < 40; i++) wheel(&view, -1);
    frame(&g, &view);
    CHECK(ui_score_scroll(view.self) > 0);
    char *bottom = ui_score_text(view.self, true);
    CHECK_CONTAINS(bottom, later);
    CHECK(!strstr(bottom, "Passed\n"));
    save_png(&g, "score-passed-end.png");
    free(top);
    free(bottom);
    free(later);

    view.free(view.self);
    played_free(&p);
    gfx_close(&g);
}

static void test_score_failed_run_shows_feedback_and_hint_cost(void)
{
    Gfx g;
    REQUIRE(gfx_open(&g));
    Action acts[] = {{.kind = ACTION_HINT, .target = "fix"}, {.kind = ACTION_SUBMIT, .target = "fix"},
                     {.kind = ACTION_FINISH}};
    Played p;
    REQUIRE(play(&p, acts, 3));
    const ScoreSheet *s = run_score(p.run);
    CHECK_STR_EQ(s->outcome, "failed");
    UiView view = ui_score_view_new(p.run);
    frame(&g, &view);
    save_png(&g, "score-failed.png");
    char *all = ui_score_text(view.self, false);
    CHECK_CONTAINS(all, "Failed\n");
    CHECK_CONTAINS(all, "Hint: Hint 1 for fix \xe2\x88\x92" "5");
    CHECK_CONTAINS(all, "Check: All tests pass 0 / 30");
    CHECK_CONTAINS(all, "still failing");    /* the failed check's FAIL: line */
    for (int i = 0; i < s->n_lines; i++) {
        CHECK_CONTAINS(all, s->lines[i].label);
        if (s->lines[i].feedback && *s->lines[i].feedback && !strchr(s->lines[i].feedback, '\n'))
            CHECK_CONTAINS(all, s->lines[i].feedback);
    }
    free(all);
    view.free(view.self);
    played_free(&p);
    gfx_close(&g);
}

static void test_score_waits_for_grading_then_shows_cost(void)
{
    Gfx g;
    REQUIRE(gfx_open(&g));
    char *err = NULL;
    Scenario *sc = scenario_load(FIXTURES "/colleagues", &err);
    free(err);
    REQUIRE(sc);
    Loop *loop = loop_new(true);
    RunOptions ro = {.learner = "Alex Doe", .mode = "run", .loop = loop};
    Run *run = run_start(sc, &ro);
    loop_run_until_idle(loop, NULL);
    UiView view = ui_score_view_new(run);
    frame(&g, &view);
    char *text = ui_score_text(view.self, true);
    CHECK_CONTAINS(text, "Grading your work");
    free(text);

    StoreLlmCall call = {.who = "ana", .model = "claude-test", .input_tokens = 1000, .cost_usd = 0.0123};
    run_record_llm_call(run, &call);
    run_finish(run, "time_limit");
    loop_run_until_idle(loop, NULL);
    REQUIRE(run_is_finished(run));
    frame(&g, &view);
    text = ui_score_text(view.self, false);
    CHECK_CONTAINS(text, "Incomplete\n");
    CHECK_CONTAINS(text, "time limit");
    CHECK_CONTAINS(text, "$0.0123");
    CHECK_CONTAINS(text, "not saved");     /* no database: no run id to look up */
    free(text);
    save_png(&g, "score-incomplete.png");
    view.free(view.self);
    run_free(run);
    loop_free(loop);
    gfx_close(&g);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_score_solution_shows_every_line_and_scrolls),
        TEST_CASE(test_score_failed_run_shows_feedback_and_hint_cost),
        TEST_CASE(test_score_waits_for_grading_then_shows_cost),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
