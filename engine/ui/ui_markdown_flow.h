/* ui_markdown_flow.h: the inline layout of one markdown block: its spans flowed word by word
 * into a width, each span in its face (bold, italic, monospace on a tint for code, underlined
 * links, dim URLs, struck text, emoji scaled to the line), lines broken at spaces, words wider
 * than a line broken between characters. Shared by ui_markdown.c only. */
#ifndef WORKSIM_UI_MARKDOWN_FLOW_H
#define WORKSIM_UI_MARKDOWN_FLOW_H

#include "ui/ui.h"
#include "ui/ui_markdown_model.h"

/* Lays out spans in width w from (x, y) with base (the paragraph's or heading's font) and
 * colour c; draws only when draw is set. Returns the height used (at least one line). */
int ui_md_flow(UiDraw *d, TTF_Font *base, int x, int y, int w, SDL_Color c, const UiMdSpan *spans, int n_spans,
               bool draw);

/* A code block's text in the monospace font, lines kept and broken every w pixels of
 * characters; draws only when draw is set. Returns the height of its lines. */
int ui_md_code_lines(UiDraw *d, int x, int y, int w, SDL_Color c, const char *text, bool draw);

#endif
