/* ui_scroll.h: a vertically scrolling pane for the list-and-detail apps: the offset, the
 * mouse wheel, clamping to the content, sticking to the bottom (chat: newest at the bottom)
 * and a thin scrollbar. The owner lays out its content, reports its height with
 * ui_scroll_extent each frame and draws at y - offset inside a clip rectangle. */
#ifndef WORKSIM_UI_SCROLL_H
#define WORKSIM_UI_SCROLL_H

#include "ui/ui.h"

typedef struct UiScroll {
    int offset;           /* pixels of content above the pane's top */
    int content_h, view_h;
    bool stick_bottom;    /* follow the end of the content as it grows */
} UiScroll;

#define UI_SCROLL_STEP 48 /* pixels per wheel notch */

/* Records the content and pane heights and clamps the offset (to the end when sticking). */
void ui_scroll_extent(UiScroll *s, int content_h, int view_h);
/* Scrolls by dy pixels (positive: towards the end); sticks again when the end is reached. */
void ui_scroll_by(UiScroll *s, int dy);
/* A wheel event over pane: scrolls and returns true; false when the event is elsewhere. */
bool ui_scroll_wheel(UiScroll *s, const SDL_Event *ev, SDL_Rect pane);
void ui_scroll_to_end(UiScroll *s);
void ui_scroll_to_top(UiScroll *s);
/* Clipping drawing to a pane, nested inside whatever clip the desktop set. */
typedef struct UiClip {
    SDL_Rect rect;
    bool enabled;
} UiClip;
UiClip ui_clip_push(UiDraw *d, SDL_Rect pane);   /* returns the clip to restore */
void ui_clip_pop(UiDraw *d, UiClip saved);

/* A thin scrollbar at pane's right edge when the content is taller than the pane. */
void ui_scroll_bar(UiDraw *d, const UiScroll *s, SDL_Rect pane);

#endif
