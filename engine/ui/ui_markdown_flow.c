/* ui_markdown_flow.c: flows a block's styled spans into lines and draws them
 * (ui_markdown_flow.h). Text of one span on one line is drawn as one run; a line's height is
 * the base font's line skip and every face sits on the base font's baseline. */
#include "ui/ui_markdown_flow.h"

#include "base/utf8.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

static const SDL_Color CODE_BG = {0xf1, 0xf3, 0xf6, 0xff};
static const SDL_Color CODE_FG = {0xb4, 0x23, 0x18, 0xff};
static const SDL_Color URL_FG = {0x6a, 0x73, 0x7d, 0xff};

/* Words longer than this many bytes are broken between characters without measuring them whole. */
#define LONG_WORD 256

typedef struct Flow {
    UiDraw *d;
    bool draw;
    TTF_Font *base;
    int x, y, w;         /* the block's left edge, its current line's top, its width */
    int line_h, ascent;  /* from the base font */
    int pen;             /* x offset of the next piece on the line */
    int lines;
    SDL_Color color;
    /* The run being gathered: bytes [run_from, run_to) of span run_span, from x offset run_x. */
    const UiMdSpan *run_span;
    size_t run_from, run_to;
    int run_x;
    char *scratch;       /* a NUL-terminated copy of what is measured or drawn */
    size_t scratch_cap;
    int clip_top, clip_bottom;   /* lines wholly outside these rows are laid out, not drawn */
} Flow;

/* The rows [*top, *bottom) the renderer draws: its clip, else its whole output. */
static void clip_rows(UiDraw *d, int *top, int *bottom)
{
    SDL_Rect clip = {0, 0, 0, 0};
    if (SDL_RenderIsClipEnabled(d->r)) SDL_RenderGetClipRect(d->r, &clip);
    else SDL_GetRendererOutputSize(d->r, &clip.w, &clip.h);
    *top = clip.y;
    *bottom = clip.y + clip.h;
}

/* Whether the current line can show on the renderer's clip (or output) rows. */
static bool line_visible(const Flow *f) { return f->y + f->line_h > f->clip_top && f->y < f->clip_bottom; }

static TTF_Font *face_of(const Flow *f, unsigned style)
{
    const UiFonts *fonts = f->d->fonts;
    if (style & UI_MD_CODE) return fonts->mono;
    if (style & UI_MD_BOLD) return fonts->ui_bold;
    if ((style & UI_MD_ITALIC) && fonts->italic) return fonts->italic;
    return f->base;
}

static const char *copy(Flow *f, const char *s, size_t len)
{
    if (len + 1 > f->scratch_cap) {
        f->scratch_cap = (len + 1) * 2;
        f->scratch = xrealloc(f->scratch, f->scratch_cap);
    }
    memcpy(f->scratch, s, len);
    f->scratch[len] = 0;
    return f->scratch;
}

static int width_of(Flow *f, TTF_Font *font, const char *s, size_t len)
{
    return len ? ui_text_width(font, copy(f, s, len)) : 0;
}

/* Draws the gathered run with its span's decorations. */
static void flush_run(Flow *f)
{
    const UiMdSpan *sp = f->run_span;
    if (!sp || f->run_to <= f->run_from || !f->draw || !line_visible(f)) {
        f->run_span = NULL;
        return;
    }
    TTF_Font *font = face_of(f, sp->style);
    const char *text = sp->text + f->run_from;
    size_t len = f->run_to - f->run_from;
    int x = f->x + f->run_x, top = f->y, baseline = top + f->ascent;
    int y = baseline - TTF_FontAscent(font);
    int tw = width_of(f, font, text, len);
    SDL_Color c = (sp->style & UI_MD_CODE) ? CODE_FG
                  : (sp->style & UI_MD_LINK) ? UI_ACCENT
                  : (sp->style & (UI_MD_URL | UI_MD_NOTE)) ? URL_FG
                                                          : f->color;
    if (sp->style & UI_MD_CODE) ui_fill_round(f->d, (SDL_Rect){x - 3, top + 1, tw + 6, f->line_h - 2}, 4, CODE_BG);
    ui_text(f->d, font, x, y, c, copy(f, text, len));
    if (sp->style & UI_MD_LINK) ui_fill(f->d, (SDL_Rect){x, baseline + 2, tw, 1}, c);
    if (sp->style & UI_MD_STRIKE) ui_fill(f->d, (SDL_Rect){x, baseline - f->ascent * 3 / 10, tw, 1}, c);
    f->run_span = NULL;
}

static void new_line(Flow *f)
{
    flush_run(f);
    f->y += f->line_h;
    f->pen = 0;
    f->lines++;
}

/* Adds bytes [from, to) of span sp at x offset at (the run continues when it can). */
static void place(Flow *f, const UiMdSpan *sp, size_t from, size_t to, int at)
{
    if (f->run_span != sp || f->run_to != from) {
        flush_run(f);
        f->run_span = sp;
        f->run_from = from;
        f->run_x = at;
    }
    f->run_to = to;
}

/* Bytes of s[0..len) (inside a NUL-terminated span) that fit in room pixels (at least one
 * character when must), by the characters' advances: linear in the characters that fit. */
static size_t fit_chars(TTF_Font *font, const char *s, size_t len, int room, bool must)
{
    size_t best = 0;
    int used = 0;
    for (const char *p = s; (size_t)(p - s) < len;) {
        uint32_t c = utf8_decode(&p);
        int advance = 0;
        if (TTF_GlyphMetrics32(font, c, NULL, NULL, NULL, NULL, &advance) != 0) advance = 0;
        used += advance;
        if (used > room || (size_t)(p - s) > len) break;
        best = (size_t)(p - s);
    }
    if (best == 0 && must && len) {
        best = utf8_char_len(s);
        if (best > len) best = len;
    }
    return best;
}

/* One word (no spaces) of span sp at bytes [from, to), after a space of space_w pixels. */
static void place_word(Flow *f, const UiMdSpan *sp, size_t from, size_t to, int space_w)
{
    TTF_Font *font = face_of(f, sp->style);
    size_t len = to - from;
    int ww = len <= LONG_WORD ? width_of(f, font, sp->text + from, len) : f->w + 1;
    if (f->pen > 0 && f->pen + space_w + ww > f->w) {
        new_line(f);
        space_w = 0;
    }
    if (ww <= f->w - f->pen - space_w) {
        if (space_w && f->run_span == sp && f->run_to < from) f->run_to = from;   /* the space joins the run */
        place(f, sp, from, to, f->pen + space_w);
        f->pen += space_w + ww;
        return;
    }
    /* Wider than the line: as many characters as fit on each line. */
    while (from < to) {
        size_t n = fit_chars(font, sp->text + from, to - from, f->w - f->pen, f->pen == 0);
        if (n == 0) {
            new_line(f);
            continue;
        }
        place(f, sp, from, from + n, f->pen);
        f->pen += width_of(f, font, sp->text + from, n);
        from += n;
        if (from < to) new_line(f);
    }
}

/* An emoji: the colour font's glyph scaled to the line, else a text font's, else its shortcode. */
static void place_emoji(Flow *f, const UiMdSpan *sp, int space_w)
{
    const UiFonts *fonts = f->d->fonts;
    const char *p = sp->text;
    uint32_t cp = utf8_decode(&p);
    TTF_Font *font = fonts->emoji && TTF_GlyphIsProvided32(fonts->emoji, cp) ? fonts->emoji
                     : TTF_GlyphIsProvided32(f->base, cp)                     ? f->base
                                                                             : NULL;
    if (!font) {
        UiMdSpan shown = {sp->alt ? sp->alt : sp->text, sp->style & ~(unsigned)UI_MD_EMOJI, NULL};
        place_word(f, &shown, 0, strlen(shown.text), space_w);
        flush_run(f);   /* shown lives only during this call */
        return;
    }
    int gw = 0, gh = 0;
    if (TTF_SizeUTF8(font, sp->text, &gw, &gh) != 0 || gh <= 0) return;
    int h = font == fonts->emoji ? f->ascent + 2 : gh, w = font == fonts->emoji ? gw * h / gh : gw;
    if (f->pen > 0 && f->pen + space_w + w > f->w) {
        new_line(f);
        space_w = 0;
    }
    flush_run(f);
    int x = f->x + f->pen + space_w;
    if (f->draw && line_visible(f)) {
        int y = font == fonts->emoji ? f->y + f->ascent - h + 2 : f->y + f->ascent - TTF_FontAscent(font);
        ui_text_in(f->d, font, (SDL_Rect){x, y, w, h}, f->color, sp->text);
    }
    f->pen += space_w + w;
}

/* Splits a span into words, spaces and hard breaks. */
static void place_span(Flow *f, const UiMdSpan *sp, bool *space_before)
{
    TTF_Font *font = face_of(f, sp->style);
    if (sp->style & UI_MD_EMOJI) {
        place_emoji(f, sp, *space_before ? width_of(f, font, " ", 1) : 0);
        *space_before = false;
        return;
    }
    const char *t = sp->text;
    size_t i = 0, len = strlen(t);
    while (i < len) {
        if (t[i] == '\n') {
            new_line(f);
            *space_before = false;
            i++;
        } else if (t[i] == ' ') {
            while (i < len && t[i] == ' ') i++;
            *space_before = true;
        } else {
            size_t end = i;
            while (end < len && t[end] != ' ' && t[end] != '\n') end++;
            place_word(f, sp, i, end, *space_before && f->pen > 0 ? width_of(f, font, " ", 1) : 0);
            *space_before = false;
            i = end;
        }
    }
}

int ui_md_flow(UiDraw *d, TTF_Font *base, int x, int y, int w, SDL_Color c, const UiMdSpan *spans, int n_spans,
               bool draw)
{
    Flow f = {.d = d, .draw = draw, .base = base, .x = x, .y = y, .w = w > 1 ? w : 1, .color = c,
              .line_h = TTF_FontLineSkip(base), .ascent = TTF_FontAscent(base), .lines = 1};
    if (draw) clip_rows(d, &f.clip_top, &f.clip_bottom);
    bool space_before = false;
    for (int i = 0; i < n_spans; i++) place_span(&f, &spans[i], &space_before);
    flush_run(&f);
    free(f.scratch);
    return f.lines * f.line_h;
}

int ui_md_code_lines(UiDraw *d, int x, int y, int w, SDL_Color c, const char *text, bool draw)
{
    const UiFonts *fonts = d->fonts;
    int per_line = w / (fonts->mono_w > 0 ? fonts->mono_w : 8);
    if (per_line < 1) per_line = 1;
    int lines = 0, top = 0, bottom = 0;
    if (draw) clip_rows(d, &top, &bottom);
    char *buf = xmalloc(strlen(text) + 1);
    for (const char *p = text;;) {
        size_t n = strcspn(p, "\n");
        const char *end = p + n;
        /* At least one (empty) row per source line; each row holds per_line characters. */
        const char *s = p;
        do {
            const char *e = s;
            for (int k = 0; k < per_line && e < end; k++) e += utf8_char_len(e);
            if (e > end) e = end;
            int row_y = y + lines * fonts->mono_h;
            if (draw && e > s && row_y + fonts->mono_h > top && row_y < bottom) {
                memcpy(buf, s, (size_t)(e - s));
                buf[e - s] = 0;
                ui_text(d, fonts->mono, x, row_y, c, buf);
            }
            lines++;
            s = e;
        } while (s < end);
        if (!*end) break;
        p = end + 1;
    }
    free(buf);
    return lines * fonts->mono_h;
}
