/* ui_markdown.h: the rendering of what tickets and colleagues write, parsed as CommonMark
 * with GitHub's extensions by md4c (ui_markdown_model.h): word-wrapped paragraphs, headings
 * in bold, emphasis, inline code and code blocks in the monospace face on a tint, bullet,
 * numbered and task lists, block quotes, rules, table rows, links with their URL shown (the
 * learner cannot click out), emoji shortcodes as emoji. Untrusted text is drawn, never run:
 * raw HTML stays literal and no image or URL is fetched. */
#ifndef WORKSIM_UI_MARKDOWN_H
#define WORKSIM_UI_MARKDOWN_H

#include "ui/ui.h"

/* Lays md out in width w from (x, y) and returns its height; draws it only when draw is set
 * (so the same call measures). Callers clip to their pane. */
int ui_markdown(UiDraw *d, int x, int y, int w, SDL_Color c, const char *md, bool draw);

#endif
