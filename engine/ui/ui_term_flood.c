/* ui_term_flood.c: a flood of plain output (`seq`, `cat` of a log, coloured or not) costs the
 * terminal only the lines that stay. libvterm moves its whole screen for every line feed at the
 * bottom, so a 300,000-line flood fed line by line spends seconds moving cells that scroll away
 * unseen.
 *
 * When a run of plain text (printable characters, UTF-8, tabs, CR and LF, and the styling
 * sequences SGR (CSI ... m: the pen) and EL (CSI K, CSI 0 K: blanks the rest of the row): nothing
 * that changes a mode, or moves the cursor but a new line) holds at least the scrollback's and
 * the screen's worth of line feeds and one more, everything on screen and in the scrollback
 * would be pushed out by them: only the last lines, and the pen, matter.
 *  - When the lines before the screen's last rows - 1 line feeds are ASCII ending in CR LF (the
 *    common case): the scrollback is refilled directly with the UI_TERM_SCROLLBACK lines before
 *    those (split into rows of the grid's width, in the pen the bytes before them left), the
 *    screen is cleared and only the last lines go through libvterm, which places them and the
 *    cursor exactly as the full feed would.
 *  - When those lines are not ASCII but plain text and styling sequences without tabs, ending
 *    in CR LF (a coloured flood: `grep --color`, a test runner), the same, but the scrollback's
 *    lines go through a two-row libvterm (t->rows_vt, starting in the pen the bytes before them
 *    left) that pushes each row as the screen would (colours, erased tails, wraps), without
 *    moving the whole screen per line; the last lines then scroll in from the bottom row of the
 *    cleared screen, so every row they bring is blank in the pen of its own line feed.
 *  - Otherwise the lines before the last (scrollback + rows + 1) are dropped unfed but for their
 *    SGR sequences (from the last reset on), the cursor goes to the start of the bottom row,
 *    blanked in that pen as their last line feed would have scrolled it in, and the rest goes
 *    through libvterm. A coloured flood (`grep --color`, a test runner: 4.7 MB) took 20-34 s of
 *    which 3 s of the UI thread's CPU and frames 5-7 s apart when every line went through
 *    libvterm; 0.6-0.8 s of CPU and frames at most 0.6 s apart (load 25-35) this way, 0.34-0.45 s
 *    through t->rows_vt (the bench's, load 14-17).
 * The cuts are made right after a CR LF, so the kept lines start at column 0 as they would
 * have. Not in the alternate screen (a full-screen program draws in place; no scrollback).
 * Assumed: no scroll region left set by a program (plain text then scrolls only inside it). */
#include "ui/ui_term_internal.h"

#include <stdio.h>
#include <string.h>

static bool plain_byte(unsigned char c) { return c >= 0x20 ? c != 0x7f : c == '\r' || c == '\n' || c == '\t'; }

/* The length of the complete SGR (CSI ... m) or erase-in-line (CSI K, CSI 0 K) sequence at
 * s[0..n), or 0. Neither moves the cursor nor changes a mode: SGR sets the pen, EL blanks the
 * cursor's row from it on; a line that scrolls away unseen leaves only the pen behind. */
static size_t styling_seq(const char *s, size_t n)
{
    if (n < 3 || s[0] != 0x1b || s[1] != '[') return 0;
    size_t i = 2;
    int seps = 0;
    for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == ';' || s[i] == ':'); i++)
        if (s[i] == ';' || s[i] == ':') seps++;
    if (seps >= CSI_ARGS_KEPT) return 0;   /* too many arguments: term_feed cuts them */
    if (i == n) return 0;   /* unfinished here: the escape state machine takes it */
    if (s[i] == 'm') return i + 1;
    if (s[i] == 'K' && (i == 2 || (i == 3 && s[2] == '0'))) return i + 1;
    return 0;
}

static bool is_sgr(const char *s, size_t len) { return s[len - 1] == 'm'; }
static bool is_reset(const char *s, size_t len) { return len == 3 || (len == 4 && s[2] == '0'); }   /* ESC [ m, ESC [ 0 m */

/* Gives libvterm the pen that bytes[0..n) (a run of plain text and styling sequences) leaves:
 * its SGR sequences from the last full reset on, without the text. */
static void replay_pen(UiTerm *t, const char *bytes, size_t n)
{
    size_t from = 0;
    for (size_t i = 0; i < n;) {
        size_t len = bytes[i] == 0x1b ? styling_seq(bytes + i, n - i) : 0;
        if (len && is_sgr(bytes + i, len) && is_reset(bytes + i, len)) from = i;
        i += len ? len : 1;
    }
    char out[4096];
    size_t used = 0;
    for (size_t i = from; i < n;) {
        size_t len = bytes[i] == 0x1b ? styling_seq(bytes + i, n - i) : 0;
        if (len && is_sgr(bytes + i, len)) {
            if (used + len > sizeof out) {
                vterm_input_write(t->vt, out, used);
                used = 0;
            }
            if (len > sizeof out) {
                vterm_input_write(t->vt, bytes + i, len);   /* a sequence longer than the buffer */
            } else {
                memcpy(out + used, bytes + i, len);
                used += len;
            }
        }
        i += len ? len : 1;
    }
    if (used) vterm_input_write(t->vt, out, used);
}

/* Offset just after line feed number `nth` (1-based) in bytes[0..n), or 0. */
static size_t after_feed(const char *bytes, size_t n, long nth)
{
    long seen = 0;
    for (size_t i = 0; i < n; i++)
        if (bytes[i] == '\n' && ++seen == nth) return i + 1;
    return 0;
}

static bool cut_after_crlf(const char *bytes, size_t cut) { return cut >= 2 && bytes[cut - 2] == '\r'; }

/* Printable ASCII lines, each ending in CR LF (the last may be unfinished). */
static bool ascii_crlf_lines(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\r' ? !(i + 1 < n && s[i + 1] == '\n') : c == '\n' ? !(i > 0 && s[i - 1] == '\r') : c < 0x20 || c > 0x7e)
            return false;
    }
    return true;
}

/* A cell of the current pen holding ch (0: blank). */
static VTermScreenCell pen_cell(UiTerm *t)
{
    VTermScreenCell c;
    memset(&c, 0, sizeof c);
    c.width = 1;
    VTermValue v;
    if (vterm_state_get_penattr(t->state, VTERM_ATTR_BOLD, &v)) c.attrs.bold = v.boolean ? 1 : 0;
    if (vterm_state_get_penattr(t->state, VTERM_ATTR_UNDERLINE, &v)) c.attrs.underline = (unsigned)v.number & 3;
    if (vterm_state_get_penattr(t->state, VTERM_ATTR_REVERSE, &v)) c.attrs.reverse = v.boolean ? 1 : 0;
    if (vterm_state_get_penattr(t->state, VTERM_ATTR_STRIKE, &v)) c.attrs.strike = v.boolean ? 1 : 0;
    if (vterm_state_get_penattr(t->state, VTERM_ATTR_FOREGROUND, &v)) c.fg = v.color;
    if (vterm_state_get_penattr(t->state, VTERM_ATTR_BACKGROUND, &v)) c.bg = v.color;
    return c;
}

/* Pushes the CR LF-ended ASCII lines of s[0..n) into the scrollback as rows of the grid. */
static void push_lines(UiTerm *t, const char *s, size_t n)
{
    VTermScreenCell vpen = pen_cell(t);
    TermCell pen = term_cell_from_vterm(t, &vpen);
    size_t cols = (size_t)t->cols;
    for (size_t at = 0; at < n;) {
        const char *end = memchr(s + at, '\r', n - at);
        size_t len = (size_t)(end - (s + at));
        size_t done = 0;
        do {   /* an empty line is one blank row */
            size_t row = len - done < cols ? len - done : cols;
            term_sb_push_ascii(t, pen, s + at + done, (int)row);
            done += cols;
        } while (done < len);
        at += len + 2;   /* past CR LF */
    }
}

static int on_row_pushed(int cols, const VTermScreenCell *cells, void *user)
{
    term_sb_push(user, cols, cells);
    return 1;
}

static const VTermScreenCallbacks ROW_CALLBACKS = {.sb_pushline = on_row_pushed};

/* t->rows_vt, two rows of t's width, reset, with t's colours: on its bottom row every line
 * feed pushes the row above into t's scrollback, as t's own screen would push it from its top
 * (a one-row screen only erases its row). */
static VTerm *rows_vt(UiTerm *t)
{
    if (!t->rows_vt) {
        t->rows_vt = vterm_new(2, t->cols);
        vterm_set_utf8(t->rows_vt, 1);
        VTermState *state = vterm_obtain_state(t->rows_vt);
        VTermColor fg, bg;
        vterm_state_get_default_colors(t->state, &fg, &bg);
        vterm_state_set_default_colors(state, &fg, &bg);
        vterm_state_set_bold_highbright(state, 1);
        vterm_screen_set_callbacks(vterm_obtain_screen(t->rows_vt), &ROW_CALLBACKS, t);
    }
    int rows, cols;
    vterm_get_size(t->rows_vt, &rows, &cols);
    if (cols != t->cols) vterm_set_size(t->rows_vt, 2, t->cols);
    vterm_screen_reset(vterm_obtain_screen(t->rows_vt), 1);
    return t->rows_vt;
}

/* A colour's own SGR sequence (each its own: libvterm 0.1.4 keeps 16 arguments). */
static int sgr_color(char *out, size_t size, const VTermColor *c, int base)
{
    if (base == 38 ? VTERM_COLOR_IS_DEFAULT_FG(c) : VTERM_COLOR_IS_DEFAULT_BG(c)) return 0;
    if (VTERM_COLOR_IS_INDEXED(c)) return snprintf(out, size, "\x1b[%d;5;%dm", base, c->indexed.idx);
    return snprintf(out, size, "\x1b[%d;2;%d;%d;%dm", base, c->rgb.red, c->rgb.green, c->rgb.blue);
}

/* For t->rows_vt: to the bottom row, the SGR sequence that sets t's current pen on a reset
 * terminal, then EL 2: the row blank in it, as a line feed in that pen scrolls a row in. */
static int pen_sgr(UiTerm *t, char *out, size_t size)
{
    static const struct { VTermAttr attr; int on; } FLAGS[] = {
        {VTERM_ATTR_BOLD, 1}, {VTERM_ATTR_ITALIC, 3}, {VTERM_ATTR_BLINK, 5},
        {VTERM_ATTR_REVERSE, 7}, {VTERM_ATTR_STRIKE, 9},
    };
    int n = snprintf(out, size, "\x1b[2;1H\x1b[0");
    VTermValue v;
    for (size_t i = 0; i < sizeof FLAGS / sizeof FLAGS[0]; i++)
        if (vterm_state_get_penattr(t->state, FLAGS[i].attr, &v) && v.boolean) n += snprintf(out + n, size - (size_t)n, ";%d", FLAGS[i].on);
    if (vterm_state_get_penattr(t->state, VTERM_ATTR_UNDERLINE, &v) && v.number)   /* single, double, curly */
        n += snprintf(out + n, size - (size_t)n, v.number == 1 ? ";4" : v.number == 2 ? ";21" : ";4:%d", v.number);
    if (vterm_state_get_penattr(t->state, VTERM_ATTR_FONT, &v) && v.number) n += snprintf(out + n, size - (size_t)n, ";%d", 10 + v.number);
    n += snprintf(out + n, size - (size_t)n, "m");
    if (vterm_state_get_penattr(t->state, VTERM_ATTR_FOREGROUND, &v)) n += sgr_color(out + n, size - (size_t)n, &v.color, 38);
    if (vterm_state_get_penattr(t->state, VTERM_ATTR_BACKGROUND, &v)) n += sgr_color(out + n, size - (size_t)n, &v.color, 48);
    n += snprintf(out + n, size - (size_t)n, "\x1b[2K");
    return n;
}

/* Pushes the lines of s[0..n) (plain text and styling sequences, no tab, CR LF-ended) into
 * the scrollback through t->rows_vt, starting in t's pen: each row as libvterm leaves it,
 * colours, erased tails and wrapped rows included, without moving t's whole screen per line. */
static void push_styled_lines(UiTerm *t, const char *s, size_t n)
{
    VTerm *vt = rows_vt(t);
    char pen[160];
    int len = pen_sgr(t, pen, sizeof pen);
    vterm_input_write(vt, pen, (size_t)len);
    t->sb_mute = 1;   /* the blank row above */
    vterm_input_write(vt, s, n);
    vterm_input_write(vt, "\n", 1);   /* the last line, from the row above */
    t->sb_mute = 0;
}

/* The plain run at bytes (run bytes, feeds line feeds): handles it as above and returns the
 * bytes it took (0: too short, the caller feeds it). */
static size_t flood_run(UiTerm *t, const char *bytes, size_t plain, long feeds)
{
    long scrollback = UI_TERM_SCROLLBACK, rows = t->rows;
    if (t->altscreen || feeds < scrollback + rows + 1) return 0;
    size_t direct = after_feed(bytes, plain, feeds - rows - scrollback + 1);
    size_t tail = after_feed(bytes, plain, feeds - rows + 1);
    bool ascii = cut_after_crlf(bytes, direct) && cut_after_crlf(bytes, tail) && ascii_crlf_lines(bytes + direct, tail - direct);
    bool styled = !ascii && cut_after_crlf(bytes, direct) && cut_after_crlf(bytes, tail) && !memchr(bytes + direct, '\t', tail - direct);
    if (ascii || styled) {
        bool reading_back = t->scroll > 0;
        replay_pen(t, bytes, direct);
        term_sb_clear(t);
        if (ascii) {
            vterm_input_write(t->vt, "\x1b[H\x1b[2J", 7);   /* its rows would all have scrolled away */
            push_lines(t, bytes + direct, tail - direct);
            vterm_input_write(t->vt, bytes + tail, plain - tail);
        } else {
            /* The last lines scroll in from the bottom row, blank in the pen of the line feed
             * before them, each row they scroll in blank in the pen of its line feed; the
             * cleared rows above the bottom one leave unkept. */
            push_styled_lines(t, bytes + direct, tail - direct);
            replay_pen(t, bytes + direct, tail - direct);
            char bottom[32];
            int len = snprintf(bottom, sizeof bottom, "\x1b[H\x1b[2J\x1b[%d;1H\x1b[2K", t->rows);
            vterm_input_write(t->vt, bottom, (size_t)len);
            t->sb_mute = t->rows - 1;
            vterm_input_write(t->vt, bytes + tail, plain - tail);
            t->sb_mute = 0;
        }
        if (reading_back) t->scroll = t->sb_count;   /* at the oldest line, as scrolling on would leave it */
        return plain;
    }
    /* Drop the lines before the last (scrollback + rows + 1) line feeds, cut after a CR LF. */
    size_t cut = 0;
    for (long nth = feeds - (scrollback + rows + 1); nth >= 1 && !cut; nth--) {
        size_t at = after_feed(bytes, plain, nth);
        if (cut_after_crlf(bytes, at)) cut = at;
    }
    if (cut) {
        /* As after the dropped lines: their pen, the cursor at the start of the bottom row, which
         * their last line feed scrolled in blank in that pen's colours (it may show: the first
         * kept line is written there). The rows above scroll away unseen. */
        replay_pen(t, bytes, cut);
        char bottom[32];
        int len = snprintf(bottom, sizeof bottom, "\x1b[%d;1H\x1b[2K", t->rows);
        vterm_input_write(t->vt, bottom, (size_t)len);
    }
    return cut;
}

/* Where an escape sequence the terminal is reading stands, after each byte: outside one
 * (GROUND), after ESC, in a CSI, in a string (OSC, DCS, APC, PM, SOS: up to BEL or ESC \); in
 * a CSI with too many arguments, which is not fed (CSI_DROP, to its final byte). */
enum { GROUND, ESCAPE, CSI, STRING, STRING_ESC, CSI_DROP };

static uint8_t next_state(uint8_t state, unsigned char c)
{
    if (c == 0x18 || c == 0x1a) return GROUND;   /* CAN, SUB: abort */
    switch (state) {
    case GROUND: return c == 0x1b ? ESCAPE : GROUND;
    case CSI: return c == 0x1b ? ESCAPE : c >= 0x40 && c <= 0x7e ? GROUND : CSI;
    case CSI_DROP: return c == 0x1b ? ESCAPE : c >= 0x40 && c <= 0x7e ? GROUND : CSI_DROP;
    case STRING: return c == 0x07 ? GROUND : c == 0x1b ? STRING_ESC : STRING;
    case STRING_ESC:
        if (c == '\\') return GROUND;
        state = ESCAPE;   /* ESC ended the string and begins a sequence */
        /* fall through */
    default:   /* ESCAPE */
        if (c == '[') return CSI;
        if (c == ']' || c == 'P' || c == '_' || c == '^' || c == 'X') return STRING;
        if (c == 0x1b || c < 0x30) return ESCAPE;   /* intermediates, and C0 controls executed */
        return c <= 0x7e ? GROUND : ESCAPE;
    }
}

void term_feed(UiTerm *t, const char *bytes, size_t n)
{
    size_t at = 0, fed = 0;
    while (at < n) {
        unsigned char c = (unsigned char)bytes[at];
        if (t->esc_state != GROUND || !plain_byte(c)) {
            uint8_t was = t->esc_state;
            t->esc_state = next_state(was, c);
            if (t->esc_state == CSI && was != CSI) t->csi_seps = 0;
            if (t->esc_state == CSI && (c == ';' || c == ':') && ++t->csi_seps >= CSI_ARGS_KEPT) {
                /* libvterm 0.1.4 writes a CSI's arguments past its array of 16: cancel the
                 * sequence there (CAN) and drop the rest of it. */
                vterm_input_write(t->vt, bytes + fed, at - fed);
                vterm_input_write(t->vt, "\x18", 1);
                t->esc_state = CSI_DROP;
            }
            if (t->esc_state == CSI_DROP || (was == CSI_DROP && t->esc_state != ESCAPE)) fed = at + 1;   /* not fed */
            at++;
            continue;
        }
        size_t end = at;
        long feeds = 0;
        for (size_t len; end < n;) {
            if (plain_byte((unsigned char)bytes[end])) {
                feeds += bytes[end++] == '\n';
            } else if ((len = styling_seq(bytes + end, n - end)) > 0) {
                end += len;
            } else {
                break;
            }
        }
        if (fed < at) vterm_input_write(t->vt, bytes + fed, at - fed);
        fed = at;
        size_t taken = flood_run(t, bytes + at, end - at, feeds);
        if (taken) fed = at + taken;   /* taken: handled or dropped; the rest is fed as usual */
        at = end;
    }
    if (fed < n) vterm_input_write(t->vt, bytes + fed, n - fed);
}
