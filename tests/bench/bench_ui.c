/* bench_ui.c: the desktop's frame cost. A real run of first-bugfix (ns sandbox, scripted
 * colleagues) with the terminal filled by a few commands and the chat by the greetings; each
 * app of the desktop is drawn 40 times at 1280 x 800 on SDL's software renderer (no GPU: the
 * slowest case a learner meets). Prints the median and p90 milliseconds per frame per app; a
 * frame under 33 ms keeps the 30 fps the window aims for while something changes. */
#define _GNU_SOURCE
#include "host/scenario_host.h"
#include "ui/ui_desktop.h"
#include "ui/ui_fonts.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>

enum { W = 1280, H = 800, FRAMES = 40 };

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(void)
{
    char *err = NULL;
    Scenario *sc = scenario_load(WORKSIM_SOURCE_DIR "/scenarios/first-bugfix", &err);
    UiFonts fonts;
    if (!sc || SDL_Init(0) != 0 || !ui_fonts_open(&fonts, &err)) {
        fprintf(stderr, "bench_ui: %s\n", err ? err : SDL_GetError());
        return 1;
    }
    Loop *loop = loop_new(true);
    RunOptions ro = {.mode = "play", .loop = loop, .sandbox = {.backend = SANDBOX_NS}, .hooks = scenario_run_hooks()};
    Run *run = run_start(sc, &ro);
    SDL_Surface *surface = SDL_CreateRGBSurfaceWithFormat(0, W, H, 32, SDL_PIXELFORMAT_ARGB8888);
    SDL_Renderer *r = SDL_CreateSoftwareRenderer(surface);
    UiDesktop *desk = ui_desktop_new(run, &fonts);
    ui_desktop_show(desk, UI_APP_TERMINAL);
    ui_desktop_render(desk, r, W, H);   /* attaches the terminal */
    const char *cmds[] = {"git log --stat -n 3", "python3 -m pytest -q", "ls -la shop tests", "cat shop/pricing.py"};
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
        run_learner_sh(run, cmds[i], 30, NULL);
        loop_run_until_idle(loop, NULL);
    }
    static const char *const names[] = {"chat", "tickets", "terminal", "review"};
    printf("desktop frame at %dx%d, software renderer, %d frames per app\n", W, H, FRAMES);
    for (int app = UI_APP_CHAT; app <= UI_APP_REVIEW; app++) {
        ui_desktop_show(desk, (UiApp)app);
        ui_desktop_render(desk, r, W, H);
        loop_run_until_idle(loop, NULL);   /* the review reads its diff in the sandbox */
        double ms[FRAMES];
        for (int f = 0; f < FRAMES; f++) {
            double t0 = util_monotonic_seconds();
            ui_desktop_render(desk, r, W, H);
            ms[f] = (util_monotonic_seconds() - t0) * 1000;
        }
        qsort(ms, FRAMES, sizeof ms[0], cmp_double);
        printf("ui.frame.%-9s median %6.2f ms  p90 %6.2f ms  (goal < 33 ms)\n", names[app], ms[FRAMES / 2],
               ms[FRAMES * 9 / 10]);
    }
    ui_desktop_free(desk);
    ui_fonts_close(&fonts);   /* its text cache's textures, before their renderer */
    SDL_DestroyRenderer(r);
    SDL_FreeSurface(surface);
    run_free(run);
    loop_free(loop);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
