/* ui_term_select.c: the terminal's mouse selection (see ui_term.h): click, double-click
 * (word), triple-click (line) and drag, kept in absolute line numbers so it stays on its text
 * while output scrolls it into the scrollback; its text for the clipboard. */
#include "ui/ui_term_internal.h"

#include "base/utf8.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

/* ---- selection -------------------------------------------------------------------------- */

void term_cell_size(const UiFonts *fonts, int *cw, int *ch)
{
    *cw = fonts->mono_w > 0 ? fonts->mono_w : 8;
    *ch = fonts->mono_h > 0 ? fonts->mono_h : 16;
}

bool term_is_selected(const UiTerm *t, long line, int col)
{
    if (!t->sel_active) return false;
    SelPos p = {line, col};
    return !term_pos_before(p, t->sel_start) && !term_pos_before(t->sel_end, p);
}

void ui_term_select_clear(UiTerm *t)
{
    t->sel_active = false;
    t->sel_dragging = false;
}

bool ui_term_has_selection(const UiTerm *t) { return t->sel_active; }

static int clamp_int(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

static void set_selection(UiTerm *t, SelPos a, SelPos b)
{
    if (term_pos_before(b, a)) {
        SelPos x = a;
        a = b;
        b = x;
    }
    t->sel_start = a;
    t->sel_end = b;
    t->sel_active = true;
}

void ui_term_select(UiTerm *t, int row0, int col0, int row1, int col1)
{
    ui_term_select_clear(t);
    row0 = clamp_int(row0, 0, t->rows - 1);
    row1 = clamp_int(row1, 0, t->rows - 1);
    SelPos a = {term_display_line(t, row0), clamp_int(col0, 0, t->cols - 1)};
    SelPos b = {term_display_line(t, row1), clamp_int(col1, 0, t->cols - 1)};
    set_selection(t, a, b);
}

/* What a double-click gathers: 0 blank, 1 word (letters, digits, non-ASCII and the characters
 * of paths, options and file:line locations), 2 any other punctuation, each a run of its own. */
static int char_class(const TermCell *c)
{
    if (c->flags & CELL_CONT) return 1;
    uint32_t ch = c->ch;
    if (ch == 0 || ch == ' ') return 0;
    if (ch >= 0x80 || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) return 1;
    return strchr("-_./~@%+=#?&:", (int)ch) ? 1 : 2;
}

/* The run of one class around p (within its line) as lo..hi; false on a blank. */
static bool word_at(UiTerm *t, SelPos p, SelPos *lo, SelPos *hi)
{
    TermCell c = term_abs_cell(t, p.line, p.col);
    int cls = char_class(&c);
    if (cls == 0) return false;
    int a = p.col, b = p.col;
    while (a > 0) {
        TermCell o = term_abs_cell(t, p.line, a - 1);
        if (char_class(&o) != cls) break;
        a--;
    }
    while (b < t->cols - 1) {
        TermCell o = term_abs_cell(t, p.line, b + 1);
        if (char_class(&o) != cls) break;
        b++;
    }
    *lo = (SelPos){p.line, a};
    *hi = (SelPos){p.line, b};
    return true;
}

/* Grows the selection from the anchor to p, by cells, words or lines as the drag started. */
static void drag_to(UiTerm *t, SelPos p)
{
    SelPos lo = p, hi = p;
    if (t->sel_mode == SEL_WORDS) {
        if (!word_at(t, p, &lo, &hi)) lo = hi = p;
    } else if (t->sel_mode == SEL_LINES) {
        lo.col = 0;
        hi.col = t->cols - 1;
    }
    if (term_pos_before(lo, t->anchor_lo)) set_selection(t, lo, t->anchor_hi);
    else set_selection(t, t->anchor_lo, term_pos_before(t->anchor_hi, hi) ? hi : t->anchor_hi);
}

/* The cell under pixel (x, y) of a grid drawn into area, clamped to the grid. */
static SelPos cell_at(const UiTerm *t, const UiFonts *fonts, SDL_Rect area, int x, int y)
{
    int cw, ch;
    term_cell_size(fonts, &cw, &ch);
    int dx = x - area.x - UI_TERM_PAD, dy = y - area.y - UI_TERM_PAD;
    int col = dx < 0 ? 0 : dx / cw, row = dy < 0 ? 0 : dy / ch;
    row = clamp_int(row, 0, t->rows - 1);
    return (SelPos){term_display_line(t, row), clamp_int(col, 0, t->cols - 1)};
}

bool ui_term_handle_mouse(UiTerm *t, const SDL_Event *ev, SDL_Rect area, const UiFonts *fonts)
{
    switch (ev->type) {
    case SDL_MOUSEBUTTONDOWN: {
        if (ev->button.button != SDL_BUTTON_LEFT || !ui_hit(area, ev->button.x, ev->button.y)) return false;
        ui_term_select_clear(t);
        SelPos p = cell_at(t, fonts, area, ev->button.x, ev->button.y);
        t->sel_dragging = true;
        t->sel_mode = ev->button.clicks >= 3 ? SEL_LINES : ev->button.clicks == 2 ? SEL_WORDS : SEL_CELLS;
        t->anchor_lo = t->anchor_hi = p;
        if (t->sel_mode == SEL_LINES) {
            t->anchor_lo.col = 0;
            t->anchor_hi.col = t->cols - 1;
            set_selection(t, t->anchor_lo, t->anchor_hi);
        } else if (t->sel_mode == SEL_WORDS) {
            if (word_at(t, p, &t->anchor_lo, &t->anchor_hi)) set_selection(t, t->anchor_lo, t->anchor_hi);
            else t->sel_mode = SEL_CELLS;   /* a double-click on a blank selects nothing */
        }
        return true;
    }
    case SDL_MOUSEMOTION: {
        if (!t->sel_dragging) return false;
        /* The button went up where we could not see it (outside the area): the drag is over. */
        if (!(ev->motion.state & SDL_BUTTON_LMASK)) {
            t->sel_dragging = false;
            return false;
        }
        SelPos p = cell_at(t, fonts, area, ev->motion.x, ev->motion.y);
        /* A plain press selects nothing until the pointer reaches another cell. */
        if (!t->sel_active && t->sel_mode == SEL_CELLS && p.line == t->anchor_lo.line && p.col == t->anchor_lo.col)
            return true;
        drag_to(t, p);
        return true;
    }
    case SDL_MOUSEBUTTONUP:
        if (ev->button.button != SDL_BUTTON_LEFT || !t->sel_dragging) return false;
        t->sel_dragging = false;   /* the selection stays until the next click */
        return true;
    default: return false;
    }
}

char *ui_term_selection_text(UiTerm *t)
{
    if (!t->sel_active) return NULL;
    Buf out = {0};
    for (long line = t->sel_start.line; line <= t->sel_end.line; line++) {
        /* libvterm 0.1.4 does not say whether a row continues on the next (no continuation
         * flag in its line info or scrollback lines), so wrapped rows are joined with \n too. */
        if (line > t->sel_start.line) buf_append(&out, "\n", 1);
        int lo = line == t->sel_start.line ? t->sel_start.col : 0;
        int hi = line == t->sel_end.line ? t->sel_end.col : t->cols - 1;
        if (lo > 0 && (term_abs_cell(t, line, lo).flags & CELL_CONT)) lo--;   /* the whole wide character */
        size_t row_end = out.len;
        for (int col = lo; col <= hi; col++) {
            TermCell c = term_abs_cell(t, line, col);
            if (c.flags & CELL_CONT) continue;
            char u[4];
            buf_append(&out, u, utf8_encode(c.ch ? c.ch : ' ', u));
            if (c.ch && c.ch != ' ') row_end = out.len;
        }
        out.len = row_end;   /* trailing blanks dropped */
        if (out.data) out.data[out.len] = 0;
    }
    return buf_steal(&out);
}

bool ui_term_copy(UiTerm *t)
{
    char *text = ui_term_selection_text(t);
    if (!text) return false;
    bool ok = SDL_SetClipboardText(text) == 0;
    free(text);
    return ok;
}

