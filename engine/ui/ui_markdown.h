/* ui_markdown.h: the plain rendering of the little markdown tickets and colleagues write:
 * word-wrapped paragraphs, "#" headings in bold, "-", "*" and "+" bullets, ``` code blocks in
 * the monospace font on a tinted band, "**" markers dropped (a line wholly inside them is
 * bold). Everything else (backticks, links) stays literal: the text is drawn, never
 * interpreted beyond line shapes. */
#ifndef WORKSIM_UI_MARKDOWN_H
#define WORKSIM_UI_MARKDOWN_H

#include "ui/ui.h"

/* Lays md out in width w from (x, y) and returns its height; draws it only when draw is set
 * (so the same call measures). Callers clip to their pane. */
int ui_markdown(UiDraw *d, int x, int y, int w, SDL_Color c, const char *md, bool draw);

#endif
