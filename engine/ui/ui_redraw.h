/* ui_redraw.h: how the desktop learns that a new frame is wanted when no input came: an app
 * asks for one when something changed (shell output, a diff read in the sandbox, a run event),
 * or says when what it drew changes by itself (the clock's next minute, a toast that goes, a
 * "typing..." that times out). The window sleeps until the earliest of these and draws only
 * then, so an idle desktop costs next to no CPU. UI thread only; times are SDL ticks (ms). */
#ifndef WORKSIM_UI_REDRAW_H
#define WORKSIM_UI_REDRAW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

void ui_redraw_request(void);              /* something changed: draw a frame soon */
/* n bytes of streamed output (the shell's) came: as ui_redraw_request, and counted, so the
 * window can tell a flood and pace its frames (ui_frame_pace.h). */
void ui_redraw_stream(size_t n);
size_t ui_redraw_take_streamed(void);      /* bytes streamed since the last take */
/* The output just streamed is the shell's prompt: as ui_redraw_request, and the window draws
 * it at once and ends a flood's pace (ui_frame_pace.h). */
void ui_redraw_prompt(void);
bool ui_redraw_prompted(void);             /* a prompt came since the last take */
bool ui_redraw_take_prompt(void);          /* and clears it */
uint32_t ui_redraw_last_stream(void);      /* ticks when output was last streamed */
/* What was just drawn changes by itself in ms milliseconds: draw again then. Called while
 * drawing; the earliest time asked for wins until it comes. */
void ui_redraw_in(uint32_t ms);
/* True when a frame is wanted at now: requested since the last take, or a time given to
 * ui_redraw_in has come (both are then cleared). */
bool ui_redraw_take(uint32_t now);
/* Milliseconds from now to the earliest time given to ui_redraw_in (0 when it has come); -1
 * when none is pending. */
int ui_redraw_wait_ms(uint32_t now);

#endif
