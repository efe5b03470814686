/* ui_fonts.h: opening and closing the desktop's fonts (see UiFonts in ui.h). */
#ifndef WORKSIM_UI_FONTS_H
#define WORKSIM_UI_FONTS_H

#include "ui/ui.h"

/* Starts SDL_ttf if needed and opens the five fonts; false + *err (caller frees) if a font
 * is missing. Close with ui_fonts_close (TTF_Quit is the caller's). */
bool ui_fonts_open(UiFonts *fonts, char **err);
/* The same at scale times the default sizes: the remembered text size times the display
 * scale (ui_hidpi.h), clamped to UI_FONT_SCALE_MIN .. UI_FONT_SCALE_MAX * UI_DISPLAY_SCALE_MAX. */
bool ui_fonts_open_scaled(UiFonts *fonts, double scale, char **err);
/* Closes the fonts and destroys the textures of their text cache: call it before destroying
 * the renderer the fonts drew with. */
void ui_fonts_close(UiFonts *fonts);

#endif
