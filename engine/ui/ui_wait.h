/* ui_wait.h: where the window sleeps between frames. One wait covers everything that can
 * change the screen: input from the display server (on X11 its connection's fd is watched
 * with the run's I/O; the offscreen and dummy drivers have no input to wait for), the run
 * loop's fds and timers, and the window's own next deadline. Nothing wakes the process
 * otherwise, so an idle desktop sleeps until its clock's next minute. UI thread only. */
#ifndef WORKSIM_UI_WAIT_H
#define WORKSIM_UI_WAIT_H

#include "base/loop.h"
#include "ui/ui.h"

typedef struct UiWait UiWait;

UiWait *ui_wait_new(SDL_Window *win);    /* caller frees with ui_wait_free */
void ui_wait_free(UiWait *w);            /* NULL-safe */

/* Sleeps until SDL has an event, loop (may be NULL: the home has none) ran a callback, or
 * timeout_ms (-1: no limit of the caller's) has passed. Returns true when the loop ran a
 * callback (something in the run may have changed; display input does not count). */
bool ui_wait(UiWait *w, Loop *loop, int timeout_ms);

#endif
