/* test_ui_hidpi.c: sizes on high-density screens (issue 11 item 5): the display scale as a
 * pure function of the window's logical width, its pixel width and the display's DPI
 * (hand-computed cases: a 2x Retina, X11 at 96, 120, 144 DPI, a wrong DPI, the clamps); mouse
 * positions turned into pixels; fonts opened at the remembered text size times the display
 * scale; and in the window's shell, Ctrl+= changes and saves the remembered size only (the
 * display's part stays out of the settings file). */
#define _GNU_SOURCE
#include "ui_view_kit.h"

#include "core/catalog.h"
#include "ui/ui_hidpi.h"
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

static Run *no_run(void *ud, const char *scenario, const char *learner, char **err)
{
    (void)ud, (void)scenario, (void)learner;
    *err = xstrdup("no runs in this test");
    return NULL;
}

static void no_end(void *ud, Run *run)
{
    (void)ud;
    run_free(run);
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
                         .hooks = {.start_run = no_run, .end_run = no_end}};
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

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_display_scale_from_pixels_and_dpi),
        TEST_CASE(test_mouse_positions_become_pixels),
        TEST_CASE(test_fonts_follow_the_display_and_the_text_size_is_saved_alone),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
