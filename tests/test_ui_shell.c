/* test_ui_shell.c: the window's way between the home and a run, on a real sqlite file and
 * real runs of first-bugfix (bubblewrap sandbox, scripted colleagues, virtual clock), drawn
 * into a software renderer: Enter on the selected card and Enter on Start begin the run;
 * Ctrl+Q twice finishes it; the top bar then offers Try again and Home; Home comes back to
 * the cards with the new attempt counted from the store, Try again begins a second run. */
#define _GNU_SOURCE
#include "ui_view_kit.h"

#include "core/catalog.h"
#include "store/store.h"
#include "ui/ui_help.h"
#include "ui/ui_score.h"
#include "ui/ui_settings.h"
#include "ui/ui_shell.h"

enum { W = 1280, H = 800 };

typedef struct Session {
    Kit k;
    Store *st;
    Catalog *cat;
    UiShell *shell;
    int started, ended;
    char *settings;   /* the settings file a text size is saved in */
} Session;

static Run *start_run(void *ud, const char *scenario, const char *learner, char **err)
{
    Session *s = ud;
    char *dir = xasprintf("%s/%s", KIT_SCENARIOS, scenario);
    Scenario *sc = scenario_load(dir, err);
    free(dir);
    if (!sc) return NULL;
    RunOptions ro = {.learner = learner, .mode = "play", .store = s->st, .loop = s->k.loop,
                     .sandbox = {.backend = SANDBOX_NS}, .hooks = scenario_run_hooks()};
    Run *run = run_start(sc, &ro);
    loop_run_until_idle(s->k.loop, NULL);
    s->started++;
    return run;
}

static void end_run(void *ud, Run *run)
{
    Session *s = ud;
    while (!run_is_finished(run) && loop_run_once(s->k.loop, 1000)) {}
    run_free(run);
    s->ended++;
}

static void shell_render(void *self, UiDraw *d, SDL_Rect area) { ui_shell_render(self, d->r, area.w, area.h); }

static bool shell_event(void *self, const SDL_Event *ev, SDL_Rect area)
{
    (void)area;
    return ui_shell_handle_event(self, ev);
}

static void shell_free(void *self) { ui_shell_free(self); }

static bool session_open(Session *s)
{
    memset(s, 0, sizeof *s);
    if (!kit_canvas(&s->k, W, H)) return false;
    s->k.loop = loop_new(true);
    static int count;   /* a fresh file per case: the temp folder is shared */
    char *path = xasprintf("%s/shell-%d.db", testlib_temp_dir(), ++count), *err = NULL;
    s->st = store_open(path, &err);
    free(path);
    free(err);
    s->cat = catalog_load((const char *const[]){KIT_SCENARIOS, NULL});
    if (!s->st || catalog_find(s->cat, "first-bugfix") < 0 || catalog_find(s->cat, "merge-conflict") < 0) return false;
    char *settings = xasprintf("%s/config-%d/worksim/settings", testlib_temp_dir(), count);
    UiShellOptions so = {.catalog = s->cat, .store = s->st, .learner = "dana", .highlight = "first-bugfix",
                         .hooks = {.ud = s, .start_run = start_run, .end_run = end_run}, .settings_path = settings};
    s->shell = ui_shell_new(&s->k.fonts, &so);
    s->settings = settings;
    kit_show(&s->k, (UiView){.title = "shell", .self = s->shell, .render = shell_render, .handle_event = shell_event,
                             .free = shell_free});
    kit_render(&s->k);
    return true;
}

static void session_close(Session *s)
{
    Run *run = ui_shell_run(s->shell);
    if (run && !run_is_finished(run)) run_finish(run, "the test ends");
    while (run && !run_is_finished(run) && loop_run_once(s->k.loop, 1000)) {}
    kit_close(&s->k);   /* frees the shell, which ends the run through end_run */
    catalog_free(s->cat);
    store_close(s->st);
    free(s->settings);
}

/* Ctrl+Q twice and the grading, then a frame. */
static void finish_by_keys(Session *s)
{
    kit_key_mod(&s->k, SDLK_q, KMOD_LCTRL);
    CHECK(!run_is_finished(ui_shell_run(s->shell)));   /* one press only arms it */
    kit_key_mod(&s->k, SDLK_q, KMOD_LCTRL);
    Run *run = ui_shell_run(s->shell);
    while (!run_is_finished(run) && loop_run_once(s->k.loop, 1000)) {}
    kit_render(&s->k);
}

static void test_shell_starts_a_run_from_the_home_and_comes_back(void)
{
    Session s;
    REQUIRE(session_open(&s));
    CHECK(ui_shell_run(s.shell) == NULL);
    const CatalogEntry *fb = &s.cat->entries[catalog_find(s.cat, "first-bugfix")];
    CHECK_INT_EQ(fb->attempts, 0);
    kit_key(&s.k, SDLK_RETURN);   /* the highlighted first-bugfix: its detail */
    CHECK(ui_home_detail_open(ui_shell_home(s.shell)));
    kit_key(&s.k, SDLK_RETURN);   /* Start */
    REQUIRE(ui_shell_run(s.shell) != NULL);
    CHECK_INT_EQ(s.started, 1);
    CHECK_STR_EQ(run_scenario(ui_shell_run(s.shell))->id, "first-bugfix");
    CHECK_STR_EQ(run_learner(ui_shell_run(s.shell)), "dana");
    kit_render(&s.k);
    finish_by_keys(&s);
    UiDesktop *desk = ui_shell_desktop(s.shell);
    REQUIRE(desk);
    CHECK(ui_desktop_app(desk) == UI_APP_RESULTS);
    CHECK(ui_desktop_after_button(desk, UI_DESKTOP_HOME).w > 0);
    CHECK(ui_desktop_after_button(desk, UI_DESKTOP_RETRY).w > 0);
    CHECK(kit_snapshot(&s.k, "shell-results.png"));
    /* Results offers what comes next: first-bugfix is step 4 of backend-first-weeks, whose
     * first step (api-debug, unlocked, not passed) comes next; Tab moves to Try again and
     * Home, Left back; the focus starts on Next in track. */
    const UiView *results = ui_desktop_view(desk, UI_APP_RESULTS);
    REQUIRE(results);
    CHECK(ui_score_button(results->self, UI_SCORE_NEXT).w > 0);
    CHECK(ui_score_button(results->self, UI_SCORE_RETRY).w > 0);
    CHECK(ui_score_focused(results->self) == UI_SCORE_NEXT);
    char *text = ui_score_text(results->self, true);
    CHECK_CONTAINS(text, "Next in track: The sync that gets 401");
    free(text);
    kit_key(&s.k, SDLK_TAB);
    CHECK(ui_score_focused(results->self) == UI_SCORE_RETRY);
    kit_key(&s.k, SDLK_TAB);
    CHECK(ui_score_focused(results->self) == UI_SCORE_HOME);
    kit_key(&s.k, SDLK_TAB);
    CHECK(ui_score_focused(results->self) == UI_SCORE_NEXT);
    CHECK(ui_shell_run(s.shell) != NULL);
    kit_click(&s.k, ui_desktop_after_button(desk, UI_DESKTOP_HOME));
    CHECK(ui_shell_run(s.shell) == NULL);
    CHECK_INT_EQ(s.ended, 1);
    /* The finished run counts: one attempt, the score the run got. */
    fb = &s.cat->entries[catalog_find(s.cat, "first-bugfix")];
    CHECK_INT_EQ(fb->attempts, 1);
    CHECK(!fb->passed);
    CHECK_INT_EQ(ui_home_selected(ui_shell_home(s.shell)), catalog_find(s.cat, "first-bugfix"));
    kit_render(&s.k);
    CHECK(kit_snapshot(&s.k, "shell-home-after.png"));
    session_close(&s);
}

static void test_shell_try_again_begins_the_same_scenario_anew(void)
{
    Session s;
    REQUIRE(session_open(&s));
    char *err = NULL;
    REQUIRE(ui_shell_start(s.shell, "merge-conflict", &err));
    Run *first = ui_shell_run(s.shell);
    kit_render(&s.k);
    finish_by_keys(&s);
    kit_key_mod(&s.k, SDLK_r, KMOD_LCTRL);
    CHECK_INT_EQ(s.ended, 1);
    CHECK_INT_EQ(s.started, 2);
    Run *second = ui_shell_run(s.shell);
    REQUIRE(second);
    CHECK(!run_is_finished(second));
    CHECK_STR_EQ(run_scenario(second)->id, "merge-conflict");
    (void)first;
    /* Next in track (Enter on Results, the focus on it) begins the track's next step. */
    finish_by_keys(&s);
    const UiView *results = ui_desktop_view(ui_shell_desktop(s.shell), UI_APP_RESULTS);
    REQUIRE(results && ui_score_focused(results->self) == UI_SCORE_NEXT);
    kit_key(&s.k, SDLK_RETURN);
    CHECK_INT_EQ(s.started, 3);
    second = ui_shell_run(s.shell);
    REQUIRE(second);
    CHECK_STR_EQ(run_scenario(second)->id, "api-debug");
    /* Ctrl+R and Ctrl+H do nothing while the run goes on. */
    kit_key_mod(&s.k, SDLK_h, KMOD_LCTRL);
    CHECK(ui_shell_run(s.shell) == second);
    /* A scenario that does not exist leaves the learner on the home with why. */
    finish_by_keys(&s);
    kit_key_mod(&s.k, SDLK_h, KMOD_LCTRL);
    CHECK(!ui_shell_start(s.shell, "no-such-scenario", &err));
    CHECK(err != NULL);
    free(err);
    CHECK(ui_shell_error(s.shell) != NULL);
    CHECK(ui_shell_run(s.shell) == NULL);
    session_close(&s);
}

static void test_shell_help_overlay_and_text_size_are_remembered(void)
{
    Session s;
    REQUIRE(session_open(&s));
    kit_key(&s.k, SDLK_F1);
    CHECK(ui_shell_help_shown(s.shell));
    kit_render(&s.k);
    CHECK(kit_snapshot(&s.k, "shell-help.png"));
    kit_key(&s.k, SDLK_TAB);   /* keys do nothing under the help */
    CHECK(ui_home_focus(ui_shell_home(s.shell)) == UI_HOME_FOCUS_CARDS);
    kit_key(&s.k, SDLK_ESCAPE);
    CHECK(!ui_shell_help_shown(s.shell));
    kit_key_mod(&s.k, SDLK_SLASH, KMOD_LCTRL);
    CHECK(ui_shell_help_shown(s.shell));
    kit_key_mod(&s.k, SDLK_SLASH, KMOD_LCTRL);
    CHECK(!ui_shell_help_shown(s.shell));
    /* Every shortcut the views implement is listed. */
    char *help = ui_help_text();
    CHECK_CONTAINS(help, "Ctrl+Q twice");
    CHECK_CONTAINS(help, "Alt+Up");
    CHECK_CONTAINS(help, "Ctrl+= / Ctrl+-");
    CHECK_CONTAINS(help, "Ctrl+H: History");        /* the home's history and the replay's keys */
    CHECK_CONTAINS(help, "[Replay (read-only)]");
    CHECK_CONTAINS(help, "1, 4, 6 or +, -: speed");
    free(help);

    /* Ctrl+= makes the text larger at once and writes the settings file; loading it gives the
     * same size; Ctrl+0 goes back. */
    int before = s.k.fonts.ui_h;
    kit_key_mod(&s.k, SDLK_EQUALS, KMOD_LCTRL);
    kit_key_mod(&s.k, SDLK_EQUALS, KMOD_LCTRL);
    CHECK(s.k.fonts.ui_h > before);
    kit_render(&s.k);
    CHECK(kit_snapshot(&s.k, "shell-home-larger.png"));
    UiSettings got;
    char *warning = NULL;
    ui_settings_load(&got, s.settings, &warning);
    CHECK(warning == NULL);
    CHECK(got.font_scale > 1.19 && got.font_scale < 1.21);
    kit_key_mod(&s.k, SDLK_0, KMOD_LCTRL);
    CHECK_INT_EQ(s.k.fonts.ui_h, before);
    ui_settings_load(&got, s.settings, &warning);
    CHECK(got.font_scale == 1.0);
    session_close(&s);
}

static void test_settings_file_errors_give_defaults_and_one_warning(void)
{
    char *path = xasprintf("%s/settings-bad", testlib_temp_dir());
    UiSettings s;
    char *warning = NULL;
    ui_settings_load(&s, path, &warning);   /* missing: defaults, quietly */
    CHECK(s.font_scale == 1.0 && warning == NULL);
    const char *bad[] = {"font_scale = 1.3\nfont_sclae = 1.2\n", "font_scale = huge\n", "font_scale = 9\n",
                         "just words\n"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        REQUIRE(util_write_file(path, bad[i], strlen(bad[i]), NULL));
        ui_settings_load(&s, path, &warning);
        CHECK(s.font_scale == 1.0);
        REQUIRE(warning);
        CHECK_CONTAINS(warning, path);
        CHECK_CONTAINS(warning, "using the default settings");
        CHECK(!strchr(warning, '\n'));
        free(warning);
        warning = NULL;
    }
    const char *good = "# comment\n\n  font_scale = 1.4   # larger\n";
    REQUIRE(util_write_file(path, good, strlen(good), NULL));
    ui_settings_load(&s, path, &warning);
    CHECK(warning == NULL && s.font_scale == 1.4);
    /* The place follows XDG_CONFIG_HOME, a relative one ignored. */
    setenv("XDG_CONFIG_HOME", "/tmp/cfg", 1);
    char *p = ui_settings_path();
    CHECK_STR_EQ(p, "/tmp/cfg/worksim/settings");
    free(p);
    setenv("XDG_CONFIG_HOME", "relative", 1);
    setenv("HOME", "/home/x", 1);
    p = ui_settings_path();
    CHECK_STR_EQ(p, "/home/x/.config/worksim/settings");
    free(p);
    free(path);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_shell_starts_a_run_from_the_home_and_comes_back),
        TEST_CASE(test_shell_try_again_begins_the_same_scenario_anew),
        TEST_CASE(test_shell_help_overlay_and_text_size_are_remembered),
        TEST_CASE(test_settings_file_errors_give_defaults_and_one_warning),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
