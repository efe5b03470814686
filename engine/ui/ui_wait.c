/* ui_wait.c: sleeps until input, the run's I/O or a deadline (ui_wait.h). SDL's own
 * SDL_WaitEventTimeout cannot also wait on the run's fds, and on drivers without a wait of
 * their own (offscreen, dummy) it polls every millisecond; so the window polls the display
 * connection itself, among the run loop's fds. SDL_PumpEvents right before sleeping empties
 * Xlib's queue into SDL's (events Xlib read while drawing would otherwise wait unseen behind
 * a quiet fd), and any event already in SDL's queue makes the wait return at once. */
#include "ui/ui_wait.h"

#include "base/util.h"

#include <SDL_syswm.h>
#include <poll.h>
#include <string.h>

enum {
    /* The longest sleep: SDL keeps the screensaver off by a ping from SDL_PumpEvents every
     * 30 s on X11, and a signal (Ctrl+C) that reached another thread is seen by then. */
    LONGEST_SLEEP_MS = 25000,
    /* A driver whose input we cannot wait on (Wayland, KMS): look at its queue this often. */
    BLIND_POLL_MS = 10
};

struct UiWait {
    int display_fd;       /* the X11 connection; -1: none */
    bool blind;           /* the driver has input but no fd we know to wait on */
};

UiWait *ui_wait_new(SDL_Window *win)
{
    UiWait *w = xcalloc(1, sizeof *w);
    w->display_fd = -1;
    const char *driver = SDL_GetCurrentVideoDriver();
    bool quiet = driver && (strcmp(driver, "offscreen") == 0 || strcmp(driver, "dummy") == 0);
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (!quiet && win && SDL_GetWindowWMInfo(win, &info) && info.subsystem == SDL_SYSWM_X11)
        w->display_fd = ConnectionNumber(info.info.x11.display);
    w->blind = !quiet && w->display_fd < 0;
    return w;
}

void ui_wait_free(UiWait *w) { free(w); }

static void on_display_ready(void *ud, int fd, int ready)
{
    (void)fd;
    (void)ready;
    *(int *)ud += 1;
}

static int sleep_limit(const UiWait *w, int timeout_ms)
{
    int limit = w->blind ? BLIND_POLL_MS : LONGEST_SLEEP_MS;
    return timeout_ms < 0 || timeout_ms > limit ? limit : timeout_ms;
}

/* Sleeps on the display's fd alone (none: just sleeps); a signal cuts it short. */
static void wait_display(const UiWait *w, int timeout_ms)
{
    struct pollfd p = {.fd = w->display_fd, .events = POLLIN};
    (void)poll(&p, w->display_fd >= 0 ? 1 : 0, timeout_ms);
}

bool ui_wait(UiWait *w, Loop *loop, int timeout_ms)
{
    SDL_PumpEvents();
    if (SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT)) timeout_ms = 0;
    timeout_ms = sleep_limit(w, timeout_ms);
    if (!loop) {
        wait_display(w, timeout_ms);
        return false;
    }
    int display_hits = 0;
    if (w->display_fd >= 0) loop_watch_fd(loop, w->display_fd, LOOP_READ | LOOP_BACKGROUND, on_display_ready, &display_hits);
    uint64_t before = loop_dispatched(loop);
    bool waited = loop_run_once(loop, timeout_ms);
    if (w->display_fd >= 0) loop_unwatch_fd(loop, w->display_fd);
    if (!waited) wait_display(w, timeout_ms);   /* the loop had nothing that could ever fire */
    return loop_dispatched(loop) - before > (uint64_t)display_hits;
}
