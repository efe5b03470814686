/* test_ui_desktop.c: the desktop's chrome on a real run of the catalog's first-bugfix
 * (bubblewrap sandbox, scripted colleagues), drawn into a software renderer without a
 * display: the taskbar and Ctrl+digit switch apps, badges count what the learner has not
 * seen, Finish needs a second click, and the run's end brings up the Results app.
 * PNGs of every app land in the test's temp folder for a human look. */
#define _GNU_SOURCE
#include "ui_view_kit.h"

#include "ui/ui_chat.h"
#include "ui/ui_desktop.h"
#include "ui/ui_term.h"
#include "ui/ui_terminal_view.h"

enum { W = 1280, H = 800 };

/* The whole desktop as the kit's view: drawn on the whole surface, taking every event. */
static void desk_render(void *self, UiDraw *d, SDL_Rect area) { ui_desktop_render(self, d->r, area.w, area.h); }

static bool desk_event(void *self, const SDL_Event *ev, SDL_Rect area)
{
    (void)area;
    return ui_desktop_handle_event(self, ev);
}

static void desk_free(void *self) { ui_desktop_free(self); }

/* first-bugfix played on the desktop; the desktop is desk(&k). */
static bool desk_open(Kit *k)
{
    RunOptions ro = {.mode = "play", .sandbox = {.backend = SANDBOX_NS}};
    if (!kit_canvas(k, W, H) || !kit_start(k, KIT_SCENARIOS "/first-bugfix", ro)) return false;
    UiDesktop *desk = ui_desktop_new(k->run, &k->fonts);
    if (!desk) return false;
    kit_show(k, (UiView){.title = "desktop", .self = desk, .render = desk_render, .handle_event = desk_event,
                         .free = desk_free});
    return true;
}

static UiDesktop *desk(Kit *k) { return k->view.self; }

static void snapshot(Kit *k, const char *name)
{
    kit_render(k);
    CHECK(kit_snapshot(k, name));
}

static void test_ui_desktop_switches_apps_by_taskbar_and_keys(void)
{
    Kit k;
    REQUIRE(desk_open(&k));
    kit_render(&k);
    CHECK(ui_desktop_app(desk(&k)) == UI_APP_TICKETS);
    for (int i = 0; i < UI_APP_RESULTS; i++) CHECK(ui_desktop_app_button(desk(&k), (UiApp)i).w > 0);
    CHECK(ui_desktop_app_button(desk(&k), UI_APP_RESULTS).w == 0);   /* no Results while the run goes on */
    snapshot(&k, "desktop-tickets.png");
    kit_click(&k, ui_desktop_app_button(desk(&k), UI_APP_CHAT));
    CHECK(ui_desktop_app(desk(&k)) == UI_APP_CHAT);
    snapshot(&k, "desktop-chat.png");
    kit_key_mod(&k, SDLK_4, KMOD_LCTRL);
    CHECK(ui_desktop_app(desk(&k)) == UI_APP_REVIEW);
    kit_key_mod(&k, SDLK_3, KMOD_LCTRL);
    CHECK(ui_desktop_app(desk(&k)) == UI_APP_TERMINAL);
    kit_key_mod(&k, SDLK_5, KMOD_LCTRL);   /* Results does not exist yet: nothing changes */
    CHECK(ui_desktop_app(desk(&k)) == UI_APP_TERMINAL);
    /* The selected entry is drawn in the accent colour, the others are not. */
    SDL_Rect term = ui_desktop_app_button(desk(&k), UI_APP_TERMINAL), chat = ui_desktop_app_button(desk(&k), UI_APP_CHAT);
    kit_render(&k);
    CHECK(!kit_is(kit_pixel(&k, term.x + 4, term.y + 4), kit_pixel(&k, chat.x + 4, chat.y + 4)));
    kit_close(&k);
}

static void test_ui_desktop_badges_count_unseen_colleague_messages(void)
{
    Kit k;
    REQUIRE(desk_open(&k));
    kit_render(&k);
    int n_msgs = 0;
    run_messages(k.run, &n_msgs);
    REQUIRE(n_msgs > 0);   /* first-bugfix's colleague greets the learner at the start */
    int before = ui_desktop_badge(desk(&k), UI_APP_CHAT);
    CHECK(before > 0);
    /* Showing Chat marks read only the conversation on screen; opening each one reads all. */
    ui_desktop_show(desk(&k), UI_APP_CHAT);
    kit_render(&k);
    const Scenario *sc = run_scenario(k.run);
    for (int i = 0; i < sc->n_channels + sc->n_cast; i++) {
        kit_click(&k, ui_chat_row_rect(sc, ui_desktop_main_area(desk(&k)), i));
        kit_render(&k);
    }
    CHECK_INT_EQ(ui_desktop_badge(desk(&k), UI_APP_CHAT), 0);
    CHECK_INT_EQ(ui_desktop_badge(desk(&k), UI_APP_TICKETS), 0);   /* the starting view was on screen */
    kit_close(&k);
}

static void test_ui_desktop_finish_needs_a_second_click_then_shows_results(void)
{
    Kit k;
    REQUIRE(desk_open(&k));
    kit_render(&k);
    SDL_Rect fin = ui_desktop_finish_button(desk(&k));
    REQUIRE(fin.w > 0);
    kit_click(&k, fin);
    loop_run_until_idle(k.loop, NULL);
    CHECK(!run_is_finished(k.run));
    kit_render(&k);
    kit_click(&k, ui_desktop_finish_button(desk(&k)));
    for (int i = 0; i < 2000 && !run_is_finished(k.run); i++) loop_run_once(k.loop, 50);
    REQUIRE(run_is_finished(k.run));
    kit_render(&k);
    CHECK(ui_desktop_app(desk(&k)) == UI_APP_RESULTS);
    CHECK(ui_desktop_app_button(desk(&k), UI_APP_RESULTS).w > 0);
    snapshot(&k, "desktop-results.png");
    /* The learner can still look at the other apps after the end. */
    kit_key_mod(&k, SDLK_1, KMOD_LCTRL);
    CHECK(ui_desktop_app(desk(&k)) == UI_APP_CHAT);
    kit_close(&k);
}

static void test_ui_desktop_toast_shows_a_new_message_and_opens_chat(void)
{
    Kit k;
    REQUIRE(desk_open(&k));
    kit_render(&k);
    CHECK(!ui_desktop_toast_visible(desk(&k)));   /* the greetings came before the desktop */
    char *err = NULL;
    REQUIRE(run_learner_say(k.run, "priya", "Hi Priya, I'm picking up SHOP-142 now", &err));
    loop_run_until_idle(k.loop, NULL);
    kit_render(&k);
    REQUIRE(ui_desktop_toast_visible(desk(&k)));   /* Priya's scripted reply, while Tickets is shown */
    snapshot(&k, "desktop-toast.png");
    SDL_Rect toast = ui_desktop_toast(desk(&k));
    CHECK(toast.w > 0 && toast.h > 0);
    kit_click(&k, toast);
    CHECK(ui_desktop_app(desk(&k)) == UI_APP_CHAT);
    kit_render(&k);
    CHECK(!ui_desktop_toast_visible(desk(&k)));
    kit_close(&k);
}

static void test_ui_desktop_people_row_opens_a_direct_message(void)
{
    Kit k;
    REQUIRE(desk_open(&k));
    kit_render(&k);
    const Scenario *sc = run_scenario(k.run);
    int marco = -1;
    for (int i = 0; i < sc->n_cast; i++)
        if (strcmp(sc->cast[i].id, "marco") == 0) marco = i;
    REQUIRE(marco >= 0);
    SDL_Rect row = ui_desktop_person(desk(&k), marco);
    REQUIRE(row.w > 0);
    kit_click(&k, row);
    CHECK(ui_desktop_app(desk(&k)) == UI_APP_CHAT);
    kit_render(&k);
    kit_type(&k, "Marco, where do the ");   /* SDL splits text input into <= 31-byte events */
    kit_type(&k, "pricing tests live?");
    kit_key(&k, SDLK_RETURN);
    kit_idle(&k);
    CHECK_INT_EQ(kit_messages(&k, "learner", "marco", NULL, "pricing tests"), 1);
    CHECK_INT_EQ(kit_messages(&k, "learner", "priya", NULL, "pricing tests"), 0);
    kit_close(&k);
}

/* A drag that starts in the terminal and leaves the app (over the taskbar) still drives the
 * terminal's selection, and the release out there ends it. */
static void test_ui_desktop_drag_out_of_the_app_keeps_selecting(void)
{
    Kit k;
    REQUIRE(desk_open(&k));
    kit_key_mod(&k, SDLK_3, KMOD_LCTRL);
    kit_render(&k);   /* attaches the terminal to the learner's shell */
    REQUIRE(run_learner_sh(k.run, "printf 'first-row\\nsecond-row\\nthird-row\\n'", 30, NULL));
    kit_idle(&k);
    kit_render(&k);
    UiTerm *term = ui_terminal_view_term(ui_desktop_view(desk(&k), UI_APP_TERMINAL));
    REQUIRE(term);
    char *screen = ui_term_screen_text(term);
    CHECK_CONTAINS(screen, "third-row");
    free(screen);
    SDL_Rect main = ui_desktop_main_area(desk(&k));
    const UiFonts *f = &k.fonts;
    int x0 = main.x + UI_TERM_PAD + 1, y0 = main.y + UI_TERM_PAD + f->mono_h / 2;
    SDL_Event ev = {0};
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = x0, ev.button.y = y0;
    kit_send(&k, &ev);
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_MOUSEMOTION;   /* right along the first row */
    ev.motion.state = SDL_BUTTON_LMASK;
    ev.motion.x = x0 + 8 * f->mono_w, ev.motion.y = y0;
    kit_send(&k, &ev);
    char *inside = ui_term_selection_text(term);
    ev.motion.x = 40, ev.motion.y = main.y + UI_TERM_PAD + 4 * f->mono_h + f->mono_h / 2;   /* over the taskbar, 4 rows down */
    kit_send(&k, &ev);
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_MOUSEBUTTONUP;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = 40, ev.button.y = main.y + UI_TERM_PAD + 4 * f->mono_h + f->mono_h / 2;
    kit_send(&k, &ev);
    char *outside = ui_term_selection_text(term);
    REQUIRE(inside && outside);
    CHECK(strlen(outside) > strlen(inside));   /* the drag outside extended it over more rows */
    CHECK_CONTAINS(outside, "first-row");
    /* Released: moving back inside with no button changes nothing. */
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_MOUSEMOTION;
    ev.motion.x = x0 + 3 * f->mono_w, ev.motion.y = y0;
    kit_send(&k, &ev);
    char *after = ui_term_selection_text(term);
    CHECK_STR_EQ(after, outside);
    free(inside), free(outside), free(after);
    kit_close(&k);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_ui_desktop_switches_apps_by_taskbar_and_keys),
        TEST_CASE(test_ui_desktop_badges_count_unseen_colleague_messages),
        TEST_CASE(test_ui_desktop_finish_needs_a_second_click_then_shows_results),
        TEST_CASE(test_ui_desktop_toast_shows_a_new_message_and_opens_chat),
        TEST_CASE(test_ui_desktop_people_row_opens_a_direct_message),
        TEST_CASE(test_ui_desktop_drag_out_of_the_app_keeps_selecting),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
