/* ui_term_draw.c: drawing the terminal's cells (see ui_term.h) in a few batched draw calls
 * (ui_term_atlas.c): the backgrounds that are not the terminal's as runs of one colour, the
 * cursor, every glyph from the atlas tinted by its cell's colour, then under- and strike lines.
 * What a frame needs is kept in the UiTerm, so drawing allocates nothing once warm. */
#include "ui/ui_term_internal.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

void ui_term_fit(const UiFonts *fonts, SDL_Rect area, int *rows, int *cols)
{
    int cw, ch;
    term_cell_size(fonts, &cw, &ch);
    int r = (area.h - 2 * UI_TERM_PAD) / ch, c = (area.w - 2 * UI_TERM_PAD) / cw;
    *rows = r < 1 ? 1 : r;
    *cols = c < 1 ? 1 : c;
}

void term_draw_free(UiTerm *t)
{
    term_atlas_free(&t->atlas);
    term_batch_free(&t->bg_quads);
    term_batch_free(&t->glyph_quads);
    term_batch_free(&t->line_quads);
    free(t->view_cells);
    free(t->view_fg);
    t->view_cells = NULL;
    t->view_fg = NULL;
    t->view_cap = 0;
}

static bool same_color(SDL_Color a, SDL_Color b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

/* Where the frame's grid is: its first cell's corner and the cell size. */
typedef struct Grid {
    int x0, y0, cw, ch;
} Grid;

/* Row `row` of the view into t->view_cells / view_fg; its backgrounds and lines queued. */
static void queue_row(UiTerm *t, int row, Grid g)
{
    TermCell *cells = t->view_cells + (size_t)row * (size_t)t->cols;
    SDL_Color *fgs = t->view_fg + (size_t)row * (size_t)t->cols;
    long line = term_display_line(t, row);
    int y = g.y0 + row * g.ch;
    SDL_Color run_bg = UI_TERM_BG;
    int run_from = 0;
    for (int col = 0; col <= t->cols; col++) {
        SDL_Color bg = UI_TERM_BG;
        if (col < t->cols) {
            TermCell *c = &cells[col];
            *c = term_abs_cell(t, line, col);
            bool rev = (c->flags & CELL_REVERSE) != 0;
            fgs[col] = rev ? c->bg : c->fg;
            bg = rev ? c->fg : c->bg;
            if (term_is_selected(t, line, col)) bg = UI_TERM_SEL_BG;   /* the text keeps its colour */
            if (col > 0 && same_color(bg, run_bg)) continue;
        }
        if (col > 0 && !same_color(run_bg, UI_TERM_BG))
            term_batch_quad(&t->bg_quads, (SDL_Rect){g.x0 + run_from * g.cw, y, (col - run_from) * g.cw, g.ch}, run_bg, NULL, 0, 0);
        run_bg = bg;
        run_from = col;
    }
    for (int col = 0; col < t->cols; col++) {
        const TermCell *c = &cells[col];
        if (!(c->flags & (CELL_UNDERLINE | CELL_STRIKE)) || (c->flags & CELL_CONT)) continue;
        int x = g.x0 + col * g.cw, w = (c->flags & CELL_WIDE) ? 2 * g.cw : g.cw;
        if (c->flags & CELL_UNDERLINE) term_batch_quad(&t->line_quads, (SDL_Rect){x, y + g.ch - 2, w, 1}, fgs[col], NULL, 0, 0);
        if (c->flags & CELL_STRIKE) term_batch_quad(&t->line_quads, (SDL_Rect){x, y + g.ch / 2, w, 1}, fgs[col], NULL, 0, 0);
    }
}

/* The cursor over its cell's background; a solid block (focused) turns its glyph to the background. */
static void draw_cursor(UiTerm *t, UiDraw *d, Grid g, VTermPos cursor)
{
    size_t at = (size_t)cursor.row * (size_t)t->cols + (size_t)cursor.col;
    int wide = (t->view_cells[at].flags & CELL_WIDE) ? 2 : 1;
    SDL_Rect r = {g.x0 + cursor.col * g.cw, g.y0 + cursor.row * g.ch, g.cw * wide, g.ch};
    if (t->focused) {
        ui_fill(d, r, t->view_fg[at]);
        const TermCell *c = &t->view_cells[at];
        bool rev = (c->flags & CELL_REVERSE) != 0;
        t->view_fg[at] = rev ? c->fg : c->bg;
        long line = term_display_line(t, cursor.row);
        if (term_is_selected(t, line, cursor.col)) t->view_fg[at] = UI_TERM_SEL_BG;
    } else {
        ui_frame(d, r, t->view_fg[at]);
    }
}

static void queue_glyphs(UiTerm *t, UiDraw *d, int rows, Grid g)
{
    for (int row = 0; row < rows; row++) {
        const TermCell *cells = t->view_cells + (size_t)row * (size_t)t->cols;
        const SDL_Color *fgs = t->view_fg + (size_t)row * (size_t)t->cols;
        for (int col = 0; col < t->cols; col++) {
            const TermCell *c = &cells[col];
            if (c->ch == 0 || c->ch == ' ' || (c->flags & CELL_CONT)) continue;
            SDL_Rect src;
            if (!term_atlas_glyph(t, d, c->ch, (c->flags & CELL_BOLD) != 0, &src)) continue;
            SDL_Rect dst = {g.x0 + col * g.cw, g.y0 + row * g.ch, src.w, src.h};
            term_batch_quad(&t->glyph_quads, dst, fgs[col], &src, TERM_ATLAS_SIZE, TERM_ATLAS_SIZE);
        }
    }
}

void ui_term_render(UiTerm *t, UiDraw *d, SDL_Rect area)
{
    SDL_Rect old_clip;
    bool clipped = SDL_RenderIsClipEnabled(d->r);
    SDL_RenderGetClipRect(d->r, &old_clip);
    SDL_RenderSetClipRect(d->r, &area);
    ui_fill(d, area, UI_TERM_BG);
    Grid g = {area.x + UI_TERM_PAD, area.y + UI_TERM_PAD, 0, 0};
    term_cell_size(d->fonts, &g.cw, &g.ch);
    int rows = (area.h - UI_TERM_PAD + g.ch - 1) / g.ch;   /* rows that start inside the area */
    if (rows > t->rows) rows = t->rows;
    if (rows < 0) rows = 0;
    size_t cells = (size_t)t->rows * (size_t)t->cols;
    if (cells > t->view_cap) {
        t->view_cells = xrealloc(t->view_cells, sizeof *t->view_cells * cells);
        t->view_fg = xrealloc(t->view_fg, sizeof *t->view_fg * cells);
        t->view_cap = cells;
    }
    for (int row = 0; row < rows; row++) queue_row(t, row, g);
    term_batch_draw(&t->bg_quads, d->r, NULL);
    VTermPos cursor;
    vterm_state_get_cursorpos(t->state, &cursor);
    cursor.row += t->scroll;
    if (t->cursor_visible && cursor.row >= 0 && cursor.row < rows && cursor.col >= 0 && cursor.col < t->cols)
        draw_cursor(t, d, g, cursor);
    queue_glyphs(t, d, rows, g);
    term_batch_draw(&t->glyph_quads, d->r, t->atlas.tex);
    term_batch_draw(&t->line_quads, d->r, NULL);
    SDL_RenderSetClipRect(d->r, clipped ? &old_clip : NULL);
}
