/* ui_term.c: the desktop's terminal widget (see ui_term.h). libvterm parses the display bytes
 * into a screen of cells and encodes keys; this file keeps the lines libvterm scrolls off in
 * a ring of compact cells and maps SDL events to libvterm's keyboard calls. Output that
 * rewrites a selected cell, or the ring dropping its line, clears the learner's selection
 * (ui_term_select.c). Drawing and the glyph cache are in ui_term_draw.c. */
#include "ui/ui_term_internal.h"

#include "base/utf8.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

const SDL_Color UI_TERM_SEL_BG = {0x26, 0x4f, 0x78, 0xff};

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

/* The ring's next line with room for n cells: a free slot, or the oldest line when the ring is
 * full; its buffer is reused. The caller fills cells[0..n) and calls sb_pushed. */
static SbLine *sb_take(UiTerm *t, int n)
{
    SbLine *line;
    if (t->sb_count == UI_TERM_SCROLLBACK) {
        t->sb_start = (t->sb_start + 1) % UI_TERM_SCROLLBACK;
        line = sb_line(t, t->sb_count - 1);   /* the slot of the line just dropped */
    } else {
        line = sb_line(t, t->sb_count++);
    }
    if (line->cap < n) {
        line->cells = xrealloc(line->cells, sizeof *line->cells * (size_t)n);
        line->cap = n;
    }
    line->n = n;
    return line;
}

static void sb_pushed(UiTerm *t)
{
    t->sb_total++;
    /* A selection whose first line left the ring has lost its text. */
    if (t->sel_active && t->sel_start.line < t->sb_total - t->sb_count) ui_term_select_clear(t);
    /* A reader scrolled back keeps looking at the same lines while output arrives. */
    if (t->scroll > 0 && t->scroll < t->sb_count) t->scroll++;
}

static int on_sb_pushline(int cols, const VTermScreenCell *cells, void *user)
{
    UiTerm *t = user;
    if (t->sb_mute > 0) {
        t->sb_mute--;
        return 1;
    }
    if (t->sb_row_cap < cols) {
        t->sb_row = xrealloc(t->sb_row, sizeof *t->sb_row * (size_t)cols);
        t->sb_row_cap = cols;
    }
    int n = 0;
    for (int i = 0; i < cols; i++) {
        t->sb_row[i] = cell_from_vterm(t->screen, &cells[i]);
        if (!cell_is_blank(&t->sb_row[i])) n = i + 1;
    }
    SbLine *line = sb_take(t, n);
    if (n > 0) memcpy(line->cells, t->sb_row, sizeof *line->cells * (size_t)n);
    sb_pushed(t);
    return 1;
}

void term_sb_push(UiTerm *t, int cols, const VTermScreenCell *cells) { on_sb_pushline(cols, cells, t); }

void term_sb_push_ascii(UiTerm *t, TermCell pen, const char *ascii, int len)
{
    TermCell blank = pen;
    blank.ch = 0;
    int n = len;
    if (!cell_is_blank(&blank)) n = t->cols;   /* a painted pen paints the whole row */
    else
        while (n > 0 && ascii[n - 1] == ' ') n--;
    SbLine *line = sb_take(t, n);
    for (int i = 0; i < n; i++) {
        line->cells[i] = i < len ? pen : blank;
        if (i < len) line->cells[i].ch = (uint32_t)(unsigned char)ascii[i];
    }
    sb_pushed(t);
}

TermCell term_cell_from_vterm(const UiTerm *t, const VTermScreenCell *vc) { return cell_from_vterm(t->screen, vc); }

void term_sb_clear(UiTerm *t)
{
    for (int i = 0; i < t->sb_count; i++) sb_line(t, i)->n = 0;   /* the buffers stay, for the next lines */
    t->sb_total += t->rows;   /* the screen's rows went too: line numbers never repeat */
    t->sb_start = t->sb_count = 0;
    t->scroll = 0;
    ui_term_select_clear(t);
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
    line->n = 0;   /* its buffer stays, for the next line pushed */
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

bool term_pos_before(SelPos a, SelPos b) { return a.line < b.line || (a.line == b.line && a.col < b.col); }

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
TermCell term_abs_cell(UiTerm *t, long line, int col)
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
long term_display_line(const UiTerm *t, int row) { return t->sb_total - t->scroll + row; }

/* The cell at display row `row` and column col, as scrolled. */
TermCell display_cell(UiTerm *t, int row, int col) { return term_abs_cell(t, term_display_line(t, row), col); }

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

void ui_term_free(UiTerm *t)
{
    if (!t) return;
    term_draw_free(t);
    for (int i = 0; i < UI_TERM_SCROLLBACK; i++) free(t->sb[i].cells);
    free(t->sb_row);
    if (t->rows_vt) vterm_free(t->rows_vt);
    vterm_free(t->vt);
    free(t);
}

void ui_term_feed(UiTerm *t, const char *bytes, size_t n)
{
    term_feed(t, bytes, n);
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

