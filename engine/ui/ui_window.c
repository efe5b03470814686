/* ui_window.c: the window, the renderer and the frame loop of `worksim play`. Each turn
 * sleeps (ui_wait.h) until input, the run loop's I/O or timers, or the next time something
 * on screen changes by itself (ui_redraw.h: the clock's minute, a toast's end), then handles
 * the SDL events. A frame is drawn only when something changed: input, a callback of the run
 * loop (shell output, a colleague's message, a check's result), a redraw request or its
 * time, or a replay playing; at the pace of ui_frame_pace.h, so a flood of shell output is
 * drawn 30 times a second at first, then 10 (not once per read), and the shell's prompt after
 * it at once. On X11 without a GPU the window is drawn by SDL's software renderer and only the
 * rectangles that changed are sent to the X server (create_renderer, ui_damage.h). The
 * desktop itself is drawn by ui_desktop.c. */
#include "ui/ui_window.h"

#include "ui/ui_damage.h"
#include "ui/ui_fonts.h"
#include "ui/ui_frame_pace.h"
#include "ui/ui_hidpi.h"
#include "ui/ui_redraw.h"
#include "ui/ui_settings.h"
#include "ui/ui_wait.h"
#include "base/util.h"

#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool save_png(SDL_Renderer *r, int w, int h, const char *path, char **err)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    bool ok = s && SDL_RenderReadPixels(r, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch) == 0 &&
              IMG_SavePNG(s, path) == 0;
    if (!ok && err) *err = xasprintf("cannot save %s: %s", path, SDL_GetError());
    SDL_FreeSurface(s);
    return ok;
}

/* Without a Wayland session SDL's wayland probe only prints "XDG_RUNTIME_DIR is invalid" noise on
 * stderr: unless the learner chose a driver, go straight to X11 (or, with no display at all, to
 * the offscreen driver, which ui_window_available then reports as no display). */
static int init_video(void)
{
    if (!getenv("SDL_VIDEODRIVER") && !getenv("WAYLAND_DISPLAY"))
        SDL_SetHint(SDL_HINT_VIDEODRIVER, getenv("DISPLAY") ? "x11" : "offscreen");
    return SDL_Init(SDL_INIT_VIDEO);
}

bool ui_window_available(char **what)
{
    if (init_video() != 0) {
        *what = xasprintf("no display for the desktop (%s)", SDL_GetError());
        return false;
    }
    const char *driver = SDL_GetCurrentVideoDriver();
    const char *asked = getenv("SDL_VIDEODRIVER");
    /* Without a session SDL falls back to windows nobody can see: only on explicit request. */
    bool invisible = driver && (strcmp(driver, "offscreen") == 0 || strcmp(driver, "dummy") == 0);
    if (invisible && !(asked && *asked)) {
        *what = xasprintf("no display for the desktop (no X11 or Wayland session; SDL found only its %s driver)", driver);
        SDL_Quit();
        return false;
    }
    *what = xstrdup(driver ? driver : "unknown");
    SDL_Quit();
    return true;
}

struct UiWindow {
    UiWindowOptions o;
    SDL_Window *win;
    SDL_Renderer *r;
    UiFonts fonts;
    UiShell *shell;
    UiWait *wait;
    char *settings_path;
    double pixel_ratio;
    bool closing;
    bool dirty;                /* something changed since the last frame */
    UiFramePace pace;          /* when the next frame may be drawn */
    Run *was_run;              /* the run on screen at the last turn, and whether it had ended */
    bool was_finished;
    long frames;
    /* Drawn by SDL's software renderer into the window's surface (see create_renderer): each
     * frame sends the X server only the rectangles that changed (ui_damage.h), all of it
     * after an expose or a resize (show_all). */
    bool by_rects;
    bool show_all;
    UiDamage damage;
};

/* Saves the frame as the snapshot and asks to close; a run is finished as it stands. */
static void take_snapshot(UiWindow *w, int width, int height)
{
    char *why = NULL;
    if (!save_png(w->r, width, height, w->o.snapshot_png, &why)) {
        fprintf(stderr, "worksim: %s\n", why);
        free(why);
    }
    w->closing = true;
    Run *run = ui_shell_run(w->shell);
    if (run && !run_is_finished(run)) run_finish(run, "the desktop snapshot was taken");
}

/* The window's first screen: the run of scenario, the interrupted run o->resume_run_id, or
 * the home. */
static bool open_first_screen(UiShell *shell, const char *scenario, const UiWindowOptions *o, char **err)
{
    if (scenario) return ui_shell_start(shell, scenario, err);
    if (o->resume_run_id > 0) return ui_shell_resume_run(shell, o->resume_run_id, err);
    return true;
}

void ui_window_close(UiWindow *w)
{
    if (!w) return;
    if (w->shell) SDL_StopTextInput();
    ui_shell_free(w->shell);
    ui_wait_free(w->wait);
    ui_damage_free(&w->damage);
    free(w->settings_path);
    ui_fonts_close(&w->fonts);   /* its text cache's textures, before their renderer */
    if (w->r) SDL_DestroyRenderer(w->r);
    if (w->win) SDL_DestroyWindow(w->win);
    TTF_Quit();
    SDL_Quit();
    free(w);
}

/* Whether the GL implementation of the current context rasterizes in software (Mesa's
 * llvmpipe or softpipe: no GPU). */
static bool gl_without_gpu(void)
{
    if (!SDL_GL_GetCurrentContext()) return false;
    typedef const unsigned char *(*GetString)(unsigned);
    void *fn = SDL_GL_GetProcAddress("glGetString");
    GetString get_string;
    if (!fn) return false;
    memcpy(&get_string, &fn, sizeof get_string);
    const char *name = (const char *)get_string(0x1F01);   /* GL_RENDERER */
    return name && (strstr(name, "llvmpipe") || strstr(name, "softpipe") || strstr(name, "Software Rasterizer"));
}

/* The window's renderer. A GPU's GL renderer when there is one. On X11 without a GPU, GL
 * rasterizes on the CPU (llvmpipe) and every present copies the whole window to the X server
 * after a round trip (20-70 ms a frame on a loaded machine, the last frame of a flood of
 * shell output among them); SDL's software renderer draws into the window's own X11 surface
 * instead (the framebuffer hint: not through a GL texture), whose changed rectangles alone are
 * sent (*by_rects). SDL_RENDER_DRIVER, when set, chooses as SDL does. */
static SDL_Renderer *create_renderer(SDL_Window *win, bool *by_rects)
{
    const char *asked = SDL_GetHint(SDL_HINT_RENDER_DRIVER);
    const char *video = SDL_GetCurrentVideoDriver();
    bool x11 = video && strcmp(video, "x11") == 0;
    SDL_Renderer *r = SDL_CreateRenderer(win, -1, SDL_RENDERER_ACCELERATED);
    SDL_RendererInfo info;
    if (r && x11 && !(asked && *asked) && SDL_GetRendererInfo(r, &info) == 0 && strncmp(info.name, "opengl", 6) == 0 &&
        gl_without_gpu()) {
        SDL_DestroyRenderer(r);
        r = NULL;
    }
    if (!r && x11) SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (!r) r = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
    *by_rects = r && SDL_GetRendererInfo(r, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE) && x11;
    return r;
}

UiWindow *ui_window_open(const UiShellOptions *shell_opts, const char *scenario, const UiWindowOptions *opts, char **err)
{
    UiWindow *w = xcalloc(1, sizeof *w);
    w->o = opts ? *opts : (UiWindowOptions){0};
    if (w->o.width <= 0 || w->o.height <= 0) w->o.width = 1280, w->o.height = 800;
    if (init_video() != 0) {
        if (err) *err = xasprintf("no display for the desktop (%s)", SDL_GetError());
        free(w);
        return NULL;
    }
    char *warning = NULL;
    UiSettings settings;
    w->settings_path = ui_settings_path();
    ui_settings_load(&settings, w->settings_path, &warning);
    if (warning) fprintf(stderr, "worksim: %s\n", warning);
    free(warning);
    UiShellOptions so = *shell_opts;
    so.settings_path = w->settings_path;
    w->win = SDL_CreateWindow("worksim", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w->o.width, w->o.height,
                              SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    w->r = w->win ? create_renderer(w->win, &w->by_rects) : NULL;
    w->pixel_ratio = 1;
    so.display_scale = w->r ? ui_window_display_scale(w->win, w->r, &w->pixel_ratio) : 1;
    bool fonts_open = w->r && ui_fonts_open_scaled(&w->fonts, ui_effective_font_scale(settings.font_scale, so.display_scale), err);
    if (fonts_open) {
        w->shell = ui_shell_new(&w->fonts, &so);
        if (!open_first_screen(w->shell, scenario, &w->o, err)) {
            ui_shell_free(w->shell);
            w->shell = NULL;
        }
    } else if (err && !w->r) {
        *err = xasprintf("cannot open the desktop window: %s", SDL_GetError());
    }
    if (!w->shell) {
        ui_window_close(w);
        return NULL;
    }
    SDL_SetWindowMinimumSize(w->win, 960, 600);
    SDL_StartTextInput();
    w->wait = ui_wait_new(w->win);
    ui_frame_pace_init(&w->pace);
    w->dirty = true;
    return w;
}

/* How long this turn may sleep: until the next frame may be drawn when one is wanted, else
 * until something on screen changes by itself (-1: only input or the run can change it). */
static int sleep_ms(const UiWindow *w, uint32_t now)
{
    if (w->dirty || ui_shell_animating(w->shell)) return ui_frame_pace_wait_ms(&w->pace, now);
    return ui_redraw_wait_ms(now);
}

static void handle_events(UiWindow *w)
{
    SDL_Event ev;
    while (SDL_PollEvent(&ev)) {
        w->dirty = true;
        if (ev.type == SDL_WINDOWEVENT && ev.window.event != SDL_WINDOWEVENT_MOVED) w->show_all = true;   /* exposed, resized, shown */
        ui_frame_pace_input(&w->pace);
        Run *run = ui_shell_run(w->shell);
        if (ev.type == SDL_QUIT) {
            w->closing = true;
            if (run && !run_is_finished(run)) run_finish(run, "the learner closed the desktop");
        } else {
            ui_event_to_pixels(&ev, w->pixel_ratio);   /* the shell lays out in the renderer's pixels */
            ui_shell_handle_event(w->shell, &ev);
        }
    }
}

/* Shows the frame drawn: all of it, or with the software renderer only what changed. */
static void present(UiWindow *w)
{
    if (!w->by_rects) {
        SDL_RenderPresent(w->r);
        return;
    }
    SDL_RenderFlush(w->r);
    SDL_Surface *s = SDL_GetWindowSurface(w->win);
    int n = ui_damage_take(&w->damage, s);
    if (w->show_all)
        SDL_UpdateWindowSurface(w->win);
    else if (n > 0)
        SDL_UpdateWindowSurfaceRects(w->win, w->damage.rects, n);
    w->show_all = false;
}

/* The next frame's wait counts from the end of this one, so a slow frame (a flood fed to the
 * terminal) still leaves that much time to read the shell and the input between frames. */
static void draw_frame(UiWindow *w)
{
    w->dirty = false;
    w->frames++;
    int width, height;
    SDL_GetRendererOutputSize(w->r, &width, &height);
    ui_shell_render(w->shell, w->r, width, height);
    Run *run = ui_shell_run(w->shell);
    if (w->o.snapshot_png && !w->closing && (!run || run_elapsed(run) >= w->o.snapshot_after))
        take_snapshot(w, width, height);
    else if (w->o.snapshot_png && !w->closing)   /* draw again when the run clock gets there */
        ui_redraw_in((uint32_t)((w->o.snapshot_after - run_elapsed(run)) * 1000) + 1);
    present(w);
    ui_frame_pace_drawn(&w->pace, SDL_GetTicks());
}

bool ui_window_turn(UiWindow *w)
{
    Run *run = ui_shell_run(w->shell);
    if (w->closing && (!run || run_is_finished(run))) return false;
    if (ui_wait(w->wait, run ? run_loop(run) : NULL, sleep_ms(w, SDL_GetTicks()))) w->dirty = true;
    if (ui_redraw_take(SDL_GetTicks())) w->dirty = true;
    if (run != w->was_run || (run && run_is_finished(run) != w->was_finished)) w->dirty = true;
    w->was_run = run;
    w->was_finished = run && run_is_finished(run);
    handle_events(w);
    uint32_t now = SDL_GetTicks();
    if ((w->dirty || ui_shell_animating(w->shell)) && ui_frame_pace_wait_ms(&w->pace, now) == 0) draw_frame(w);
    return true;
}

UiShell *ui_window_shell(UiWindow *w) { return w->shell; }
long ui_window_frames(const UiWindow *w) { return w->frames; }

bool ui_window_play(const UiShellOptions *shell_opts, const char *scenario, const UiWindowOptions *opts, char **err)
{
    UiWindow *w = ui_window_open(shell_opts, scenario, opts, err);
    if (!w) return false;
    while (ui_window_turn(w)) {}
    ui_window_close(w);
    return true;
}
