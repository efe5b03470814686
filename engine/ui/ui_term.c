/* ui_term.c: the desktop's terminal widget (see ui_term.h). libvterm parses the display bytes
 * into a screen of cells and encodes keys; this file keeps the lines libvterm scrolls off in
 * a ring of compact cells, maps SDL events to libvterm's keyboard calls, and draws the cells:
 * background runs as rectangles, then each glyph from a cache of white glyph textures tinted
 * per cell, so a full redraw costs one texture copy per visible character. It also keeps the
 * learner's mouse selection, in absolute line numbers (counted from the first line that ever
 * scrolled off) so it stays on its text while output scrolls it into the scrollback; output
 * that rewrites a selected cell, or the ring dropping its line, clears it. */
#include "ui/ui_term.h"

#include "base/utf8.h"
#include "base/util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <vterm.h>

enum {
    CELL_BOLD = 1 << 0,
    CELL_UNDERLINE = 1 << 1,
    CELL_REVERSE = 1 << 2,
    CELL_STRIKE = 1 << 3,
    CELL_DEFAULT_FG = 1 << 4,
    CELL_DEFAULT_BG = 1 << 5,
    CELL_WIDE = 1 << 6,     /* a double-width character; the next cell continues it */
    CELL_CONT = 1 << 7      /* the right half of a double-width character */
};

enum { WHEEL_LINES = 3, GLYPH_CACHE_MAX = 4096 };

const SDL_Color UI_TERM_SEL_BG = {0x26, 0x4f, 0x78, 0xff};

/* One cell as shown, with its colours already resolved to RGB. ch 0 is blank. */
typedef struct TermCell {
    uint32_t ch;
    SDL_Color fg, bg;
    uint8_t flags;
} TermCell;

typedef struct SbLine {
    int n;                 /* cells kept (trailing blanks dropped) */
    TermCell *cells;
} SbLine;

/* A cell of the whole history: line is absolute (see sb_total), col 0..cols-1. */
typedef struct SelPos {
    long line;
    int col;
} SelPos;

typedef enum { SEL_CELLS, SEL_WORDS, SEL_LINES } SelMode;

typedef struct Glyph {
    uint32_t key;          /* codepoint | bold bit; 0 = free slot */
    SDL_Texture *tex;
    int w, h;
} Glyph;

struct UiTerm {
    VTerm *vt;
    VTermScreen *screen;
    VTermState *state;
    int rows, cols;
    UiTermWriteFn write;
    void *write_ud;

    SbLine sb[UI_TERM_SCROLLBACK];   /* ring: oldest at sb_start */
    int sb_start, sb_count;
    int scroll;                      /* lines above the bottom on view */
    long sb_total;                   /* absolute line number of the screen's top row: lines
                                        pushed minus lines popped, ever */

    bool cursor_visible, focused, altscreen;

    /* The selection, inclusive and ordered (start <= end), valid when sel_active. A drag
     * grows it from the anchor (one cell, or the word or line double/triple-clicked). */
    bool sel_active, sel_dragging;
    SelMode sel_mode;
    SelPos sel_start, sel_end, anchor_lo, anchor_hi;

    SDL_Renderer *glyph_r;           /* the renderer the cached textures belong to */
    Glyph *glyphs;
    size_t glyph_cap, glyph_n;
};

static const uint32_t GLYPH_BOLD = 1u << 31;

/* ---- cells ------------------------------------------------------------------------------ */

static SDL_Color rgb_of(const VTermScreen *screen, VTermColor c, bool is_fg)
{
    if (is_fg && VTERM_COLOR_IS_DEFAULT_FG(&c)) return UI_TERM_FG;
    if (!is_fg && VTERM_COLOR_IS_DEFAULT_BG(&c)) return UI_TERM_BG;
    vterm_screen_convert_color_to_rgb(screen, &c);
    return (SDL_Color){c.rgb.red, c.rgb.green, c.rgb.blue, 0xff};
}

static TermCell cell_from_vterm(const VTermScreen *screen, const VTermScreenCell *vc)
{
    TermCell c = {0};
    if (vc->chars[0] == (uint32_t)-1) {
        c.flags |= CELL_CONT;
    } else {
        c.ch = vc->chars[0];
    }
    if (vc->width == 2) c.flags |= CELL_WIDE;
    if (vc->attrs.bold) c.flags |= CELL_BOLD;
    if (vc->attrs.underline) c.flags |= CELL_UNDERLINE;
    if (vc->attrs.reverse) c.flags |= CELL_REVERSE;
    if (vc->attrs.strike) c.flags |= CELL_STRIKE;
    if (VTERM_COLOR_IS_DEFAULT_FG(&vc->fg)) c.flags |= CELL_DEFAULT_FG;
    if (VTERM_COLOR_IS_DEFAULT_BG(&vc->bg)) c.flags |= CELL_DEFAULT_BG;
    c.fg = rgb_of(screen, vc->fg, true);
    c.bg = rgb_of(screen, vc->bg, false);
    return c;
}

static void cell_to_vterm(const TermCell *c, VTermScreenCell *vc)
{
    memset(vc, 0, sizeof *vc);
    vc->chars[0] = c->ch;
    vc->width = (c->flags & CELL_WIDE) ? 2 : 1;
    vc->attrs.bold = (c->flags & CELL_BOLD) != 0;
    vc->attrs.underline = (c->flags & CELL_UNDERLINE) ? VTERM_UNDERLINE_SINGLE : VTERM_UNDERLINE_OFF;
    vc->attrs.reverse = (c->flags & CELL_REVERSE) != 0;
    vc->attrs.strike = (c->flags & CELL_STRIKE) != 0;
    vterm_color_rgb(&vc->fg, c->fg.r, c->fg.g, c->fg.b);
    vterm_color_rgb(&vc->bg, c->bg.r, c->bg.g, c->bg.b);
    if (c->flags & CELL_DEFAULT_FG) vc->fg.type |= VTERM_COLOR_DEFAULT_FG;
    if (c->flags & CELL_DEFAULT_BG) vc->bg.type |= VTERM_COLOR_DEFAULT_BG;
}

static TermCell blank_cell(void)
{
    return (TermCell){.fg = UI_TERM_FG, .bg = UI_TERM_BG, .flags = CELL_DEFAULT_FG | CELL_DEFAULT_BG};
}

/* A cell worth keeping at the end of a line: printed, or painted, or underlined. */
static bool cell_is_blank(const TermCell *c)
{
    return (c->ch == 0 || c->ch == ' ') && (c->flags & CELL_DEFAULT_BG) && !(c->flags & (CELL_REVERSE | CELL_UNDERLINE));
}

/* ---- scrollback ------------------------------------------------------------------------ */

static SbLine *sb_line(UiTerm *t, int i) { return &t->sb[(t->sb_start + i) % UI_TERM_SCROLLBACK]; }

static int on_sb_pushline(int cols, const VTermScreenCell *cells, void *user)
{
    UiTerm *t = user;
    SbLine *line;
    if (t->sb_count == UI_TERM_SCROLLBACK) {
        line = sb_line(t, 0);
        free(line->cells);
        t->sb_start = (t->sb_start + 1) % UI_TERM_SCROLLBACK;
        line = sb_line(t, t->sb_count - 1);
    } else {
        line = sb_line(t, t->sb_count++);
    }
    TermCell *kept = xmalloc(sizeof *kept * (size_t)(cols > 0 ? cols : 1));
    int n = 0;
    for (int i = 0; i < cols; i++) {
        kept[i] = cell_from_vterm(t->screen, &cells[i]);
        if (!cell_is_blank(&kept[i])) n = i + 1;
    }
    line->n = n;
    line->cells = kept;
    t->sb_total++;
    /* A selection whose first line left the ring has lost its text. */
    if (t->sel_active && t->sel_start.line < t->sb_total - t->sb_count) ui_term_select_clear(t);
    /* A reader scrolled back keeps looking at the same lines while output arrives. */
    if (t->scroll > 0 && t->scroll < t->sb_count) t->scroll++;
    return 1;
}

static int on_sb_popline(int cols, VTermScreenCell *cells, void *user)
{
    UiTerm *t = user;
    if (t->sb_count == 0) return 0;
    SbLine *line = sb_line(t, t->sb_count - 1);
    for (int i = 0; i < cols; i++) {
        TermCell c = i < line->n ? line->cells[i] : blank_cell();
        if ((c.flags & CELL_WIDE) && i == cols - 1) c = blank_cell();   /* no room for its right half */
        cell_to_vterm(&c, &cells[i]);
    }
    free(line->cells);
    line->cells = NULL;
    line->n = 0;
    t->sb_count--;
    t->sb_total--;
    if (t->scroll > t->sb_count) t->scroll = t->sb_count;
    return 1;
}

static int on_settermprop(VTermProp prop, VTermValue *val, void *user)
{
    UiTerm *t = user;
    if (prop == VTERM_PROP_CURSORVISIBLE) t->cursor_visible = val->boolean != 0;
    if (prop == VTERM_PROP_ALTSCREEN) t->altscreen = val->boolean != 0;
    return 1;
}

static bool pos_before(SelPos a, SelPos b) { return a.line < b.line || (a.line == b.line && a.col < b.col); }

/* Whether any cell of the screen rectangle (rows and columns of the live screen) is selected. */
static bool rect_selected(const UiTerm *t, VTermRect r)
{
    if (!t->sel_active) return false;
    for (int row = r.start_row; row < r.end_row; row++) {
        long line = t->sb_total + row;
        if (line < t->sel_start.line || line > t->sel_end.line) continue;
        int lo = line == t->sel_start.line ? t->sel_start.col : 0;
        int hi = line == t->sel_end.line ? t->sel_end.col : t->cols - 1;
        if (r.start_col <= hi && r.end_col - 1 >= lo) return true;
    }
    return false;
}

/* Cells rewritten (printed, erased): a selection over them no longer shows what was chosen. */
static int on_damage(VTermRect rect, void *user)
{
    UiTerm *t = user;
    if (rect_selected(t, rect)) ui_term_select_clear(t);
    return 1;
}

/* Cells moved. A full-width scroll from the top of the main screen pushed its top lines to the
 * scrollback first (sb_total grew by as many), so every moved line keeps its absolute number
 * and the selection stays on its text, unless the scroll region ended above the bottom: rows
 * below it did not move, yet their numbers grew. Any other move (a region lower down, the
 * alternate screen, a reverse scroll) puts other text under a selection it lands on.
 * Returning 1 spares libvterm from reporting the move as damage. */
static int on_moverect(VTermRect dest, VTermRect src, void *user)
{
    UiTerm *t = user;
    (void)src;
    if (!t->sel_active) return 1;
    bool pushed = dest.start_row == 0 && dest.start_col == 0 && dest.end_col == t->cols && !t->altscreen;
    if (pushed ? t->sel_end.line >= t->sb_total + dest.end_row : rect_selected(t, dest)) ui_term_select_clear(t);
    return 1;
}

static const VTermScreenCallbacks SCREEN_CALLBACKS = {
    .damage = on_damage,
    .moverect = on_moverect,
    .settermprop = on_settermprop,
    .sb_pushline = on_sb_pushline,
    .sb_popline = on_sb_popline,
};

/* The cell at absolute line `line` (see sb_total) and column col; blank outside the history. */
static TermCell abs_cell(UiTerm *t, long line, int col)
{
    long v = line - t->sb_total;
    if (v >= 0) {
        VTermScreenCell vc;
        if (v >= t->rows || col < 0 || col >= t->cols) return blank_cell();
        if (!vterm_screen_get_cell(t->screen, (VTermPos){.row = (int)v, .col = col}, &vc)) return blank_cell();
        return cell_from_vterm(t->screen, &vc);
    }
    long i = t->sb_count + v;
    if (i < 0 || col < 0) return blank_cell();
    SbLine *sl = sb_line(t, (int)i);
    return col < sl->n ? sl->cells[col] : blank_cell();
}

/* The absolute line shown at display row `row` (0 = top of the view), as scrolled. */
static long display_line(const UiTerm *t, int row) { return t->sb_total - t->scroll + row; }

/* The cell at display row `row` and column col, as scrolled. */
static TermCell display_cell(UiTerm *t, int row, int col) { return abs_cell(t, display_line(t, row), col); }

/* ---- lifecycle -------------------------------------------------------------------------- */

static void on_output(const char *s, size_t len, void *user)
{
    UiTerm *t = user;
    if (t->write && len > 0) t->write(t->write_ud, s, len);
}

UiTerm *ui_term_new(int rows, int cols)
{
    UiTerm *t = xcalloc(1, sizeof *t);
    t->rows = rows < 1 ? 1 : rows;
    t->cols = cols < 1 ? 1 : cols;
    t->cursor_visible = true;
    t->focused = true;
    t->vt = vterm_new(t->rows, t->cols);
    vterm_set_utf8(t->vt, 1);
    vterm_output_set_callback(t->vt, on_output, t);
    t->state = vterm_obtain_state(t->vt);
    VTermColor fg, bg;
    vterm_color_rgb(&fg, UI_TERM_FG.r, UI_TERM_FG.g, UI_TERM_FG.b);
    vterm_color_rgb(&bg, UI_TERM_BG.r, UI_TERM_BG.g, UI_TERM_BG.b);
    vterm_state_set_default_colors(t->state, &fg, &bg);
    vterm_state_set_bold_highbright(t->state, 1);
    t->screen = vterm_obtain_screen(t->vt);
    vterm_screen_set_callbacks(t->screen, &SCREEN_CALLBACKS, t);
    vterm_screen_enable_altscreen(t->screen, 1);
    vterm_screen_reset(t->screen, 1);
    return t;
}

static void glyphs_clear(UiTerm *t)
{
    for (size_t i = 0; i < t->glyph_cap; i++)
        if (t->glyphs[i].tex) SDL_DestroyTexture(t->glyphs[i].tex);
    free(t->glyphs);
    t->glyphs = NULL;
    t->glyph_cap = t->glyph_n = 0;
    t->glyph_r = NULL;
}

void ui_term_free(UiTerm *t)
{
    if (!t) return;
    glyphs_clear(t);
    for (int i = 0; i < t->sb_count; i++) free(sb_line(t, i)->cells);
    vterm_free(t->vt);
    free(t);
}

void ui_term_feed(UiTerm *t, const char *bytes, size_t n)
{
    if (n > 0) vterm_input_write(t->vt, bytes, n);
}

void ui_term_set_writer(UiTerm *t, UiTermWriteFn write, void *ud)
{
    t->write = write;
    t->write_ud = ud;
}

void ui_term_resize(UiTerm *t, int rows, int cols)
{
    if (rows < 1) rows = 1;
    if (cols < 1) cols = 1;
    if (rows == t->rows && cols == t->cols) return;
    ui_term_select_clear(t);   /* lines are cut or moved: the selected text is not kept */
    t->rows = rows;
    t->cols = cols;
    vterm_set_size(t->vt, rows, cols);
    if (t->scroll > t->sb_count) t->scroll = t->sb_count;
}

void ui_term_size(const UiTerm *t, int *rows, int *cols)
{
    if (rows) *rows = t->rows;
    if (cols) *cols = t->cols;
}

void ui_term_scroll(UiTerm *t, int lines)
{
    long s = (long)t->scroll + lines;
    if (s < 0) s = 0;
    if (s > t->sb_count) s = t->sb_count;
    t->scroll = (int)s;
}

int ui_term_scroll_offset(const UiTerm *t) { return t->scroll; }
int ui_term_scrollback_lines(const UiTerm *t) { return t->sb_count; }
void ui_term_set_focused(UiTerm *t, bool focused) { t->focused = focused; }

/* ---- keyboard --------------------------------------------------------------------------- */

static VTermModifier mods_of(Uint16 kmod)
{
    int m = VTERM_MOD_NONE;
    if (kmod & KMOD_SHIFT) m |= VTERM_MOD_SHIFT;
    if (kmod & KMOD_ALT) m |= VTERM_MOD_ALT;
    if (kmod & KMOD_CTRL) m |= VTERM_MOD_CTRL;
    return (VTermModifier)m;
}

static VTermKey vterm_key_of(SDL_Keycode sym)
{
    switch (sym) {
    case SDLK_RETURN: return VTERM_KEY_ENTER;
    case SDLK_KP_ENTER: return VTERM_KEY_ENTER;
    case SDLK_TAB: return VTERM_KEY_TAB;
    case SDLK_BACKSPACE: return VTERM_KEY_BACKSPACE;
    case SDLK_ESCAPE: return VTERM_KEY_ESCAPE;
    case SDLK_UP: return VTERM_KEY_UP;
    case SDLK_DOWN: return VTERM_KEY_DOWN;
    case SDLK_LEFT: return VTERM_KEY_LEFT;
    case SDLK_RIGHT: return VTERM_KEY_RIGHT;
    case SDLK_INSERT: return VTERM_KEY_INS;
    case SDLK_DELETE: return VTERM_KEY_DEL;
    case SDLK_HOME: return VTERM_KEY_HOME;
    case SDLK_END: return VTERM_KEY_END;
    case SDLK_PAGEUP: return VTERM_KEY_PAGEUP;
    case SDLK_PAGEDOWN: return VTERM_KEY_PAGEDOWN;
    default: break;
    }
    if (sym >= SDLK_F1 && sym <= SDLK_F12) return (VTermKey)VTERM_KEY_FUNCTION(1 + (int)(sym - SDLK_F1));
    return VTERM_KEY_NONE;
}

/* Shift+PgUp/PgDn/Home/End move through the scrollback instead of reaching the program. */
static bool scroll_key(UiTerm *t, SDL_Keycode sym)
{
    int page = t->rows > 1 ? t->rows - 1 : 1;
    switch (sym) {
    case SDLK_PAGEUP: ui_term_scroll(t, page); return true;
    case SDLK_PAGEDOWN: ui_term_scroll(t, -page); return true;
    case SDLK_HOME: ui_term_scroll(t, t->sb_count); return true;
    case SDLK_END: ui_term_scroll(t, -t->sb_count); return true;
    default: return false;
    }
}

static void paste_clipboard(UiTerm *t)
{
    if (!SDL_HasClipboardText()) return;
    char *text = SDL_GetClipboardText();
    if (text) ui_term_paste(t, text);
    SDL_free(text);
}

static bool handle_key(UiTerm *t, const SDL_KeyboardEvent *k)
{
    SDL_Keycode sym = k->keysym.sym;
    Uint16 kmod = k->keysym.mod;
    bool shift_only = (kmod & KMOD_SHIFT) && !(kmod & (KMOD_CTRL | KMOD_ALT));
    if (shift_only && scroll_key(t, sym)) return true;
    if ((shift_only && sym == SDLK_INSERT) || ((kmod & KMOD_CTRL) && (kmod & KMOD_SHIFT) && sym == SDLK_v)) {
        paste_clipboard(t);
        return true;
    }
    /* Ctrl+Shift+C copies (Ctrl+C alone stays the shell's interrupt); used even with nothing
     * selected, so it never reaches the program as ^C. */
    if ((kmod & KMOD_CTRL) && (kmod & KMOD_SHIFT) && !(kmod & KMOD_ALT) && sym == SDLK_c) {
        ui_term_copy(t);
        return true;
    }
    VTermModifier mod = mods_of(kmod);
    VTermKey key = vterm_key_of(sym);
    if (key != VTERM_KEY_NONE) {
        t->scroll = 0;
        vterm_keyboard_key(t->vt, key, mod);
        return true;
    }
    /* Ctrl+letter and friends never arrive as text: send their control character. */
    if ((kmod & KMOD_CTRL) && !(kmod & KMOD_ALT)) {
        uint32_t c = 0;
        if (sym >= SDLK_a && sym <= SDLK_z) c = (uint32_t)sym;
        else if (sym == SDLK_SPACE || sym == SDLK_2) c = ' ';          /* NUL */
        else if (sym == SDLK_BACKSLASH || sym == SDLK_RIGHTBRACKET) c = (uint32_t)sym;
        else if (sym == SDLK_6) c = '^';
        else if (sym == SDLK_MINUS) c = '_';
        else if (sym == SDLK_LEFTBRACKET) {                            /* Ctrl-[ is Escape */
            t->scroll = 0;
            vterm_keyboard_key(t->vt, VTERM_KEY_ESCAPE, VTERM_MOD_NONE);
            return true;
        }
        if (c) {
            t->scroll = 0;
            vterm_keyboard_unichar(t->vt, c, VTERM_MOD_CTRL);
            return true;
        }
    }
    return false;   /* printable keys come as SDL_TEXTINPUT */
}

void ui_term_paste(UiTerm *t, const char *utf8)
{
    const char *p = utf8;
    if (!p || !*p) return;
    t->scroll = 0;
    vterm_keyboard_start_paste(t->vt);
    while (*p) {
        uint32_t c = utf8_decode(&p);
        if (c == '\r' && *p == '\n') continue;   /* CRLF is one Enter */
        if (c == '\n' || c == '\r') vterm_keyboard_key(t->vt, VTERM_KEY_ENTER, VTERM_MOD_NONE);
        else vterm_keyboard_unichar(t->vt, c, VTERM_MOD_NONE);
    }
    vterm_keyboard_end_paste(t->vt);
}

bool ui_term_handle_event(UiTerm *t, const SDL_Event *ev)
{
    switch (ev->type) {
    case SDL_TEXTINPUT: {
        const char *p = ev->text.text;
        if (!*p) return false;
        t->scroll = 0;
        while (*p) vterm_keyboard_unichar(t->vt, utf8_decode(&p), VTERM_MOD_NONE);
        return true;
    }
    case SDL_KEYDOWN: return handle_key(t, &ev->key);
    case SDL_MOUSEWHEEL: {
        int y = ev->wheel.direction == SDL_MOUSEWHEEL_FLIPPED ? -ev->wheel.y : ev->wheel.y;
        if (y == 0) return false;
        ui_term_scroll(t, y * WHEEL_LINES);
        return true;
    }
    default: return false;
    }
}

/* ---- text ------------------------------------------------------------------------------- */

char *ui_term_screen_text(UiTerm *t)
{
    Buf out = {0};
    size_t keep = 0;   /* length up to the last non-blank row */
    for (int row = 0; row < t->rows; row++) {
        if (row > 0) buf_append(&out, "\n", 1);
        size_t row_start = out.len, row_end = out.len;
        for (int col = 0; col < t->cols; col++) {
            TermCell c = display_cell(t, row, col);
            if (c.flags & CELL_CONT) continue;
            char u[4];
            size_t n = utf8_encode(c.ch ? c.ch : ' ', u);
            buf_append(&out, u, n);
            if (c.ch && c.ch != ' ') row_end = out.len;
        }
        out.len = row_end;   /* trailing blanks dropped */
        if (row_end > row_start) keep = out.len;
    }
    out.len = keep;
    if (out.data) out.data[keep] = 0;
    return buf_steal(&out);
}

/* ---- selection -------------------------------------------------------------------------- */

static void cell_size(const UiFonts *fonts, int *cw, int *ch)
{
    *cw = fonts->mono_w > 0 ? fonts->mono_w : 8;
    *ch = fonts->mono_h > 0 ? fonts->mono_h : 16;
}

static bool is_selected(const UiTerm *t, long line, int col)
{
    if (!t->sel_active) return false;
    SelPos p = {line, col};
    return !pos_before(p, t->sel_start) && !pos_before(t->sel_end, p);
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
    if (pos_before(b, a)) {
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
    SelPos a = {display_line(t, row0), clamp_int(col0, 0, t->cols - 1)};
    SelPos b = {display_line(t, row1), clamp_int(col1, 0, t->cols - 1)};
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
    TermCell c = abs_cell(t, p.line, p.col);
    int cls = char_class(&c);
    if (cls == 0) return false;
    int a = p.col, b = p.col;
    while (a > 0) {
        TermCell o = abs_cell(t, p.line, a - 1);
        if (char_class(&o) != cls) break;
        a--;
    }
    while (b < t->cols - 1) {
        TermCell o = abs_cell(t, p.line, b + 1);
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
    if (pos_before(lo, t->anchor_lo)) set_selection(t, lo, t->anchor_hi);
    else set_selection(t, t->anchor_lo, pos_before(t->anchor_hi, hi) ? hi : t->anchor_hi);
}

/* The cell under pixel (x, y) of a grid drawn into area, clamped to the grid. */
static SelPos cell_at(const UiTerm *t, const UiFonts *fonts, SDL_Rect area, int x, int y)
{
    int cw, ch;
    cell_size(fonts, &cw, &ch);
    int dx = x - area.x - UI_TERM_PAD, dy = y - area.y - UI_TERM_PAD;
    int col = dx < 0 ? 0 : dx / cw, row = dy < 0 ? 0 : dy / ch;
    row = clamp_int(row, 0, t->rows - 1);
    return (SelPos){display_line(t, row), clamp_int(col, 0, t->cols - 1)};
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
        if (lo > 0 && (abs_cell(t, line, lo).flags & CELL_CONT)) lo--;   /* the whole wide character */
        size_t row_end = out.len;
        for (int col = lo; col <= hi; col++) {
            TermCell c = abs_cell(t, line, col);
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

/* ---- drawing ---------------------------------------------------------------------------- */

void ui_term_fit(const UiFonts *fonts, SDL_Rect area, int *rows, int *cols)
{
    int cw, ch;
    cell_size(fonts, &cw, &ch);
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
        glyphs_clear(t);
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
    long line = display_line(t, row);
    for (int col = 0; col < t->cols; col++) {
        cells[col] = abs_cell(t, line, col);
        bool rev = (cells[col].flags & CELL_REVERSE) != 0;
        fgs[col] = rev ? cells[col].bg : cells[col].fg;
        bgs[col] = rev ? cells[col].fg : cells[col].bg;
        if (is_selected(t, line, col)) bgs[col] = UI_TERM_SEL_BG;   /* the text keeps its colour */
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
    cell_size(d->fonts, &cw, &chh);
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
