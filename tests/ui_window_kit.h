/* ui_window_kit.h: the real window of `worksim play` (ui_window.h) in-process, for tests and
 * benchmarks of its frame loop: SDL's dummy driver (software renderer, no GL), a run of a catalog scenario on the
 * real clock (ns sandbox, scripted colleagues, no database), SDL events pushed into the queue
 * as the display server would deliver them, and turns of the loop until a condition holds on
 * the desktop's terminal. Header-only (static inline) like ui_view_kit.h. SDL_VIDEODRIVER set
 * by the caller (x11 under Xvfb) is kept. */
#ifndef WORKSIM_UI_WINDOW_KIT_H
#define WORKSIM_UI_WINDOW_KIT_H

#include "testlib.h"

#include "core/run.h"
#include "host/scenario_host.h"
#include "ui/ui_terminal_view.h"
#include "ui/ui_window.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

#define WKIT_SCENARIOS WORKSIM_TESTS_DIR "/../scenarios"
#define WKIT_PROMPT "learner@sandbox:"   /* the sandbox shell's PS1 (core/shell_integration.c) */

typedef struct WindowKit {
    UiWindow *w;
    Loop *loop;          /* the runs' loop, real clock */
    Catalog *catalog;
} WindowKit;

static inline Run *wkit_start_run(void *ud, const char *scenario, const char *learner, char **err)
{
    WindowKit *k = ud;
    char *dir = xasprintf("%s/%s", WKIT_SCENARIOS, scenario);
    Scenario *sc = scenario_load(dir, err);
    free(dir);
    if (!sc) return NULL;
    RunOptions ro = {.learner = learner, .mode = "play", .loop = k->loop, .sandbox = {.backend = SANDBOX_NS},
                     .hooks = scenario_run_hooks()};
    return run_start(sc, &ro);
}

static inline void wkit_end_run(void *ud, Run *run)
{
    WindowKit *k = ud;
    while (!run_is_finished(run) && loop_run_once(k->loop, 1000)) {}
    run_free(run);
}

/* Opens the window (1280 x 800, dummy driver) on a run of scenario. */
static inline bool wkit_open(WindowKit *k, const char *scenario)
{
    memset(k, 0, sizeof *k);
    setenv("SDL_VIDEODRIVER", "dummy", 0);   /* unless the caller chose one (x11 under Xvfb) */
    setenv("XDG_CONFIG_HOME", testlib_temp_dir(), 1);   /* no settings file of the machine's */
    k->loop = loop_new(false);
    k->catalog = catalog_load((const char *const[]){WKIT_SCENARIOS, NULL});
    UiShellOptions so = {.catalog = k->catalog, .learner = "learner",
                         .hooks = {.ud = k, .start_run = wkit_start_run, .end_run = wkit_end_run}};
    char *err = NULL;
    k->w = ui_window_open(&so, scenario, &(UiWindowOptions){0}, &err);
    if (!k->w) {
        fprintf(stderr, "  window: %s\n", err ? err : "?");
        free(err);
        return false;
    }
    return true;
}

/* Closes the window as the learner would (its run finishes) and frees everything. */
static inline void wkit_close(WindowKit *k)
{
    if (k->w) {
        SDL_Event quit = {.type = SDL_QUIT};
        SDL_PushEvent(&quit);
        while (ui_window_turn(k->w)) {}
        ui_window_close(k->w);
    }
    catalog_free(k->catalog);
    loop_free(k->loop);
}

static inline Run *wkit_run(WindowKit *k) { return ui_shell_run(ui_window_shell(k->w)); }

/* A key press (and release) with modifiers, into SDL's queue. */
static inline void wkit_key(SDL_Keycode sym, Uint16 mod)
{
    SDL_Event ev = {0};
    ev.type = SDL_KEYDOWN;
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = sym;
    ev.key.keysym.mod = mod;
    SDL_PushEvent(&ev);
    ev.type = SDL_KEYUP;
    ev.key.state = SDL_RELEASED;
    SDL_PushEvent(&ev);
}

/* Typed text, as SDL_TEXTINPUT events of at most 31 bytes (ASCII here). */
static inline void wkit_type(const char *text)
{
    SDL_Event ev = {0};
    ev.type = SDL_TEXTINPUT;
    for (size_t at = 0, n = strlen(text); at < n; at += sizeof ev.text.text - 1) {
        SDL_strlcpy(ev.text.text, text + at, sizeof ev.text.text);
        SDL_PushEvent(&ev);
    }
}

/* The desktop's terminal widget (the Terminal app exists from the desktop's start). */
static inline UiTerm *wkit_term(WindowKit *k)
{
    UiDesktop *desk = ui_shell_desktop(ui_window_shell(k->w));
    return desk ? ui_terminal_view_term(ui_desktop_view(desk, UI_APP_TERMINAL)) : NULL;
}

/* The terminal's screen text's last line, and the one above it (caller frees both; "" when
 * there are none). */
static inline void wkit_last_lines(WindowKit *k, char **above, char **last)
{
    UiTerm *t = wkit_term(k);
    char *text = t ? ui_term_screen_text(t) : xstrdup("");
    char *nl = strrchr(text, '\n');
    *last = xstrdup(nl ? nl + 1 : text);
    if (nl) *nl = '\0';
    char *nl2 = nl ? strrchr(text, '\n') : NULL;
    *above = xstrdup(nl2 ? nl2 + 1 : nl ? text : "");
    free(text);
}

/* Turns the window's loop until cond holds after a frame was drawn (the terminal is fed when
 * it is drawn) or limit seconds pass (a failure: the caller checks the result). */
static inline bool wkit_turn_until(WindowKit *k, bool (*cond)(WindowKit *k, void *ud), void *ud, double limit)
{
    double end = util_monotonic_seconds() + limit;
    long frames = ui_window_frames(k->w);
    while (util_monotonic_seconds() < end) {
        if (!ui_window_turn(k->w)) return false;
        if (ui_window_frames(k->w) == frames) continue;
        frames = ui_window_frames(k->w);
        if (cond(k, ud)) return true;
    }
    return false;
}

/* The shell shows a fresh prompt (nothing typed after it) on the last line, the line above it
 * being `above` (NULL: any). */
static inline bool wkit_prompt_after(WindowKit *k, void *above_wanted)
{
    char *above, *last;
    wkit_last_lines(k, &above, &last);
    size_t n = strlen(last);
    bool ok = strncmp(last, WKIT_PROMPT, strlen(WKIT_PROMPT)) == 0 && n > 0 && strchr("$#", last[n - 1]) &&
              (!above_wanted || strcmp(above, (const char *)above_wanted) == 0);
    free(above);
    free(last);
    return ok;
}

/* Shows the Terminal app (Ctrl+3) and waits for the shell's first prompt. */
static inline bool wkit_terminal_ready(WindowKit *k)
{
    wkit_key(SDLK_3, KMOD_LCTRL);
    return wkit_turn_until(k, wkit_prompt_after, NULL, 60);
}

#endif
