/* ui_frame_pace.c: the interval between frames, longer while shell output floods in (see
 * ui_frame_pace.h). Ticks are compared as unsigned differences, so their wrap does not matter. */
#include "ui/ui_frame_pace.h"

#include "ui/ui_redraw.h"

void ui_frame_pace_init(UiFramePace *p) { *p = (UiFramePace){.interval = UI_FRAME_MS}; }

void ui_frame_pace_input(UiFramePace *p) { p->input = true; }

int ui_frame_pace_wait_ms(const UiFramePace *p, uint32_t now)
{
    uint32_t since = now - p->last_frame;
    if (ui_redraw_prompted()) return since >= UI_PROMPT_FRAME_MS ? 0 : (int)(UI_PROMPT_FRAME_MS - since);
    int wait = since >= UI_FRAME_MS ? 0 : (int)(UI_FRAME_MS - since);
    if (!p->flooding || p->input) return wait;
    uint32_t quiet = now - ui_redraw_last_stream();
    if (quiet >= UI_FLOOD_QUIET_MS) return wait;   /* the output paused: show where it stands */
    int flood_wait = since >= (uint32_t)p->interval ? 0 : (int)((uint32_t)p->interval - since);
    int until_quiet = (int)(UI_FLOOD_QUIET_MS - quiet);
    int longer = flood_wait < until_quiet ? flood_wait : until_quiet;   /* wake to see whether it paused */
    return longer > wait ? longer : wait;
}

void ui_frame_pace_drawn(UiFramePace *p, uint32_t now)
{
    bool prompt = ui_redraw_take_prompt();
    bool flood = ui_redraw_take_streamed() >= UI_FLOOD_BYTES && !prompt;
    if (flood && p->flooding) {
        p->interval = p->interval * 2 > UI_FLOOD_FRAME_MS ? UI_FLOOD_FRAME_MS : p->interval * 2;
    } else {
        p->interval = UI_FRAME_MS;
    }
    p->flooding = flood;
    p->input = false;
    p->last_frame = now;
}
