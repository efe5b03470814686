/* ui_frame_pace.h: when the window may draw its next frame. Normally at most one frame per
 * UI_FRAME_MS (30 a second). While a flood of shell output goes on (at least
 * UI_FLOOD_BYTES streamed between two frames, ui_redraw_stream), the interval doubles with each
 * frame of it up to UI_FLOOD_FRAME_MS (10 frames a second: the learner still sees it move), so
 * drawing (above all presenting the whole window: a copy of its pixels on the offscreen and X11
 * drivers) no longer takes the time the terminal needs to read the shell. As soon as the output
 * pauses for UI_FLOOD_QUIET_MS, or the learner's input comes, the next frame comes at the normal
 * pace: the answer to a key is not held back. The shell's prompt and the line typed at it
 * (ui_redraw_prompt: the command before it is over) are drawn at once, at most one frame per
 * UI_PROMPT_FRAME_MS, and end the flood: the prompt after a flood shows on the first frame
 * after the last output, without waiting for the quiet. UI thread only; times are SDL ticks
 * (ms). */
#ifndef WORKSIM_UI_FRAME_PACE_H
#define WORKSIM_UI_FRAME_PACE_H

#include <stdbool.h>
#include <stdint.h>

enum {
    UI_FRAME_MS = 33,
    UI_FLOOD_FRAME_MS = 100,
    UI_FLOOD_BYTES = 16384,
    UI_FLOOD_QUIET_MS = 12,
    UI_PROMPT_FRAME_MS = 8
};

typedef struct UiFramePace {
    uint32_t last_frame;   /* ticks at the end of the last frame drawn */
    int interval;          /* ms from last_frame to the next frame while the flood goes on */
    bool flooding;
    bool input;            /* the learner's input came since the last frame */
} UiFramePace;

void ui_frame_pace_init(UiFramePace *p);
/* Input from the learner (a key, the mouse): the next frame at the normal pace. */
void ui_frame_pace_input(UiFramePace *p);
/* Milliseconds from now until a frame may be drawn (0: now). */
int ui_frame_pace_wait_ms(const UiFramePace *p, uint32_t now);
/* A frame was drawn, ending at now: takes the bytes streamed since the one before
 * (ui_redraw_take_streamed) and the prompt (ui_redraw_take_prompt), and sets the pace of the
 * next. */
void ui_frame_pace_drawn(UiFramePace *p, uint32_t now);

#endif
