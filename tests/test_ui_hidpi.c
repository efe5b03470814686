/* test_ui_hidpi.c: sizes on high-density screens (issue 11 item 5): the display scale as a
 * pure function of the window's logical width, its pixel width and the display's DPI
 * (hand-computed cases: a 2x Retina, X11 at 96, 120, 144 DPI, a wrong DPI, the clamps); mouse
 * positions turned into pixels; fonts opened at the remembered text size times the display
 * scale; in the window's shell, Ctrl+= changes and saves the remembered size only (the
 * display's part stays out of the settings file); and at twice the scale the top bars of the
 * home, the history and replay screens and a run's desktop, their buttons and the desktop's
 * app column are twice as large, read back from the pixels and the hit-test rects. */
#define _GNU_SOURCE
#include "ui_view_kit.h"

#include "core/catalog.h"
#include "ui/ui_desktop.h"
#include "ui/ui_hidpi.h"
#include "ui/ui_home.h"
#include "ui/ui_screen_bar.h"
#include "ui/ui_settings.h"
#include "ui/ui_shell.h"

#include <math.h>

static bool near(double a, double b) { return fabs(a - b) < 1e-9; }

static void test_display_scale_from_pixels_and_dpi(void)
{
    /* More pixels than logical units: their ratio, whatever the DPI says. */
    CHECK(near(ui_display_scale(1280, 2560, 0), 2.0));
    CHECK(near(ui_display_scale(1280, 2560, 96), 2.0));
    CHECK(near(ui_display_scale(1280, 1920, 220), 1.5));
    CHECK(near(ui_display_scale(1000, 5000, 0), UI_DISPLAY_SCALE_MAX));   /* clamped */
    /* Equal sizes (X11): the DPI against 96, to a quarter. */
    CHECK(near(ui_display_scale(1280, 1280, 96), 1.0));
    CHECK(near(ui_display_scale(1280, 1280, 120), 1.25));
    CHECK(near(ui_display_scale(1280, 1280, 144), 1.5));
    CHECK(near(ui_display_scale(1280, 1280, 192), 2.0));
    CHECK(near(ui_display_scale(1280, 1280, 110), 1.25));   /* 1.146 rounds to 1.25 */
    /* Never smaller than the default sizes; an unknown or absurd DPI is ignored. */
    CHECK(near(ui_display_scale(1280, 1280, 72), 1.0));
    CHECK(near(ui_display_scale(1280, 1280, 0), 1.0));
    CHECK(near(ui_display_scale(1280, 1280, 2000), 1.0));
    CHECK(near(ui_display_scale(0, 0, 144), 1.5));
    CHECK(near(ui_pixel_ratio(0, 1280), 1.0));
    CHECK(near(ui_pixel_ratio(1280, 2560), 2.0));
    /* On top of the remembered text size. */
    CHECK(near(ui_effective_font_scale(1.2, 2.0), 2.4));
    CHECK(near(ui_effective_font_scale(1.2, 0), 1.2));
    CHECK(near(ui_effective_font_scale(0, 1.5), 1.5));
}

static void test_mouse_positions_become_pixels(void)
{
    SDL_Event ev = {.motion = {.type = SDL_MOUSEMOTION, .x = 10, .y = 21}};
    ui_event_to_pixels(&ev, 2.0);
    CHECK_INT_EQ(ev.motion.x, 20);
    CHECK_INT_EQ(ev.motion.y, 42);
    ev = (SDL_Event){.button = {.type = SDL_MOUSEBUTTONDOWN, .x = 100, .y = 7}};
    ui_event_to_pixels(&ev, 1.5);
    CHECK_INT_EQ(ev.button.x, 150);
    CHECK_INT_EQ(ev.button.y, 11);   /* 10.5 rounds away from zero */
    ev = (SDL_Event){.wheel = {.type = SDL_MOUSEWHEEL, .y = 1, .mouseX = 30, .mouseY = 40}};
    ui_event_to_pixels(&ev, 2.0);
    CHECK_INT_EQ(ev.wheel.mouseX, 60);
    CHECK_INT_EQ(ev.wheel.y, 1);     /* the wheel's steps are no position */
    ev = (SDL_Event){.motion = {.type = SDL_MOUSEMOTION, .x = 10, .y = 21}};
    ui_event_to_pixels(&ev, 1.0);
    CHECK_INT_EQ(ev.motion.x, 10);
}

static void test_fonts_follow_the_display_and_the_text_size_is_saved_alone(void)
{
    Kit k;
    REQUIRE(kit_canvas(&k, 1280, 800));
    int base_h = k.fonts.ui_h;
    /* A 2x display with a remembered size of 1.2: the fonts open at 2.4. */
    UiFonts fonts;
    char *err = NULL;
    REQUIRE(ui_fonts_open_scaled(&fonts, ui_effective_font_scale(1.2, 2.0), &err));
    CHECK(near(fonts.scale, 2.4));
    CHECK(fonts.ui_h >= 2 * base_h);
    Catalog *cat = catalog_load((const char *const[]){KIT_SCENARIOS, NULL});
    char *settings = xasprintf("%s/hidpi/worksim/settings", testlib_temp_dir());
    UiShellOptions so = {.catalog = cat, .learner = "dana", .settings_path = settings, .display_scale = 2.0,
                         .hooks = {.start_run = kit_no_run, .end_run = kit_end_run}};
    UiShell *shell = ui_shell_new(&fonts, &so);
    ui_shell_render(shell, k.r, 1280, 800);
    SDL_Event key = {.key = {.type = SDL_KEYDOWN, .keysym = {.sym = SDLK_EQUALS, .mod = KMOD_LCTRL}}};
    ui_shell_handle_event(shell, &key);
    ui_shell_render(shell, k.r, 1280, 800);
    CHECK(near(round(fonts.scale * 100) / 100, 2.6));   /* 1.3 x 2 */
    UiSettings got;
    char *warning = NULL;
    ui_settings_load(&got, settings, &warning);
    CHECK(warning == NULL);
    CHECK(got.font_scale > 1.29 && got.font_scale < 1.31);   /* the display's part is not saved */
    key.key.keysym.sym = SDLK_0;
    ui_shell_handle_event(shell, &key);
    CHECK(near(round(fonts.scale * 100) / 100, 2.0));
    ui_shell_free(shell);
    ui_fonts_close(&fonts);
    catalog_free(cat);
    free(settings);
    free(warning);
    kit_close(&k);
}

static bool is_colour(SDL_Color got, SDL_Color want) { return got.r == want.r && got.g == want.g && got.b == want.b; }

/* The dark top bar covers rows 0 .. h-1 at the left edge (left of "worksim"), not row h. */
static void check_bar_height(Kit *k, int h)
{
    SDL_Color bar = {0x1f, 0x23, 0x2b, 0xff};
    CHECK(is_colour(kit_pixel(k, 3, 1), bar));
    CHECK(is_colour(kit_pixel(k, 3, h - 2), bar));
    CHECK(!is_colour(kit_pixel(k, 3, h + 1), bar));
}

static void test_bars_grow_with_the_display_scale(void)
{
    enum { SCALE = 2, W2 = 1280 * SCALE, H2 = 800 * SCALE, BAR = 48 * SCALE };
    Kit k;
    REQUIRE(kit_canvas(&k, W2, H2));
    UiFonts fonts;
    char *err = NULL;
    REQUIRE(ui_fonts_open_scaled(&fonts, ui_effective_font_scale(1.0, SCALE), &err));
    CHECK_INT_EQ(ui_screen_bar_height(&fonts), BAR);

    /* The home: its bar and the learner and History buttons in it. */
    Catalog *cat = catalog_load((const char *const[]){KIT_SCENARIOS, NULL});
    UiHome *home = ui_home_new(&fonts, cat);
    const char *names[] = {"dana"};
    ui_home_set_learners(home, "dana", names, 1);
    ui_home_render(home, k.r, W2, H2);
    check_bar_height(&k, BAR);
    SDL_Rect learner = ui_home_control_rect(home, UI_HOME_FOCUS_LEARNER), history = ui_home_history_button(home);
    CHECK_INT_EQ(learner.y, 8 * SCALE);
    CHECK_INT_EQ(learner.h, BAR - 16 * SCALE);
    CHECK(learner.h > fonts.ui_h);
    CHECK_INT_EQ(history.h, learner.h);
    CHECK(history.x + history.w <= learner.x - 12 * SCALE);
    CHECK(ui_home_card_rect(home, 0).y > BAR);
    ui_home_free(home);

    /* The history's and replay's bar. */
    UiDraw d = {k.r, &fonts, -1, -1};
    SDL_SetRenderDrawColor(k.r, 0xff, 0xff, 0xff, 0xff);
    SDL_RenderClear(k.r);
    SDL_Rect close = ui_screen_bar(&d, W2, "Replay", "read-only", "Close  Esc");
    check_bar_height(&k, BAR);
    CHECK_INT_EQ(close.h, BAR - 16 * SCALE);
    CHECK_INT_EQ(close.x + close.w, W2 - 12 * SCALE);

    /* A run's desktop: the bar, Finish in it, the app column and its rows. */
    RunOptions ro = {.mode = "play", .sandbox = {.backend = SANDBOX_NS}};
    REQUIRE(kit_start(&k, KIT_SCENARIOS "/first-bugfix", ro));
    UiDesktop *desk = ui_desktop_new(k.run, &fonts);
    REQUIRE(desk != NULL);
    ui_desktop_render(desk, k.r, W2, H2);
    check_bar_height(&k, BAR);
    SDL_Rect main_area = ui_desktop_main_area(desk), finish = ui_desktop_finish_button(desk);
    CHECK_INT_EQ(main_area.y, BAR);
    CHECK_INT_EQ(main_area.x, 212 * SCALE);
    CHECK_INT_EQ(finish.h, BAR - 16 * SCALE);
    SDL_Rect chat = ui_desktop_app_button(desk, UI_APP_CHAT);
    CHECK_INT_EQ(chat.h, 40 * SCALE);
    CHECK_INT_EQ(chat.w, (212 - 16) * SCALE);
    CHECK(is_colour(kit_pixel(&k, main_area.x - 2, H2 - 4), UI_SIDEBAR));
    ui_desktop_free(desk);
    ui_fonts_close(&fonts);
    catalog_free(cat);
    kit_close(&k);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_display_scale_from_pixels_and_dpi),
        TEST_CASE(test_mouse_positions_become_pixels),
        TEST_CASE(test_fonts_follow_the_display_and_the_text_size_is_saved_alone),
        TEST_CASE(test_bars_grow_with_the_display_scale),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
