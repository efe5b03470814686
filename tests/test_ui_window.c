/* test_ui_window.c: the window's frame loop (ui_window.c, issue 11's benchmarks). Timed
 * redraws: the earliest time asked for wins and is reported once; the desktop's clock asks
 * for the next minute, not the next second. A flood of shell output in the real window
 * (SDL's dummy driver, a real first-bugfix run on ns): frames go on being drawn while it
 * lasts, and keys typed meanwhile reach the shell (the tty echoes them among the flood, but
 * drops echoes while its output buffer is full, so that is not checked): the flood is a loop that
 * ends only when a typed line arrives, so nothing here is timed; a flood that starved the
 * keys would never end and the test would fail at its limit. */
#define _GNU_SOURCE
#include "ui_window_kit.h"

#include "ui/ui_redraw.h"

static void test_timed_redraws(void)
{
    REQUIRE(SDL_Init(0) == 0);
    ui_redraw_take(SDL_GetTicks());   /* whatever an earlier frame asked for */
    while (ui_redraw_wait_ms(SDL_GetTicks()) >= 0) ui_redraw_take(SDL_GetTicks() + 600000);
    uint32_t now = SDL_GetTicks();
    CHECK_INT_EQ(ui_redraw_wait_ms(now), -1);
    CHECK(!ui_redraw_take(now));
    ui_redraw_in(5000);
    ui_redraw_in(60000);   /* later: the 5 s one stays */
    int wait = ui_redraw_wait_ms(now);
    CHECK(wait > 4000 && wait <= 5000 + 50);
    CHECK(!ui_redraw_take(now));                    /* not yet */
    CHECK(ui_redraw_take(now + 5100));              /* come: once */
    CHECK(!ui_redraw_take(now + 5200));
    CHECK_INT_EQ(ui_redraw_wait_ms(now), -1);
    ui_redraw_request();
    CHECK(ui_redraw_take(now));
    CHECK(!ui_redraw_take(now));
    SDL_Quit();
}

static bool no_toast(WindowKit *k, void *ud)
{
    (void)ud;
    return !ui_desktop_toast_visible(ui_shell_desktop(ui_window_shell(k->w)));
}

/* A drawn frame of the desktop asks to be drawn again at the clock's next minute at the
 * latest, and not within the next second (the clock shows minutes until the last five). */
static void test_the_clock_asks_for_its_next_minute(void)
{
    WindowKit k;
    REQUIRE(wkit_open(&k, "first-bugfix"));
    REQUIRE(wkit_terminal_ready(&k));
    Run *run = wkit_run(&k);
    REQUIRE(run != NULL);
    wkit_key(SDLK_2, KMOD_LCTRL);   /* Tickets: nothing there changes by itself */
    REQUIRE(wkit_turn_until(&k, no_toast, NULL, 60));   /* a colleague's greeting goes after 6 s */
    ui_redraw_take(SDL_GetTicks());
    while (ui_redraw_wait_ms(SDL_GetTicks()) >= 0) ui_redraw_take(SDL_GetTicks() + 600000);
    ui_redraw_request();
    long frames = ui_window_frames(k.w);
    while (ui_window_frames(k.w) == frames) REQUIRE(ui_window_turn(k.w));
    double elapsed = run_elapsed(run);
    int wait = ui_redraw_wait_ms(SDL_GetTicks());
    double to_minute = 60 - ((int)elapsed % 60);   /* 45 min left of 45: the next change */
    CHECK(wait > 0);
    CHECK(wait <= to_minute * 1000 + 50);
    CHECK(wait >= 1000 || to_minute < 1.5);
    wkit_close(&k);
}

static bool screen_has(WindowKit *k, void *needle)
{
    char *text = ui_term_screen_text(wkit_term(k));
    bool has = strstr(text, needle) != NULL;
    free(text);
    return has;
}

typedef struct FramesSince {
    long from;
    int more;
} FramesSince;

static bool drew_more_frames(WindowKit *k, void *ud)
{
    FramesSince *f = ud;
    return ui_window_frames(k->w) >= f->from + f->more && screen_has(k, "flood flood");
}

static void test_keys_typed_during_a_flood_reach_the_shell(void)
{
    WindowKit k;
    REQUIRE(wkit_open(&k, "first-bugfix"));
    REQUIRE(wkit_terminal_ready(&k));
    /* Output until a whole line can be read (the tty in its cooked mode: after Enter). */
    wkit_type("while ! read -t 0; do echo flood flood flood flood flood; done; read x; echo got:$x");
    wkit_key(SDLK_RETURN, KMOD_NONE);
    REQUIRE(wkit_turn_until(&k, screen_has, "flood flood", 60));
    FramesSince f = {ui_window_frames(k.w), 3};
    CHECK(wkit_turn_until(&k, drew_more_frames, &f, 60));   /* frames go on during the flood */
    wkit_type("MARKER");
    wkit_key(SDLK_RETURN, KMOD_NONE);
    CHECK(wkit_turn_until(&k, wkit_prompt_after, "got:MARKER", 60));
    wkit_close(&k);
}

int main(int argc, char **argv)
{
    static const TestCase cases[] = {
        TEST_CASE(test_timed_redraws),
        TEST_CASE(test_the_clock_asks_for_its_next_minute),
        TEST_CASE(test_keys_typed_during_a_flood_reach_the_shell),
    };
    return testlib_main(argc, argv, cases, sizeof cases / sizeof cases[0]);
}
