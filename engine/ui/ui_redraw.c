/* ui_redraw.c: the desktop's pending-redraw flag and its earliest timed redraw (see
 * ui_redraw.h). Ticks are compared as signed differences, so the wrap of SDL's 32-bit ticks
 * after 49 days does not matter. */
#include "ui/ui_redraw.h"

#include <SDL.h>

static bool pending;
static bool timed;         /* due holds a time asked for with ui_redraw_in */
static uint32_t due;
static size_t streamed;
static uint32_t last_stream;
static bool prompted;

static int32_t ticks_until(uint32_t when, uint32_t now) { return (int32_t)(when - now); }

void ui_redraw_request(void) { pending = true; }

void ui_redraw_stream(size_t n)
{
    pending = true;
    streamed += n;
    last_stream = SDL_GetTicks();
}

size_t ui_redraw_take_streamed(void)
{
    size_t n = streamed;
    streamed = 0;
    return n;
}

uint32_t ui_redraw_last_stream(void) { return last_stream; }

void ui_redraw_prompt(void) { pending = prompted = true; }

bool ui_redraw_prompted(void) { return prompted; }

bool ui_redraw_take_prompt(void)
{
    bool was = prompted;
    prompted = false;
    return was;
}

void ui_redraw_in(uint32_t ms)
{
    uint32_t when = SDL_GetTicks() + ms;
    if (!timed || ticks_until(when, due) < 0) due = when;
    timed = true;
}

bool ui_redraw_take(uint32_t now)
{
    bool come = timed && ticks_until(due, now) <= 0;
    if (come) timed = false;
    bool wanted = pending || come;
    pending = false;
    return wanted;
}

int ui_redraw_wait_ms(uint32_t now)
{
    if (!timed) return -1;
    int32_t left = ticks_until(due, now);
    return left > 0 ? left : 0;
}
