/* ui_help.h: the keyboard help overlay (F1 or Ctrl+/ in the home and the desktop): every
 * shortcut of the window, grouped by where it works, over a dimmed page. */
#ifndef WORKSIM_UI_HELP_H
#define WORKSIM_UI_HELP_H

#include "ui/ui.h"

/* Draws the overlay over a width x height window. */
void ui_help_draw(UiDraw *d, int width, int height);
/* The shortcut lines as text ("keys: what", one per line), for tests. Caller frees. */
char *ui_help_text(void);

#endif
