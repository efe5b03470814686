/* ui_hidpi.h: sizes on high-density screens (issue 11 item 5). The desktop lays out in the
 * renderer's pixels; how large a pixel is comes from two sources: the window's drawable size
 * against its logical size (SDL_WINDOW_ALLOW_HIGHDPI: 2 on a Retina or a Wayland output
 * scaled 2x), and, where the platform keeps them equal (X11, Windows), the display's DPI
 * against the 96 DPI the default sizes were drawn for. The fonts open at the learner's
 * remembered text size (ui_settings.h) times this display scale, and mouse positions, which
 * SDL reports in logical units, are turned into pixels. */
#ifndef WORKSIM_UI_HIDPI_H
#define WORKSIM_UI_HIDPI_H

#include "ui/ui.h"

#define UI_DISPLAY_SCALE_MAX 3.0

/* The display scale from the logical width, the pixel width and the display's diagonal DPI
 * (0 or absurd, below 50 or above 600: unknown). With more pixels than logical units it is
 * their ratio; else DPI / 96 rounded to a quarter, never below 1 (a low or wrong DPI must
 * not shrink the text) nor above UI_DISPLAY_SCALE_MAX. */
double ui_display_scale(int logical_w, int pixel_w, float ddpi);
/* Pixels per logical unit (1 when unknown). */
double ui_pixel_ratio(int logical_w, int pixel_w);
/* The text size to open the fonts at: the remembered font scale times the display scale. */
double ui_effective_font_scale(double font_scale, double display_scale);

/* A default size of px pixels at the fonts' scale (the text size times the display scale),
 * so bars, rows and insets grow with the text they hold. */
int ui_scaled(const UiFonts *f, int px);

/* The window's display scale and pixel ratio, from SDL (the renderer's output size, the
 * window's size and its display's DPI). */
double ui_window_display_scale(SDL_Window *win, SDL_Renderer *r, double *pixel_ratio);
/* Mouse coordinates of ev from logical units to pixels. */
void ui_event_to_pixels(SDL_Event *ev, double pixel_ratio);

#endif
