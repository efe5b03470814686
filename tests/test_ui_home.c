/* test_ui_home.c: the desktop's home on the real catalog and a real sqlite file holding
 * several runs of two learners: cards carry each scenario's standing from the store (demo
 * and open runs are no attempts), the search and the family/level/skill chips filter the
 * cards, Tab walks the controls in order, arrows move between cards, Enter opens the detail
 * and Enter again starts the scenario; the learner picker switches and creates learners;
 * the tracks' steps are reached with Tab and arrows, and a locked step cannot start.
 * Drawn into a software renderer (no display); PNGs land in the test's temp folder. */
#define _GNU_SOURCE
#include "ui_view_kit.h"

#include "core/catalog.h"
#include "store/store.h"
#include "ui/ui_home.h"


enum { W = 1280, H = 800 };

static void home_render(void *self, UiDraw *d, SDL_Rect area) { ui_home_render(self, d->r, area.w, area.h); }

static bool home_event(void *self, const SDL_Event *ev, SDL_Rect area)
{
    (void)area;
    return ui_home_handle_event(self, ev);
}

static void home_free(void *self) { ui_home_free(self); }

/* The source tree's catalog. */
static Catalog *load_catalog(void) { return catalog_load((const char *const[]){KIT_SCENARIOS, NULL}); }

/* One finished run of scenario by learner with outcome and percent. */
static void store_finished(Store *st, const char *learner, const char *scenario, const char *mode, const char *outcome,
                           double percent)
{
    StoreRunInfo info = {.scenario_id = scenario, .scenario_title = scenario, .learner = learner, .mode = mode};
    int64_t id = store_run_begin(st, &info);
    CHECK(id > 0);
    StoreRunOutcome o = {.outcome = outcome, .score = percent, .max = 100, .percent = percent, .reason = "finished"};
    if (outcome) CHECK(store_run_finish(st, id, &o, NULL, 0));
}

/* ana: first-bugfix failed 40 then passed 85, merge-conflict failed 30, a demo of
 * feature-flag and an open run of code-review; bo: one failed merge-conflict. */
static Store *history(void)
{
    static int count;   /* a fresh file per case: the temp folder is shared */
    char *path = xasprintf("%s/home-%d.db", testlib_temp_dir(), ++count);
    char *err = NULL;
    Store *st = store_open(path, &err);
    free(path);
    if (!st) {
        fprintf(stderr, "  store: %s\n", err);
        free(err);
        return NULL;
    }
    store_finished(st, "ana", "first-bugfix", "play", "failed", 40);
    store_finished(st, "ana", "first-bugfix", "play", "passed", 85);
    store_finished(st, "ana", "merge-conflict", "run", "failed", 30);
    store_finished(st, "ana", "feature-flag", "demo", "passed", 100);
    store_finished(st, "ana", "code-review", "play", NULL, 0);
    store_finished(st, "bo", "merge-conflict", "play", "failed", 55);
    return st;
}

typedef struct Names {
    char *items[8];
    int n;
} Names;

static bool note_name(void *ud, const StoreLearnerRow *row)
{
    Names *n = ud;
    if (n->n < 8) n->items[n->n++] = xstrdup(row->name);
    return true;
}

typedef struct HomeFixture {
    Kit k;
    Store *st;
    Catalog *cat;
    UiHome *home;
} HomeFixture;

static bool fixture_open(HomeFixture *fx)
{
    memset(fx, 0, sizeof *fx);
    if (!kit_canvas(&fx->k, W, H)) return false;
    fx->st = history();
    fx->cat = load_catalog();
    if (!fx->st || !fx->cat || fx->cat->n < 5) return false;
    if (!catalog_load_progress(fx->cat, fx->st, "ana", NULL)) return false;
    fx->home = ui_home_new(&fx->k.fonts, fx->cat);
    Names names = {0};
    store_learners_foreach(fx->st, note_name, &names);
    ui_home_set_learners(fx->home, "ana", (const char *const *)names.items, names.n);
    for (int i = 0; i < names.n; i++) free(names.items[i]);
    kit_show(&fx->k, (UiView){.title = "home", .self = fx->home, .render = home_render, .handle_event = home_event,
                              .free = home_free});
    kit_render(&fx->k);
    return true;
}

static void fixture_close(HomeFixture *fx)
{
    kit_close(&fx->k);
    catalog_free(fx->cat);
    store_close(fx->st);
}

static const CatalogEntry *entry(HomeFixture *fx, const char *id)
{
    int i = catalog_find(fx->cat, id);
    return i >= 0 ? &fx->cat->entries[i] : NULL;
}

static void test_catalog_progress_comes_from_the_learners_finished_runs(void)
{
    HomeFixture fx;
    REQUIRE(fixture_open(&fx));
    const CatalogEntry *fb = entry(&fx, "first-bugfix"), *mc = entry(&fx, "merge-conflict"),
                       *ff = entry(&fx, "feature-flag"), *cr = entry(&fx, "code-review");
    REQUIRE(fb && mc && ff && cr);
    CHECK_INT_EQ(fb->attempts, 2);
    CHECK(fb->best_percent == 85);
    CHECK(fb->passed);
    CHECK_INT_EQ(mc->attempts, 1);   /* bo's run is bo's */
    CHECK(mc->best_percent == 30);
    CHECK(!mc->passed);
    CHECK_INT_EQ(ff->attempts, 0);   /* a demo is no attempt */
    CHECK_INT_EQ(cr->attempts, 0);   /* nor is a run still open */
    /* bo's standing replaces ana's. */
    REQUIRE(catalog_load_progress(fx.cat, fx.st, "bo", NULL));
    CHECK_INT_EQ(entry(&fx, "first-bugfix")->attempts, 0);
    CHECK(entry(&fx, "merge-conflict")->best_percent == 55);
    /* Levels come in order: intro before junior before mid. */
    for (int i = 1; i < fx.cat->n; i++) {
        const char *a = fx.cat->entries[i - 1].level, *b = fx.cat->entries[i].level;
        CHECK(!(a && b && strcmp(a, "mid") == 0 && strcmp(b, "junior") == 0));
    }
    fixture_close(&fx);
}

static void test_home_search_and_chips_filter_the_cards(void)
{
    HomeFixture fx;
    REQUIRE(fixture_open(&fx));
    int n = 0;
    ui_home_visible(fx.home, &n);
    CHECK_INT_EQ(n, fx.cat->n);
    CHECK(kit_snapshot(&fx.k, "home.png"));
    /* "/" jumps to the search; typing filters case-insensitively. */
    kit_type(&fx.k, "/");
    CHECK(ui_home_focus(fx.home) == UI_HOME_FOCUS_SEARCH);
    kit_type(&fx.k, "MERGE");
    const int *vis = ui_home_visible(fx.home, &n);
    REQUIRE(n >= 1);
    bool found = false;
    for (int i = 0; i < n; i++) found = found || strcmp(fx.cat->entries[vis[i]].id, "merge-conflict") == 0;
    CHECK(found);
    CHECK(n < fx.cat->n);
    kit_render(&fx.k);
    CHECK(kit_snapshot(&fx.k, "home-search.png"));
    kit_key(&fx.k, SDLK_ESCAPE);   /* clears the search */
    ui_home_visible(fx.home, &n);
    CHECK_INT_EQ(n, fx.cat->n);
    /* Tab to the level chip; Enter picks the first level (intro): only intro cards remain. */
    kit_key(&fx.k, SDLK_TAB);
    CHECK(ui_home_focus(fx.home) == UI_HOME_FOCUS_FAMILY);
    kit_key(&fx.k, SDLK_TAB);
    CHECK(ui_home_focus(fx.home) == UI_HOME_FOCUS_LEVEL);
    kit_key(&fx.k, SDLK_RETURN);
    CHECK_STR_EQ(ui_home_facet(fx.home, CATALOG_LEVEL), "intro");
    vis = ui_home_visible(fx.home, &n);
    CHECK(n >= 1 && n < fx.cat->n);
    for (int i = 0; i < n; i++) CHECK_STR_EQ(fx.cat->entries[vis[i]].level, "intro");
    /* A click on the skill chip picks the first skill: every card shown trains it. */
    kit_render(&fx.k);
    kit_click(&fx.k, ui_home_control_rect(fx.home, UI_HOME_FOCUS_SKILL));
    const char *skill = ui_home_facet(fx.home, CATALOG_SKILL);
    REQUIRE(skill);
    vis = ui_home_visible(fx.home, &n);
    for (int i = 0; i < n; i++) {
        const CatalogEntry *e = &fx.cat->entries[vis[i]];
        bool has = false;
        for (int s = 0; s < e->n_skills; s++) has = has || strcmp(e->skills[s], skill) == 0;
        CHECK(has && strcmp(e->level, "intro") == 0);
    }
    kit_render(&fx.k);
    CHECK(kit_snapshot(&fx.k, "home-filtered.png"));
    /* Backspace on a chip sets it back to all. */
    kit_key(&fx.k, SDLK_BACKSPACE);
    CHECK(ui_home_facet(fx.home, CATALOG_SKILL) == NULL);
    fixture_close(&fx);
}

static void test_home_keyboard_opens_a_card_and_starts_it(void)
{
    HomeFixture fx;
    REQUIRE(fixture_open(&fx));
    /* Tab walks tracks, learner, search, family, level, skill, cards and wraps (no resume
     * card: nothing was interrupted); Shift+Tab goes back. */
    CHECK(ui_home_focus(fx.home) == UI_HOME_FOCUS_CARDS);
    UiHomeFocus order[] = {UI_HOME_FOCUS_TRACKS, UI_HOME_FOCUS_LEARNER, UI_HOME_FOCUS_SEARCH, UI_HOME_FOCUS_FAMILY,
                           UI_HOME_FOCUS_LEVEL, UI_HOME_FOCUS_SKILL, UI_HOME_FOCUS_CARDS};
    for (int i = 0; i < 7; i++) {
        kit_key(&fx.k, SDLK_TAB);
        CHECK(ui_home_focus(fx.home) == order[i]);
    }
    kit_key_mod(&fx.k, SDLK_TAB, KMOD_LSHIFT);
    CHECK(ui_home_focus(fx.home) == UI_HOME_FOCUS_SKILL);
    kit_key(&fx.k, SDLK_TAB);
    /* The selection moves with arrows; Down moves a whole row. */
    ui_home_select(fx.home, "first-bugfix");
    kit_render(&fx.k);
    int n = 0;
    const int *vis = ui_home_visible(fx.home, &n);
    int at = -1;
    for (int i = 0; i < n; i++)
        if (vis[i] == ui_home_selected(fx.home)) at = i;
    REQUIRE(at >= 0);
    CHECK_STR_EQ(fx.cat->entries[vis[at]].id, "first-bugfix");
    kit_key(&fx.k, SDLK_HOME);
    CHECK_INT_EQ(ui_home_selected(fx.home), vis[0]);
    kit_key(&fx.k, SDLK_RIGHT);
    CHECK_INT_EQ(ui_home_selected(fx.home), vis[1]);
    kit_key(&fx.k, SDLK_DOWN);
    SDL_Rect a = ui_home_card_rect(fx.home, 0), b = ui_home_card_rect(fx.home, 1);
    int cols = (b.x > a.x) ? (W - 56 + 16) / (a.w + 16) : 1;
    CHECK_INT_EQ(ui_home_selected(fx.home), vis[1 + cols < n ? 1 + cols : n - 1]);
    /* Enter opens the detail, Esc closes it, Enter and Enter start the selected scenario. */
    ui_home_select(fx.home, "first-bugfix");
    kit_key(&fx.k, SDLK_RETURN);
    CHECK(ui_home_detail_open(fx.home));
    kit_render(&fx.k);
    CHECK(kit_snapshot(&fx.k, "home-detail.png"));
    CHECK(ui_home_start_button(fx.home).w > 0);
    kit_key(&fx.k, SDLK_ESCAPE);
    CHECK(!ui_home_detail_open(fx.home));
    CHECK(ui_home_take_action(fx.home, NULL) == UI_HOME_NONE);
    kit_key(&fx.k, SDLK_SPACE);
    CHECK(ui_home_detail_open(fx.home));
    kit_key(&fx.k, SDLK_TAB);   /* to Back and back to Start */
    kit_key(&fx.k, SDLK_TAB);
    kit_key(&fx.k, SDLK_RETURN);
    const char *id = NULL;
    CHECK(ui_home_take_action(fx.home, &id) == UI_HOME_START);
    CHECK_STR_EQ(id, "first-bugfix");
    /* A click on a card opens its detail; a click on Start starts it. */
    kit_key(&fx.k, SDLK_HOME);   /* back to the top */
    kit_render(&fx.k);
    kit_click(&fx.k, ui_home_card_rect(fx.home, 0));
    CHECK(ui_home_detail_open(fx.home));
    kit_render(&fx.k);
    kit_click(&fx.k, ui_home_start_button(fx.home));
    CHECK(ui_home_take_action(fx.home, &id) == UI_HOME_START);
    CHECK_STR_EQ(id, fx.cat->entries[vis[0]].id);
    fixture_close(&fx);
}

static void test_home_learner_picker_switches_and_creates_learners(void)
{
    HomeFixture fx;
    REQUIRE(fixture_open(&fx));
    kit_click(&fx.k, ui_home_control_rect(fx.home, UI_HOME_FOCUS_LEARNER));
    CHECK(ui_home_picker_open(fx.home));
    kit_render(&fx.k);
    CHECK(kit_snapshot(&fx.k, "home-picker.png"));
    /* Learners come by name: Down moves from ana (current) to bo. */
    kit_key(&fx.k, SDLK_DOWN);
    kit_key(&fx.k, SDLK_RETURN);
    const char *name = NULL;
    CHECK(ui_home_take_action(fx.home, &name) == UI_HOME_LEARNER);
    CHECK_STR_EQ(name, "bo");
    CHECK_STR_EQ(ui_home_learner(fx.home), "bo");
    CHECK(!ui_home_picker_open(fx.home));
    /* Typing in the picker names a new learner; a control character is refused. */
    kit_key(&fx.k, SDLK_TAB);   /* focus: learner button */
    while (ui_home_focus(fx.home) != UI_HOME_FOCUS_LEARNER) kit_key(&fx.k, SDLK_TAB);
    kit_key(&fx.k, SDLK_RETURN);
    CHECK(ui_home_picker_open(fx.home));
    kit_type(&fx.k, "Chidi Okafor");
    kit_key(&fx.k, SDLK_RETURN);
    CHECK(ui_home_take_action(fx.home, &name) == UI_HOME_LEARNER);
    CHECK_STR_EQ(name, "Chidi Okafor");
    CHECK(!ui_home_picker_open(fx.home));
    fixture_close(&fx);
}

/* ana's tracks: in backend-first-weeks api-debug (step 1) is unlocked and next, scope-pushback
 * (step 3, after api-debug) is locked; first-bugfix (step 4) passed. */
static void test_home_tracks_show_steps_and_a_locked_step_cannot_start(void)
{
    HomeFixture fx;
    REQUIRE(fixture_open(&fx));
    REQUIRE(fx.cat->progress && fx.cat->progress->n_tracks >= 1);
    const TrackStatus *ts = NULL;
    int backend = -1;
    for (int t = 0; t < fx.cat->progress->n_tracks; t++)
        if (strcmp(fx.cat->progress->tracks[t].track->id, "backend-first-weeks") == 0) backend = t, ts = &fx.cat->progress->tracks[t];
    REQUIRE(ts);
    CHECK_INT_EQ(ts->next, 0);
    CHECK(ts->steps[2].state == STEP_LOCKED);
    CHECK(ts->steps[3].state == STEP_PASSED);
    /* Tab from the cards reaches the tracks, on the first track's next step. */
    kit_key(&fx.k, SDLK_TAB);
    CHECK(ui_home_focus(fx.home) == UI_HOME_FOCUS_TRACKS);
    int t = -1, step = -1;
    ui_home_track_focus(fx.home, &t, &step);
    CHECK_INT_EQ(t, 0);
    CHECK_INT_EQ(step, fx.cat->progress->tracks[0].next >= 0 ? fx.cat->progress->tracks[0].next : 0);
    while (t != backend) {   /* Down moves between tracks */
        kit_key(&fx.k, SDLK_DOWN);
        ui_home_track_focus(fx.home, &t, &step);
    }
    CHECK_INT_EQ(step, 0);
    kit_key(&fx.k, SDLK_RIGHT);
    kit_key(&fx.k, SDLK_RIGHT);
    ui_home_track_focus(fx.home, &t, &step);
    CHECK_INT_EQ(step, 2);
    kit_render(&fx.k);
    CHECK(ui_home_step_rect(fx.home, backend, 2).w > 0);
    CHECK(kit_snapshot(&fx.k, "home-tracks.png"));
    /* Enter opens the locked step's detail: Start is disabled, Enter and a click do nothing. */
    kit_key(&fx.k, SDLK_RETURN);
    CHECK(ui_home_detail_open(fx.home));
    CHECK_STR_EQ(ui_home_detail_scenario(fx.home), "scope-pushback");
    CHECK(!ui_home_start_enabled(fx.home));
    kit_render(&fx.k);
    CHECK(kit_snapshot(&fx.k, "home-locked-step.png"));
    kit_click(&fx.k, ui_home_start_button(fx.home));
    CHECK(ui_home_take_action(fx.home, NULL) == UI_HOME_NONE);
    kit_render(&fx.k);
    if (!ui_home_detail_open(fx.home)) kit_key(&fx.k, SDLK_RETURN);
    kit_key(&fx.k, SDLK_TAB);   /* cannot move to Start */
    kit_key(&fx.k, SDLK_RETURN);
    CHECK(ui_home_take_action(fx.home, NULL) == UI_HOME_NONE);
    CHECK(!ui_home_detail_open(fx.home));
    /* A click on the unlocked next step opens it, and its Start starts it. */
    kit_render(&fx.k);
    kit_click(&fx.k, ui_home_step_rect(fx.home, backend, 0));
    CHECK_STR_EQ(ui_home_detail_scenario(fx.home), "api-debug");
    CHECK(ui_home_start_enabled(fx.home));
    kit_key(&fx.k, SDLK_RETURN);
    const char *id = NULL;
    CHECK(ui_home_take_action(fx.home, &id) == UI_HOME_START);
    CHECK_STR_EQ(id, "api-debug");
    /* At the window's smallest size (960 x 600) the tracks stay beside one column of cards. */
    SDL_SetRenderDrawColor(fx.k.r, 0, 0, 0, 0xff);
    SDL_RenderClear(fx.k.r);
    ui_home_render(fx.home, fx.k.r, 960, 600);
    SDL_Rect chip = ui_home_step_rect(fx.home, backend, 0), card = ui_home_card_rect(fx.home, 0);
    CHECK(chip.w > 0 && chip.x + chip.w <= 960 && chip.x > card.x + card.w);
    CHECK(kit_snapshot(&fx.k, "home-small.png"));
    /* In a short window the column scrolls to the focused step. */
    kit_key(&fx.k, SDLK_TAB);   /* on from the cards */
    while (ui_home_focus(fx.home) != UI_HOME_FOCUS_TRACKS) kit_key(&fx.k, SDLK_TAB);
    for (int i = 0; i < 4; i++) kit_key(&fx.k, SDLK_DOWN);
    kit_key(&fx.k, SDLK_END);
    ui_home_track_focus(fx.home, &t, &step);
    CHECK_INT_EQ(t, fx.cat->progress->n_tracks - 1);
    ui_home_render(fx.home, fx.k.r, 960, 420);
    ui_home_render(fx.home, fx.k.r, 960, 420);
    chip = ui_home_step_rect(fx.home, t, step);
    CHECK(chip.w > 0 && chip.y > 200 && chip.y + chip.h <= 420);
    fixture_close(&fx);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_catalog_progress_comes_from_the_learners_finished_runs),
        TEST_CASE(test_home_search_and_chips_filter_the_cards),
        TEST_CASE(test_home_keyboard_opens_a_card_and_starts_it),
        TEST_CASE(test_home_learner_picker_switches_and_creates_learners),
        TEST_CASE(test_home_tracks_show_steps_and_a_locked_step_cannot_start),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
