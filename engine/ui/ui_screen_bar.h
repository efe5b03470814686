/* ui_screen_bar.h: the dark bar atop every full screen of the window (the home, a run's
 * desktop, the history, a replay): "worksim", a separator and the screen's title at the
 * left, buttons at the right. Its height and insets grow with the fonts' scale (48 px at 1:
 * the text size times the HiDPI display scale, ui_hidpi.h), like the text inside it. */
#ifndef WORKSIM_UI_SCREEN_BAR_H
#define WORKSIM_UI_SCREEN_BAR_H

#include "ui/ui.h"

extern const SDL_Color UI_BAR, UI_BAR_TEXT, UI_BAR_DIM, UI_BAR_LINE, UI_BAR_HOVER;

/* The bar's height at the fonts' scale. */
int ui_screen_bar_height(const UiFonts *f);
/* Fills the bar across width and draws "worksim", the separator and title (in colour c) at
 * the left; returns the bar's height. */
int ui_screen_bar_title(UiDraw *d, int width, const char *title, SDL_Color c);
/* Where a bar button of text width text_w goes with its right edge at right. */
SDL_Rect ui_screen_bar_button_rect(const UiFonts *f, int right, int text_w);
/* A bar button: outlined, filled when hot (hovered or open), label inset and cut to fit. */
void ui_screen_bar_button(UiDraw *d, SDL_Rect b, const char *label, bool hot);
/* The history's and replay's bar: the title, one button at the right (Back, Close) and an
 * optional dim note before it. Returns where the button was drawn (for hit tests). */
SDL_Rect ui_screen_bar(UiDraw *d, int width, const char *title, const char *note, const char *button);

#endif
