/* ui_term_draw.c: drawing the terminal's cells (see ui_term.h): background runs as
 * rectangles, then each glyph from a cache of white glyph textures tinted per cell, so a full
 * redraw costs one texture copy per visible character. */
#include "ui/ui_term_internal.h"

#include "base/utf8.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

/* ---- drawing ---------------------------------------------------------------------------- */

void ui_term_fit(const UiFonts *fonts, SDL_Rect area, int *rows, int *cols)
{
    int cw, ch;
    term_cell_size(fonts, &cw, &ch);
    int r = (area.h - 2 * UI_TERM_PAD) / ch, c = (area.w - 2 * UI_TERM_PAD) / cw;
    *rows = r < 1 ? 1 : r;
    *cols = c < 1 ? 1 : c;
}

static size_t glyph_slot(const Glyph *g, size_t cap, uint32_t key)
{
    size_t i = (key * 2654435761u) & (cap - 1);
    while (g[i].key && g[i].key != key) i = (i + 1) & (cap - 1);
    return i;
}

static void glyphs_grow(UiTerm *t)
{
    size_t cap = t->glyph_cap ? t->glyph_cap * 2 : 256;
    Glyph *g = xcalloc(cap, sizeof *g);
    for (size_t i = 0; i < t->glyph_cap; i++)
        if (t->glyphs[i].key) g[glyph_slot(g, cap, t->glyphs[i].key)] = t->glyphs[i];
    free(t->glyphs);
    t->glyphs = g;
    t->glyph_cap = cap;
}

/* A white texture of the glyph (tinted per cell with a colour mod); NULL if the font has none. */
static const Glyph *glyph_get(UiTerm *t, UiDraw *d, uint32_t ch, bool bold)
{
    if (t->glyph_r != d->r || t->glyph_n >= GLYPH_CACHE_MAX) {
        term_glyphs_clear(t);
        t->glyph_r = d->r;
    }
    if ((t->glyph_n + 1) * 2 > t->glyph_cap) glyphs_grow(t);
    uint32_t key = ch | (bold ? GLYPH_BOLD : 0);
    Glyph *g = &t->glyphs[glyph_slot(t->glyphs, t->glyph_cap, key)];
    if (g->key) return g->tex ? g : NULL;
    g->key = key;
    t->glyph_n++;
    TTF_Font *f = d->fonts->mono;
    int style = TTF_GetFontStyle(f);
    if (bold) TTF_SetFontStyle(f, style | TTF_STYLE_BOLD);
    SDL_Surface *s = TTF_RenderGlyph32_Blended(f, ch, (SDL_Color){0xff, 0xff, 0xff, 0xff});
    if (bold) TTF_SetFontStyle(f, style);
    if (!s) return NULL;
    g->tex = SDL_CreateTextureFromSurface(d->r, s);
    g->w = s->w;
    g->h = s->h;
    SDL_FreeSurface(s);
    if (g->tex) SDL_SetTextureBlendMode(g->tex, SDL_BLENDMODE_BLEND);
    return g->tex ? g : NULL;
}

static bool same_color(SDL_Color a, SDL_Color b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

static void draw_glyph(UiTerm *t, UiDraw *d, uint32_t ch, bool bold, SDL_Color fg, int x, int y)
{
    if (ch == 0 || ch == ' ') return;
    const Glyph *g = glyph_get(t, d, ch, bold);
    if (!g) return;
    SDL_SetTextureColorMod(g->tex, fg.r, fg.g, fg.b);
    SDL_Rect dst = {x, y, g->w, g->h};
    SDL_RenderCopy(d->r, g->tex, NULL, &dst);
}

/* One row: backgrounds as runs of one colour, then glyphs and their lines. */
static void draw_row(UiTerm *t, UiDraw *d, int row, int x0, int y, int cw, int chh, VTermPos cursor, bool show_cursor)
{
    TermCell *cells = xmalloc(sizeof *cells * (size_t)t->cols);
    SDL_Color *fgs = xmalloc(sizeof *fgs * (size_t)t->cols);
    SDL_Color *bgs = xmalloc(sizeof *bgs * (size_t)t->cols);
    long line = term_display_line(t, row);
    for (int col = 0; col < t->cols; col++) {
        cells[col] = term_abs_cell(t, line, col);
        bool rev = (cells[col].flags & CELL_REVERSE) != 0;
        fgs[col] = rev ? cells[col].bg : cells[col].fg;
        bgs[col] = rev ? cells[col].fg : cells[col].bg;
        if (term_is_selected(t, line, col)) bgs[col] = UI_TERM_SEL_BG;   /* the text keeps its colour */
    }
    for (int col = 0; col < t->cols;) {
        int end = col + 1;
        while (end < t->cols && same_color(bgs[end], bgs[col])) end++;
        if (!same_color(bgs[col], UI_TERM_BG)) ui_fill(d, (SDL_Rect){x0 + col * cw, y, (end - col) * cw, chh}, bgs[col]);
        col = end;
    }
    bool cursor_here = show_cursor && cursor.row == row && cursor.col >= 0 && cursor.col < t->cols;
    if (cursor_here) {
        int wide = (cells[cursor.col].flags & CELL_WIDE) ? 2 : 1;
        SDL_Rect r = {x0 + cursor.col * cw, y, cw * wide, chh};
        if (t->focused) {
            ui_fill(d, r, fgs[cursor.col]);
            fgs[cursor.col] = bgs[cursor.col];
        } else {
            ui_frame(d, r, fgs[cursor.col]);
        }
    }
    for (int col = 0; col < t->cols; col++) {
        const TermCell *c = &cells[col];
        if (c->flags & CELL_CONT) continue;
        int x = x0 + col * cw, w = (c->flags & CELL_WIDE) ? 2 * cw : cw;
        draw_glyph(t, d, c->ch, (c->flags & CELL_BOLD) != 0, fgs[col], x, y);
        if (c->flags & CELL_UNDERLINE) ui_fill(d, (SDL_Rect){x, y + chh - 2, w, 1}, fgs[col]);
        if (c->flags & CELL_STRIKE) ui_fill(d, (SDL_Rect){x, y + chh / 2, w, 1}, fgs[col]);
    }
    free(cells);
    free(fgs);
    free(bgs);
}

void ui_term_render(UiTerm *t, UiDraw *d, SDL_Rect area)
{
    SDL_Rect old_clip;
    bool clipped = SDL_RenderIsClipEnabled(d->r);
    SDL_RenderGetClipRect(d->r, &old_clip);
    SDL_RenderSetClipRect(d->r, &area);
    ui_fill(d, area, UI_TERM_BG);
    int cw, chh;
    term_cell_size(d->fonts, &cw, &chh);
    VTermPos cursor;
    vterm_state_get_cursorpos(t->state, &cursor);
    cursor.row += t->scroll;
    bool show_cursor = t->cursor_visible && cursor.row < t->rows;
    int x0 = area.x + UI_TERM_PAD, y0 = area.y + UI_TERM_PAD;
    for (int row = 0; row < t->rows; row++) {
        int y = y0 + row * chh;
        if (y >= area.y + area.h) break;
        draw_row(t, d, row, x0, y, cw, chh, cursor, show_cursor);
    }
    SDL_RenderSetClipRect(d->r, clipped ? &old_clip : NULL);
}
