/* ui_textfield.c: the editable text field (ui_textfield.h). Characters are a lead byte and
 * the continuation bytes after it (so a stray byte is one character, and caret steps back and
 * forth always agree); pixel positions come from TTF measuring a line's prefix, cut in place
 * by a temporary NUL, with binary searches over character boundaries for the inverse. */
#include "ui/ui_textfield.h"

#include "ui/ui_scroll.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

static bool is_cont(char c) { return ((unsigned char)c & 0xc0) == 0x80; }

static bool is_word(char ch)
{
    unsigned char c = (unsigned char)ch;
    return c >= 0x80 || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static size_t next_b(const UiTextField *tf, size_t i)
{
    if (i >= tf->len) return tf->len;
    for (i++; i < tf->len && is_cont(tf->text[i]); i++) {}
    return i;
}

static size_t prev_b(const UiTextField *tf, size_t i)
{
    if (i == 0) return 0;
    for (i--; i > 0 && is_cont(tf->text[i]); i--) {}
    return i;
}

static size_t line_start(const UiTextField *tf, size_t i)
{
    while (i > 0 && tf->text[i - 1] != '\n') i--;
    return i;
}

static size_t line_end(const UiTextField *tf, size_t i)
{
    while (i < tf->len && tf->text[i] != '\n') i++;
    return i;
}

static int line_of(const UiTextField *tf, size_t i)
{
    int n = 0;
    for (size_t k = 0; k < i; k++) n += tf->text[k] == '\n';
    return n;
}

/* Byte offset where line number line starts (the last line when there are fewer). */
static size_t nth_line(const UiTextField *tf, int line)
{
    size_t i = 0;
    for (int n = 0; n < line; n++) {
        size_t e = line_end(tf, i);
        if (e >= tf->len) break;
        i = e + 1;
    }
    return i;
}

static size_t word_left(const UiTextField *tf, size_t i)
{
    while (i > 0 && !is_word(tf->text[prev_b(tf, i)])) i = prev_b(tf, i);
    while (i > 0 && is_word(tf->text[prev_b(tf, i)])) i = prev_b(tf, i);
    return i;
}

static size_t word_right(const UiTextField *tf, size_t i)
{
    while (i < tf->len && !is_word(tf->text[i])) i = next_b(tf, i);
    while (i < tf->len && is_word(tf->text[i])) i = next_b(tf, i);
    return i;
}

/* The pixel width of text[a..b) (b is cut with a NUL for TTF, then restored). */
static int span_w(UiTextField *tf, TTF_Font *f, size_t a, size_t b)
{
    if (b <= a) return 0;
    char keep = tf->text[b];
    tf->text[b] = 0;
    int w = ui_text_width(f, tf->text + a);
    tf->text[b] = keep;
    return w;
}

/* The boundary p in [a, b] of one line whose prefix text[a..p) is widest but at most px
 * wide; with nearest, whichever of it and the next boundary is closer to px. */
static size_t pos_at_x(UiTextField *tf, TTF_Font *f, size_t a, size_t b, int px, bool nearest)
{
    if (px <= 0) return a;
    if (span_w(tf, f, a, b) <= px) return b;
    size_t lo = a, hi = b;   /* width(a..lo) <= px < width(a..hi) */
    while (next_b(tf, lo) < hi) {
        size_t mid = lo + (hi - lo) / 2;
        while (mid > lo && is_cont(tf->text[mid])) mid--;
        if (mid == lo) mid = next_b(tf, lo);
        if (span_w(tf, f, a, mid) <= px) lo = mid;
        else hi = mid;
    }
    if (nearest && span_w(tf, f, a, hi) - px < px - span_w(tf, f, a, lo)) return hi;
    return lo;
}

void ui_textfield_init(UiTextField *tf, size_t cap, bool multiline, int max_lines)
{
    memset(tf, 0, sizeof *tf);
    tf->cap = cap;
    tf->text = xcalloc(cap + 1, 1);
    tf->multiline = multiline;
    tf->max_lines = max_lines > 0 ? max_lines : 1;
    tf->caret_px = -1;
}

void ui_textfield_free(UiTextField *tf)
{
    free(tf->text);
    tf->text = NULL;
}

void ui_textfield_clear(UiTextField *tf)
{
    tf->len = tf->caret = 0;
    tf->text[0] = 0;
    tf->clipped = false;
    tf->scroll_x = tf->first_line = 0;
}

void ui_textfield_set(UiTextField *tf, const char *utf8)
{
    ui_textfield_clear(tf);
    ui_textfield_insert(tf, utf8);
}

bool ui_textfield_insert(UiTextField *tf, const char *utf8)
{
    size_t room = tf->cap - tf->len, n_out = 0;
    char *out = xmalloc(room + 1);
    bool cut = false;
    for (const char *p = utf8 ? utf8 : ""; *p;) {
        size_t n = 1;
        while (p[n] && is_cont(p[n])) n++;
        char one = 0;   /* a replacement for a one-byte character, or 0 */
        if (*p == '\r') {
            one = '\n';
            if (p[1] == '\n') n = 2;
        } else if (*p == '\t') {
            one = ' ';
        } else if (*p == '\n') {
            one = '\n';
        }
        if (one == '\n' && !tf->multiline) one = ' ';
        size_t w = one ? 1 : n;
        if (n_out + w > room) {
            cut = true;
            break;
        }
        if (one) out[n_out++] = one;
        else memcpy(out + n_out, p, n), n_out += n;
        p += n;
    }
    memmove(tf->text + tf->caret + n_out, tf->text + tf->caret, tf->len - tf->caret + 1);
    memcpy(tf->text + tf->caret, out, n_out);
    tf->len += n_out;
    tf->caret += n_out;
    free(out);
    tf->clipped = cut;
    return !cut;
}

static void delete_range(UiTextField *tf, size_t a, size_t b)
{
    if (b <= a) return;
    memmove(tf->text + a, tf->text + b, tf->len - b + 1);
    tf->len -= b - a;
    tf->caret = a;
    tf->clipped = false;
}

/* The caret to the line above (dir < 0) or below at the same pixel column; false at the edge. */
static bool move_line(UiTextField *tf, TTF_Font *f, int dir)
{
    size_t ls = line_start(tf, tf->caret), le = line_end(tf, tf->caret), a, b;
    if (dir < 0) {
        if (ls == 0) return false;
        b = ls - 1;
        a = line_start(tf, b);
    } else {
        if (le >= tf->len) return false;
        a = le + 1;
        b = line_end(tf, a);
    }
    tf->caret = pos_at_x(tf, f, a, b, span_w(tf, f, ls, tf->caret), true);
    return true;
}

bool ui_textfield_key(UiTextField *tf, const SDL_KeyboardEvent *k, TTF_Font *font)
{
    bool ctrl = (k->keysym.mod & KMOD_CTRL) != 0, shift = (k->keysym.mod & KMOD_SHIFT) != 0;
    switch (k->keysym.sym) {
    case SDLK_LEFT: tf->caret = ctrl ? word_left(tf, tf->caret) : prev_b(tf, tf->caret); return true;
    case SDLK_RIGHT: tf->caret = ctrl ? word_right(tf, tf->caret) : next_b(tf, tf->caret); return true;
    case SDLK_HOME: tf->caret = ctrl ? 0 : line_start(tf, tf->caret); return true;
    case SDLK_END: tf->caret = ctrl ? tf->len : line_end(tf, tf->caret); return true;
    case SDLK_UP: return move_line(tf, font, -1);
    case SDLK_DOWN: return move_line(tf, font, 1);
    case SDLK_BACKSPACE:
        delete_range(tf, ctrl ? word_left(tf, tf->caret) : prev_b(tf, tf->caret), tf->caret);
        return true;
    case SDLK_DELETE:
        delete_range(tf, tf->caret, ctrl ? word_right(tf, tf->caret) : next_b(tf, tf->caret));
        return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
        if (!shift || !tf->multiline) return false;
        ui_textfield_insert(tf, "\n");
        return true;
    case SDLK_v:
        if (!ctrl) return false;
        if (SDL_HasClipboardText()) {
            char *clip = SDL_GetClipboardText();
            if (clip) ui_textfield_insert(tf, clip);
            SDL_free(clip);
        }
        return true;
    default: return false;
    }
}

int ui_textfield_lines(const UiTextField *tf) { return 1 + line_of(tf, tf->len); }

int ui_textfield_visible_lines(const UiTextField *tf)
{
    int n = ui_textfield_lines(tf);
    return n < tf->max_lines ? n : tf->max_lines;
}

void ui_textfield_draw(UiTextField *tf, UiDraw *d, TTF_Font *font, int line_h, SDL_Rect inner, SDL_Color color,
                       bool show_caret)
{
    int n = ui_textfield_lines(tf), vis = ui_textfield_visible_lines(tf), cl = line_of(tf, tf->caret);
    if (cl < tf->first_line) tf->first_line = cl;
    if (cl >= tf->first_line + vis) tf->first_line = cl - vis + 1;
    if (tf->first_line > n - vis) tf->first_line = n - vis;
    if (tf->first_line < 0) tf->first_line = 0;

    /* Sideways: no further than the widest line needs, and always showing the caret. */
    int avail = inner.w - 2, widest = 0;
    for (size_t a = 0;;) {
        size_t b = line_end(tf, a);
        int w = span_w(tf, font, a, b);
        if (w > widest) widest = w;
        if (b >= tf->len) break;
        a = b + 1;
    }
    int cx = span_w(tf, font, line_start(tf, tf->caret), tf->caret);
    if (tf->scroll_x > widest - avail) tf->scroll_x = widest - avail;
    if (cx - tf->scroll_x > avail) tf->scroll_x = cx - avail;
    if (cx < tf->scroll_x) tf->scroll_x = cx;
    if (tf->scroll_x < 0) tf->scroll_x = 0;

    UiClip clip = ui_clip_push(d, inner);
    size_t a = nth_line(tf, tf->first_line);
    for (int li = tf->first_line; li < tf->first_line + vis; li++) {
        size_t b = line_end(tf, a);
        /* Only the characters that show: a line may be far wider than any texture. */
        size_t from = pos_at_x(tf, font, a, b, tf->scroll_x, false);
        size_t to = next_b(tf, pos_at_x(tf, font, a, b, tf->scroll_x + inner.w, false));
        if (to > b) to = b;
        if (to > from) {
            char keep = tf->text[to];
            tf->text[to] = 0;
            ui_text(d, font, inner.x - tf->scroll_x + span_w(tf, font, a, from), inner.y + (li - tf->first_line) * line_h,
                    color, tf->text + from);
            tf->text[to] = keep;
        }
        if (b >= tf->len) break;
        a = b + 1;
    }
    tf->caret_px = cx - tf->scroll_x;
    if (show_caret)
        ui_fill(d, (SDL_Rect){inner.x + tf->caret_px, inner.y + (cl - tf->first_line) * line_h + 1, 2, line_h - 2},
                UI_ACCENT);
    ui_clip_pop(d, clip);
}

void ui_textfield_click(UiTextField *tf, TTF_Font *font, int line_h, SDL_Rect inner, int x, int y)
{
    int n = ui_textfield_lines(tf);
    int line = tf->first_line + (y - inner.y) / (line_h > 0 ? line_h : 1);
    if (y < inner.y) line = tf->first_line;
    if (line >= n) line = n - 1;
    size_t a = nth_line(tf, line);
    tf->caret = pos_at_x(tf, font, a, line_end(tf, a), x - inner.x + tf->scroll_x, true);
}
