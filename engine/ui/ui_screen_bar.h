/* ui_screen_bar.h: the dark bar atop the window's full screens that are not a run (the
 * history, a replay): "worksim", a separator and the screen's title at the left, one button
 * at the right (Back, Close) and an optional dim line before it. */
#ifndef WORKSIM_UI_SCREEN_BAR_H
#define WORKSIM_UI_SCREEN_BAR_H

#include "ui/ui.h"

enum { UI_SCREEN_BAR_H = 48 };

/* Draws the bar across width; returns where the button was drawn (for hit tests). */
SDL_Rect ui_screen_bar(UiDraw *d, int width, const char *title, const char *note, const char *button);

#endif
