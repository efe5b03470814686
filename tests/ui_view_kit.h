/* ui_view_kit.h: what the desktop view tests (test_ui_*.c) share: a real run of a scenario
 * or fixture (ns sandbox, scripted colleagues, virtual clock), a software renderer drawing a
 * view into a surface with the desktop's fonts (no video driver needed), synthesized SDL
 * events, pixel reads and PNG snapshots. Header-only (static inline) because every
 * tests/test_*.c is its own executable. Snapshots go to the test's temp dir, and also to
 * $WORKSIM_UI_SHOTS when set (to look at them after the run). */
#ifndef WORKSIM_UI_VIEW_KIT_H
#define WORKSIM_UI_VIEW_KIT_H

#include "testlib.h"

#include "core/run.h"
#include "host/scenario_host.h"
#include "ui/ui.h"
#include "ui/ui_fonts.h"
#include "base/util.h"

#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KIT_W 1000
#define KIT_H 700
#define KIT_SCENARIOS WORKSIM_TESTS_DIR "/../scenarios"
#define KIT_FIXTURES WORKSIM_TESTS_DIR "/fixtures/runs"

typedef struct Kit {
    Loop *loop;
    Run *run;
    SDL_Surface *surface;
    SDL_Renderer *r;
    UiFonts fonts;
    UiView view;
    SDL_Rect area;   /* where the view is drawn and gets its events */
    bool has_view;
    ColleagueBackend *colleagues;   /* a backend the test made, freed after the run, before the loop */
} Kit;

/* Clears k and opens a software renderer on a w x h surface and the desktop's fonts; the
 * area is the whole surface. Run and view come after (kit_start, kit_show). */
static inline bool kit_canvas(Kit *k, int w, int h)
{
    memset(k, 0, sizeof *k);
    if (SDL_Init(0) != 0) return false;
    k->surface = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    k->r = k->surface ? SDL_CreateSoftwareRenderer(k->surface) : NULL;
    if (!k->r) {
        fprintf(stderr, "  software renderer: %s\n", SDL_GetError());
        return false;
    }
    char *err = NULL;
    if (!ui_fonts_open(&k->fonts, &err)) {
        fprintf(stderr, "  fonts: %s\n", err);
        free(err);
        return false;
    }
    k->area = (SDL_Rect){0, 0, w, h};
    return true;
}

/* Loads the scenario in dir and starts it with ro on a new virtual-clock loop (k->loop;
 * ro.loop and ro.hooks, the scenario host, are set here), then runs what is due at once. */
static inline bool kit_start(Kit *k, const char *dir, RunOptions ro)
{
    char *err = NULL;
    Scenario *sc = scenario_load(dir, &err);
    if (!sc) {
        fprintf(stderr, "  load %s: %s\n", dir, err);
        free(err);
        return false;
    }
    k->loop = loop_new(true);
    ro.loop = k->loop;
    ro.hooks = scenario_run_hooks();
    k->run = run_start(sc, &ro);
    loop_run_until_idle(k->loop, NULL);
    return k->run != NULL;
}

/* The view kit_render draws and kit_send feeds; kit_close frees it. */
static inline void kit_show(Kit *k, UiView view)
{
    k->view = view;
    k->has_view = true;
}

/* Starts fixture (tests/fixtures/runs/NAME) and makes the view with make, drawn inset like
 * the desktop's main area. */
static inline bool kit_open(Kit *k, const char *fixture, UiView (*make)(Run *run))
{
    if (!kit_canvas(k, KIT_W, KIT_H)) return false;
    char *dir = xasprintf("%s/%s", KIT_FIXTURES, fixture);
    RunOptions ro = {.mode = "run", .sandbox = {.backend = SANDBOX_NS}};
    bool started = kit_start(k, dir, ro);
    free(dir);
    if (!started) return false;
    k->area = (SDL_Rect){64, 44, KIT_W - 64, KIT_H - 44};
    kit_show(k, make(k->run));
    return run_error(k->run) == NULL;
}

/* kit_open, then the view is put in front (focused) as when the learner picks the app. */
static inline bool kit_open_focused(Kit *k, const char *fixture, UiView (*make)(Run *run))
{
    if (!kit_open(k, fixture, make)) return false;
    k->view.focus(k->view.self, true);
    return true;
}

static inline void kit_idle(Kit *k) { loop_run_until_idle(k->loop, NULL); }

/* Waits (on the loop) until the run has finished: after run_finish, grading and teardown. */
static inline void kit_wait_finished(Kit *k)
{
    kit_idle(k);
    while (!run_is_finished(k->run) && loop_run_once(k->loop, 1000)) {}
}

/* The learner's Finish: ends the run and waits until it has finished. */
static inline void kit_finish(Kit *k)
{
    run_finish(k->run, "finished");
    kit_wait_finished(k);
}

static inline void kit_close(Kit *k)
{
    if (k->has_view) k->view.free(k->view.self);
    if (k->run && !run_is_finished(k->run)) kit_finish(k);
    run_free(k->run);
    if (k->colleagues) k->colleagues->free(k->colleagues);
    if (k->loop) loop_free(k->loop);
    if (k->fonts.ui) ui_fonts_close(&k->fonts);
    if (k->r) SDL_DestroyRenderer(k->r);
    if (k->surface) SDL_FreeSurface(k->surface);
    TTF_Quit();
    IMG_Quit();
    SDL_Quit();
}

/* Window-shell hooks (ui_shell.h) for tests that start no run: starting one fails. */
static inline Run *kit_no_run(void *ud, const char *scenario, const char *learner, char **err)
{
    (void)ud, (void)scenario, (void)learner;
    *err = xstrdup("no runs in this test");
    return NULL;
}

static inline void kit_end_run(void *ud, Run *run)
{
    (void)ud;
    run_free(run);
}

/* A drawing context on k's renderer and fonts, the mouse nowhere. */
static inline UiDraw kit_draw(Kit *k) { return (UiDraw){k->r, &k->fonts, -1, -1}; }

/* Draws one frame: a dark frame where the desktop's chrome would be, the view in area. */
static inline void kit_render(Kit *k)
{
    SDL_SetRenderDrawColor(k->r, 0x2b, 0x2f, 0x3a, 0xff);
    SDL_RenderClear(k->r);
    UiDraw d = kit_draw(k);
    k->view.render(k->view.self, &d, k->area);
    SDL_RenderPresent(k->r);
}

static inline SDL_Color kit_pixel(Kit *k, int x, int y)
{
    SDL_Color c = {0, 0, 0, 0};
    if (x < 0 || y < 0 || x >= k->surface->w || y >= k->surface->h) return c;
    Uint32 v = *(Uint32 *)((Uint8 *)k->surface->pixels + y * k->surface->pitch + x * 4);
    SDL_GetRGBA(v, k->surface->format, &c.r, &c.g, &c.b, &c.a);
    return c;
}

static inline bool kit_is(SDL_Color a, SDL_Color b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

/* Pixels of exactly colour c inside r. */
static inline int kit_count(Kit *k, SDL_Rect r, SDL_Color c)
{
    int n = 0;
    for (int y = r.y; y < r.y + r.h; y++)
        for (int x = r.x; x < r.x + r.w; x++) n += kit_is(kit_pixel(k, x, y), c);
    return n;
}

/* A copy of the pixels of r, to compare frames (caller frees). */
static inline Uint32 *kit_copy(Kit *k, SDL_Rect r)
{
    Uint32 *out = xcalloc((size_t)r.w * (size_t)r.h, sizeof *out);
    for (int y = 0; y < r.h; y++)
        memcpy(out + (size_t)y * (size_t)r.w, (Uint8 *)k->surface->pixels + (r.y + y) * k->surface->pitch + r.x * 4,
               (size_t)r.w * 4);
    return out;
}

static inline bool kit_send(Kit *k, SDL_Event *ev) { return k->view.handle_event(k->view.self, ev, k->area); }

static inline bool kit_click(Kit *k, SDL_Rect target)
{
    SDL_Event ev = {0};
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.state = SDL_PRESSED;
    ev.button.clicks = 1;
    ev.button.x = target.x + target.w / 2;
    ev.button.y = target.y + target.h / 2;
    bool used = kit_send(k, &ev);
    ev.type = SDL_MOUSEBUTTONUP;
    ev.button.state = SDL_RELEASED;
    kit_send(k, &ev);
    return used;
}

static inline bool kit_type(Kit *k, const char *utf8)
{
    SDL_Event ev = {0};
    ev.type = SDL_TEXTINPUT;
    SDL_strlcpy(ev.text.text, utf8, sizeof ev.text.text);
    return kit_send(k, &ev);
}

/* A key press with modifiers (KMOD_LCTRL, ...). */
static inline bool kit_key_mod(Kit *k, SDL_Keycode sym, Uint16 mod)
{
    SDL_Event ev = {0};
    ev.type = SDL_KEYDOWN;
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = sym;
    ev.key.keysym.mod = mod;
    return kit_send(k, &ev);
}

static inline bool kit_key(Kit *k, SDL_Keycode sym) { return kit_key_mod(k, sym, KMOD_NONE); }

/* The wheel at (x, y) by dx, dy notches (dy > 0: away from the user, towards older content;
 * dx > 0: to the right). */
static inline bool kit_wheel_xy(Kit *k, int x, int y, int dx, int dy)
{
    SDL_Event ev = {0};
    ev.type = SDL_MOUSEWHEEL;
    ev.wheel.x = dx;
    ev.wheel.y = dy;
    ev.wheel.preciseX = (float)dx;
    ev.wheel.preciseY = (float)dy;
    ev.wheel.direction = SDL_MOUSEWHEEL_NORMAL;
    ev.wheel.mouseX = x;
    ev.wheel.mouseY = y;
    return kit_send(k, &ev);
}

static inline bool kit_wheel(Kit *k, int x, int y, int notches) { return kit_wheel_xy(k, x, y, 0, notches); }

static inline bool kit_snapshot(Kit *k, const char *name)
{
    char *path = xasprintf("%s/%s", testlib_temp_dir(), name);
    bool ok = IMG_SavePNG(k->surface, path) == 0;
    if (!ok) fprintf(stderr, "  IMG_SavePNG %s: %s\n", path, IMG_GetError());
    free(path);
    const char *shots = getenv("WORKSIM_UI_SHOTS");
    if (ok && shots && *shots) {
        path = xasprintf("%s/%s", shots, name);
        ok = IMG_SavePNG(k->surface, path) == 0;
        free(path);
    }
    return ok;
}

/* Messages of the run matching from / to / channel (NULL: any) whose text contains needle. */
static inline int kit_messages(Kit *k, const char *from, const char *to, const char *channel, const char *needle)
{
    int n = 0, hits = 0;
    const RunMessage *ms = run_messages(k->run, &n);
    for (int i = 0; i < n; i++) {
        if (from && strcmp(ms[i].from, from) != 0) continue;
        if (to && (!ms[i].to || strcmp(ms[i].to, to) != 0)) continue;
        if (channel && (!ms[i].channel || strcmp(ms[i].channel, channel) != 0)) continue;
        if (needle && !strstr(ms[i].text, needle)) continue;
        hits++;
    }
    return hits;
}

#endif
