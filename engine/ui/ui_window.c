/* ui_window.c: the window, the renderer and the frame loop of `worksim play`. Each turn
 * waits up to a few milliseconds for sandbox and network I/O on the core's loop, then
 * handles the pending SDL events. A frame is drawn (at most every FRAME_MS) after input, a
 * redraw request (ui_redraw.h: shell output, run events) and for LIVELY_MS after either, so
 * late results land on screen; otherwise once per IDLE_FRAME_MS for the clock. The desktop
 * itself is drawn by ui_desktop.c. */
#include "ui/ui_window.h"

#include "ui/ui_fonts.h"
#include "ui/ui_hidpi.h"
#include "ui/ui_redraw.h"
#include "ui/ui_settings.h"
#include "base/util.h"

#include <SDL_image.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FRAME_MS = 33, IO_WAIT_MS = 8, LIVELY_MS = 1500, IDLE_FRAME_MS = 1000 };

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

/* Waits for I/O: the run's loop while a run is on screen, else SDL's queue (the home has
 * nothing else to wait for). */
static void wait_a_little(UiShell *shell)
{
    Run *run = ui_shell_run(shell);
    if (run) loop_run_once(run_loop(run), IO_WAIT_MS);
    else SDL_WaitEventTimeout(NULL, ui_shell_animating(shell) ? FRAME_MS : IDLE_FRAME_MS);
}

/* Saves the frame as the snapshot and asks to close; a run is finished as it stands. */
static void take_snapshot(UiShell *shell, SDL_Renderer *r, int w, int h, const char *png, bool *closing)
{
    char *why = NULL;
    if (!save_png(r, w, h, png, &why)) {
        fprintf(stderr, "worksim: %s\n", why);
        free(why);
    }
    *closing = true;
    Run *run = ui_shell_run(shell);
    if (run && !run_is_finished(run)) run_finish(run, "the desktop snapshot was taken");
}

bool ui_window_play(const UiShellOptions *shell_opts, const char *scenario, const UiWindowOptions *opts, char **err)
{
    UiWindowOptions o = opts ? *opts : (UiWindowOptions){0};
    if (o.width <= 0 || o.height <= 0) o.width = 1280, o.height = 800;
    if (init_video() != 0) {
        if (err) *err = xasprintf("no display for the desktop (%s)", SDL_GetError());
        return false;
    }
    char *settings_path = ui_settings_path(), *warning = NULL;
    UiSettings settings;
    ui_settings_load(&settings, settings_path, &warning);
    if (warning) fprintf(stderr, "worksim: %s\n", warning);
    free(warning);
    UiShellOptions so = *shell_opts;
    so.settings_path = settings_path;
    SDL_Window *win = SDL_CreateWindow("worksim", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, o.width, o.height,
                                       SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    SDL_Renderer *r = win ? SDL_CreateRenderer(win, -1, SDL_RENDERER_ACCELERATED) : NULL;
    if (win && !r) r = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
    double pixel_ratio = 1;
    so.display_scale = r ? ui_window_display_scale(win, r, &pixel_ratio) : 1;
    UiFonts fonts = {0};
    bool fonts_open = r && ui_fonts_open_scaled(&fonts, ui_effective_font_scale(settings.font_scale, so.display_scale), err);
    UiShell *shell = NULL;
    if (fonts_open) {
        shell = ui_shell_new(&fonts, &so);
        if (scenario && !ui_shell_start(shell, scenario, err)) {
            ui_shell_free(shell);
            shell = NULL;
        }
    } else if (err && !r) {
        *err = xasprintf("cannot open the desktop window: %s", SDL_GetError());
    }
    if (!shell) {
        free(settings_path);
        if (r) SDL_DestroyRenderer(r);
        if (win) SDL_DestroyWindow(win);
        ui_fonts_close(&fonts);
        TTF_Quit();
        SDL_Quit();
        return false;
    }
    SDL_SetWindowMinimumSize(win, 960, 600);
    SDL_StartTextInput();
    bool closing = false;
    uint32_t last_frame = 0, last_activity = SDL_GetTicks();
    Run *was_run = NULL;
    bool was_finished = false;
    for (;;) {
        Run *run = ui_shell_run(shell);
        if (closing && (!run || run_is_finished(run))) break;
        wait_a_little(shell);
        bool activity = ui_redraw_take() || ui_shell_animating(shell) || run != was_run || (run && run_is_finished(run) != was_finished);
        was_run = run;
        was_finished = run && run_is_finished(run);
        SDL_Event ev;
        while (SDL_PollEvent(&ev)) {
            activity = true;
            run = ui_shell_run(shell);
            if (ev.type == SDL_QUIT) {
                closing = true;
                if (run && !run_is_finished(run)) run_finish(run, "the learner closed the desktop");
            } else {
                ui_event_to_pixels(&ev, pixel_ratio);   /* the shell lays out in the renderer's pixels */
                ui_shell_handle_event(shell, &ev);
            }
        }
        uint32_t now = SDL_GetTicks();
        if (activity) last_activity = now;
        bool lively = now - last_activity < LIVELY_MS;
        if (now - last_frame < (lively ? FRAME_MS : IDLE_FRAME_MS)) continue;
        last_frame = now;
        int w, h;
        SDL_GetRendererOutputSize(r, &w, &h);
        ui_shell_render(shell, r, w, h);
        run = ui_shell_run(shell);
        if (o.snapshot_png && !closing && (!run || run_elapsed(run) >= o.snapshot_after))
            take_snapshot(shell, r, w, h, o.snapshot_png, &closing);
        SDL_RenderPresent(r);
    }
    SDL_StopTextInput();
    ui_shell_free(shell);
    free(settings_path);
    SDL_DestroyRenderer(r);
    SDL_DestroyWindow(win);
    ui_fonts_close(&fonts);
    TTF_Quit();
    SDL_Quit();
    return true;
}
