/* ui_term_flood.c: a flood of plain output (`seq`, `cat` of a log) costs the terminal only the
 * lines that stay. libvterm moves its whole screen for every line feed at the bottom, so a
 * 300,000-line flood fed line by line spends seconds moving cells that scroll away unseen.
 *
 * When a run of plain text (printable characters, UTF-8, tabs, CR and
 * LF: nothing that changes the pen or the modes, or moves the cursor but a new line) holding at
 * least the scrollback's and the screen's worth of line feeds and one more, everything on
 * screen and in the scrollback would be pushed out by them: only the last lines matter.
 *  - ASCII lines ending in CR LF (the common case): the scrollback is refilled directly with
 *    the UI_TERM_SCROLLBACK lines before the screen's last rows - 1 line feeds (split into rows
 *    of the grid's width, in the current pen), the screen is cleared and only those last lines
 *    go through libvterm, which places them and the cursor exactly as the full feed would.
 *  - Otherwise the lines before the last (scrollback + rows + 1) are dropped unfed and the rest
 *    goes through libvterm.
 * The cuts are made right after a CR LF, so the kept lines start at column 0 as they would
 * have. Not in the alternate screen (a full-screen program draws in place; no scrollback).
 * Assumed: no scroll region left set by a program (plain text then scrolls only inside it). */
#include "ui/ui_term_internal.h"

#include <string.h>

static bool plain_byte(unsigned char c) { return c >= 0x20 ? c != 0x7f : c == '\r' || c == '\n' || c == '\t'; }

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
    if (cut_after_crlf(bytes, direct) && ascii_crlf_lines(bytes + direct, plain - direct)) {
        bool reading_back = t->scroll > 0;
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
    return cut;
}

/* Where an escape sequence the terminal is reading stands, after each byte: outside one
 * (GROUND), after ESC, in a CSI, in a string (OSC, DCS, APC, PM, SOS: up to BEL or ESC \). */
enum { GROUND, ESCAPE, CSI, STRING, STRING_ESC };

static uint8_t next_state(uint8_t state, unsigned char c)
{
    if (c == 0x18 || c == 0x1a) return GROUND;   /* CAN, SUB: abort */
    switch (state) {
    case GROUND: return c == 0x1b ? ESCAPE : GROUND;
    case CSI: return c == 0x1b ? ESCAPE : c >= 0x40 && c <= 0x7e ? GROUND : CSI;
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
            t->esc_state = next_state(t->esc_state, c);
            at++;
            continue;
        }
        size_t end = at;
        long feeds = 0;
        while (end < n && plain_byte((unsigned char)bytes[end])) feeds += bytes[end++] == '\n';
        if (fed < at) vterm_input_write(t->vt, bytes + fed, at - fed);
        fed = at;
        size_t taken = flood_run(t, bytes + at, end - at, feeds);
        if (taken) fed = at + taken;   /* taken: handled or dropped; the rest is fed as usual */
        at = end;
    }
    if (fed < n) vterm_input_write(t->vt, bytes + fed, n - fed);
}
