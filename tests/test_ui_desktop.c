/* test_ui_desktop.c: the desktop's chrome on a real run of the catalog's first-bugfix
 * (bubblewrap sandbox, scripted colleagues), drawn into a software renderer without a
 * display: the taskbar and Ctrl+digit switch apps, badges count what the learner has not
 * seen, Finish needs a second click, and the run's end brings up the Results app.
 * PNGs of every app land in the test's temp folder for a human look. */
#define _GNU_SOURCE
#include "testlib.h"

#include "ui/ui_chat.h"
#include "ui/ui_desktop.h"
#include "ui/ui_fonts.h"
#include "util/util.h"

#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { W = 1280, H = 800 };

typedef struct Desk {
    Loop *loop;
    Run *run;
    UiFonts fonts;
    SDL_Surface *surface;
    SDL_Renderer *r;
    UiDesktop *desk;
} Desk;

static bool desk_open(Desk *t)
{
    memset(t, 0, sizeof *t);
    char *err = NULL;
    Scenario *sc = scenario_load(WORKSIM_SOURCE_DIR "/scenarios/first-bugfix", &err);
    if (!sc) {
        fprintf(stderr, "  %s\n", err);
        free(err);
        return false;
    }
    t->loop = loop_new(true);
    RunOptions ro = {.mode = "play", .loop = t->loop, .sandbox = {.backend = SANDBOX_NS}};
    t->run = run_start(sc, &ro);
    loop_run_until_idle(t->loop, NULL);
    if (!ui_fonts_open(&t->fonts, &err)) {
        fprintf(stderr, "  %s\n", err);
        free(err);
        return false;
    }
    t->surface = SDL_CreateRGBSurfaceWithFormat(0, W, H, 32, SDL_PIXELFORMAT_ARGB8888);
    t->r = SDL_CreateSoftwareRenderer(t->surface);
    t->desk = ui_desktop_new(t->run, &t->fonts);
    return t->r && t->desk;
}

static void desk_close(Desk *t)
{
    ui_desktop_free(t->desk);
    if (t->r) SDL_DestroyRenderer(t->r);
    SDL_FreeSurface(t->surface);
    ui_fonts_close(&t->fonts);
    TTF_Quit();
    run_free(t->run);
    loop_free(t->loop);
    SDL_Quit();
}

static void render(Desk *t) { ui_desktop_render(t->desk, t->r, W, H); }

static void snapshot(Desk *t, const char *name)
{
    render(t);
    const char *dir = getenv("WORKSIM_UI_SHOTS");   /* keep them for a look; else the temp dir */
    char *path = xasprintf("%s/desktop-%s.png", dir && *dir ? dir : testlib_temp_dir(), name);
    CHECK(IMG_SavePNG(t->surface, path) == 0);
    fprintf(stderr, "  snapshot: %s\n", path);
    free(path);
}

static void click(Desk *t, SDL_Rect r)
{
    SDL_Event ev = {0};
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = r.x + r.w / 2;
    ev.button.y = r.y + r.h / 2;
    ui_desktop_handle_event(t->desk, &ev);
    ev.type = SDL_MOUSEBUTTONUP;
    ui_desktop_handle_event(t->desk, &ev);
}

static void key(Desk *t, SDL_Keycode sym, Uint16 mod)
{
    SDL_Event ev = {0};
    ev.type = SDL_KEYDOWN;
    ev.key.keysym.sym = sym;
    ev.key.keysym.mod = mod;
    ui_desktop_handle_event(t->desk, &ev);
}

static uint32_t pixel(Desk *t, int x, int y) { return ((uint32_t *)t->surface->pixels)[y * (t->surface->pitch / 4) + x]; }

static void test_ui_desktop_switches_apps_by_taskbar_and_keys(void)
{
    Desk t;
    REQUIRE(desk_open(&t));
    render(&t);
    CHECK(ui_desktop_app(t.desk) == UI_APP_TICKETS);
    for (int i = 0; i < UI_APP_RESULTS; i++) CHECK(ui_desktop_app_button(t.desk, (UiApp)i).w > 0);
    CHECK(ui_desktop_app_button(t.desk, UI_APP_RESULTS).w == 0);   /* no Results while the run goes on */
    snapshot(&t, "tickets");
    click(&t, ui_desktop_app_button(t.desk, UI_APP_CHAT));
    CHECK(ui_desktop_app(t.desk) == UI_APP_CHAT);
    snapshot(&t, "chat");
    key(&t, SDLK_4, KMOD_LCTRL);
    CHECK(ui_desktop_app(t.desk) == UI_APP_REVIEW);
    key(&t, SDLK_3, KMOD_LCTRL);
    CHECK(ui_desktop_app(t.desk) == UI_APP_TERMINAL);
    key(&t, SDLK_5, KMOD_LCTRL);   /* Results does not exist yet: nothing changes */
    CHECK(ui_desktop_app(t.desk) == UI_APP_TERMINAL);
    /* The selected entry is drawn in the accent colour, the others are not. */
    SDL_Rect term = ui_desktop_app_button(t.desk, UI_APP_TERMINAL), chat = ui_desktop_app_button(t.desk, UI_APP_CHAT);
    render(&t);
    CHECK(pixel(&t, term.x + 4, term.y + 4) != pixel(&t, chat.x + 4, chat.y + 4));
    desk_close(&t);
}

static void test_ui_desktop_badges_count_unseen_colleague_messages(void)
{
    Desk t;
    REQUIRE(desk_open(&t));
    render(&t);
    int n_msgs = 0;
    run_messages(t.run, &n_msgs);
    REQUIRE(n_msgs > 0);   /* first-bugfix's colleague greets the learner at the start */
    int before = ui_desktop_badge(t.desk, UI_APP_CHAT);
    CHECK(before > 0);
    /* Showing Chat marks read only the conversation on screen; opening each one reads all. */
    ui_desktop_show(t.desk, UI_APP_CHAT);
    render(&t);
    const Scenario *sc = run_scenario(t.run);
    for (int i = 0; i < sc->n_channels + sc->n_cast; i++) {
        click(&t, ui_chat_row_rect(sc, ui_desktop_main_area(t.desk), i));
        render(&t);
    }
    CHECK_INT_EQ(ui_desktop_badge(t.desk, UI_APP_CHAT), 0);
    CHECK_INT_EQ(ui_desktop_badge(t.desk, UI_APP_TICKETS), 0);   /* the starting view was on screen */
    desk_close(&t);
}

static void test_ui_desktop_finish_needs_a_second_click_then_shows_results(void)
{
    Desk t;
    REQUIRE(desk_open(&t));
    render(&t);
    SDL_Rect fin = ui_desktop_finish_button(t.desk);
    REQUIRE(fin.w > 0);
    click(&t, fin);
    loop_run_until_idle(t.loop, NULL);
    CHECK(!run_is_finished(t.run));
    render(&t);
    click(&t, ui_desktop_finish_button(t.desk));
    for (int i = 0; i < 2000 && !run_is_finished(t.run); i++) loop_run_once(t.loop, 50);
    REQUIRE(run_is_finished(t.run));
    render(&t);
    CHECK(ui_desktop_app(t.desk) == UI_APP_RESULTS);
    CHECK(ui_desktop_app_button(t.desk, UI_APP_RESULTS).w > 0);
    snapshot(&t, "results");
    /* The learner can still look at the other apps after the end. */
    key(&t, SDLK_1, KMOD_LCTRL);
    CHECK(ui_desktop_app(t.desk) == UI_APP_CHAT);
    desk_close(&t);
}

static void test_ui_desktop_toast_shows_a_new_message_and_opens_chat(void)
{
    Desk t;
    REQUIRE(desk_open(&t));
    render(&t);
    CHECK(!ui_desktop_toast_visible(t.desk));   /* the greetings came before the desktop */
    char *err = NULL;
    REQUIRE(run_learner_say(t.run, "priya", "Hi Priya, I'm picking up SHOP-142 now", &err));
    loop_run_until_idle(t.loop, NULL);
    render(&t);
    REQUIRE(ui_desktop_toast_visible(t.desk));   /* Priya's scripted reply, while Tickets is shown */
    snapshot(&t, "toast");
    SDL_Rect toast = ui_desktop_toast(t.desk);
    CHECK(toast.w > 0 && toast.h > 0);
    click(&t, toast);
    CHECK(ui_desktop_app(t.desk) == UI_APP_CHAT);
    render(&t);
    CHECK(!ui_desktop_toast_visible(t.desk));
    desk_close(&t);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_ui_desktop_switches_apps_by_taskbar_and_keys),
        TEST_CASE(test_ui_desktop_badges_count_unseen_colleague_messages),
        TEST_CASE(test_ui_desktop_finish_needs_a_second_click_then_shows_results),
        TEST_CASE(test_ui_desktop_toast_shows_a_new_message_and_opens_chat),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
