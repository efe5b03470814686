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
 *  - Otherwise the lines before the last (scrollback + rows + 1) are dropped unfed but for their
 *    SGR sequences (from the last reset on), the cursor goes to the start of the bottom row,
 *    blanked in that pen as their last line feed would have scrolled it in, and the rest goes
 *    through libvterm. A coloured flood (`grep --color`, a test runner: 4.7 MB) took 20-34 s of
 *    which 3 s of the UI thread's CPU and frames 5-7 s apart when every line went through
 *    libvterm; now 0.6-0.8 s of CPU and frames at most 0.6 s apart (load 25-35).
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

/* The plain run at bytes (run bytes, feeds line feeds): handles it as above and returns the
 * bytes it took (0: too short, the caller feeds it). */
static size_t flood_run(UiTerm *t, const char *bytes, size_t plain, long feeds)
{
    long scrollback = UI_TERM_SCROLLBACK, rows = t->rows;
    if (t->altscreen || feeds < scrollback + rows + 1) return 0;
    size_t direct = after_feed(bytes, plain, feeds - rows - scrollback + 1);
    size_t tail = after_feed(bytes, plain, feeds - rows + 1);
    if (cut_after_crlf(bytes, direct) && cut_after_crlf(bytes, tail) && ascii_crlf_lines(bytes + direct, tail - direct)) {
        bool reading_back = t->scroll > 0;
        replay_pen(t, bytes, direct);
        term_sb_clear(t);
        vterm_input_write(t->vt, "\x1b[H\x1b[2J", 7);   /* its rows would all have scrolled away */
        push_lines(t, bytes + direct, tail - direct);
        if (reading_back) t->scroll = t->sb_count;   /* at the oldest line, as scrolling on would leave it */
        vterm_input_write(t->vt, bytes + tail, plain - tail);
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
