/* ui_markdown.c: measures and draws markdown (ui_markdown.h): md4c's blocks
 * (ui_markdown_parse.c) stacked top to bottom, indented by list and quote depth, list markers
 * in the indent, a bar left of quoted text, code blocks on a tinted band; each block's spans
 * flowed by ui_markdown_flow.c. */
#include "ui/ui_markdown.h"

#include "ui/ui_markdown_flow.h"
#include "ui/ui_markdown_model.h"

static const SDL_Color CODE_BG = {0xf1, 0xf3, 0xf6, 0xff};
static const int QUOTE_INDENT = 14, LIST_INDENT = 22, CODE_PAD = 6, MIN_TEXT_W = 40;

static int clamp_depth(int depth) { return depth < UI_MD_MAX_INDENT ? depth : UI_MD_MAX_INDENT; }

/* Space above block i: a paragraph break, less between a list's items, more above a heading. */
static int gap_before(const UiFonts *fonts, const UiMdDoc *doc, int i)
{
    if (i == 0) return 0;
    const UiMdBlock *b = &doc->blocks[i], *prev = &doc->blocks[i - 1];
    if (b->kind == UI_MD_HEADING) return fonts->ui_h / 2 + 4;
    if (b->list_depth > 0 && prev->list_depth > 0 && b->kind != UI_MD_CODE_BLOCK && prev->kind != UI_MD_CODE_BLOCK) return 3;
    return fonts->ui_h / 2;
}

static int block_height(UiDraw *d, const UiMdBlock *b, int x, int y, int w, SDL_Color c, bool draw)
{
    const UiFonts *fonts = d->fonts;
    switch (b->kind) {
    case UI_MD_RULE:
        if (draw) ui_fill(d, (SDL_Rect){x, y + 6, w, 1}, UI_BORDER);
        return 13;
    case UI_MD_CODE_BLOCK: {
        const char *text = b->n_spans ? b->spans[0].text : "";
        int h = ui_md_code_lines(d, x + 10, y + CODE_PAD, w - 20, c, text, false) + 2 * CODE_PAD;
        if (draw) {
            ui_fill_round(d, (SDL_Rect){x, y, w, h}, 6, CODE_BG);
            ui_md_code_lines(d, x + 10, y + CODE_PAD, w - 20, c, text, true);
        }
        return h;
    }
    case UI_MD_HEADING: return ui_md_flow(d, fonts->ui_bold, x, y, w, c, b->spans, b->n_spans, draw);
    case UI_MD_PARAGRAPH: break;
    }
    return ui_md_flow(d, fonts->ui, x, y, w, c, b->spans, b->n_spans, draw);
}

int ui_markdown(UiDraw *d, int x, int y, int w, SDL_Color c, const char *md, bool draw)
{
    if (!md || w <= 0) return 0;
    UiMdDoc doc;
    ui_md_parse(md, &doc);
    const UiFonts *fonts = d->fonts;
    int h = 0;
    for (int i = 0; i < doc.n_blocks; i++) {
        const UiMdBlock *b = &doc.blocks[i];
        int gap = gap_before(fonts, &doc, i);
        int joined_quotes = i > 0 ? clamp_depth(doc.blocks[i - 1].quote_depth) : 0;   /* bars run through the gap */
        h += gap;
        int quotes = clamp_depth(b->quote_depth), lists = clamp_depth(b->list_depth);
        int indent = quotes * QUOTE_INDENT + lists * LIST_INDENT;
        if (indent > w - MIN_TEXT_W) indent = w > MIN_TEXT_W ? w - MIN_TEXT_W : 0;
        int bh = block_height(d, b, x + indent, y + h, w - indent, c, draw);
        if (draw) {
            for (int q = 0; q < quotes && q * QUOTE_INDENT + 3 <= indent; q++)
            {
                int top = q < joined_quotes ? y + h - gap : y + h;
                ui_fill(d, (SDL_Rect){x + q * QUOTE_INDENT + 2, top, 3, y + h + bh - top}, UI_BORDER);
            }
            if (b->marker[0] && lists > 0) {
                int mw = ui_text_width(fonts->ui, b->marker);
                ui_text(d, fonts->ui, x + indent - mw - 6, y + h, c, b->marker);
            }
        }
        h += bh;
    }
    ui_md_free(&doc);
    return h;
}
