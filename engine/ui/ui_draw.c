/* ui_draw.c: the desktop's drawing helpers and palette: filled and outlined rectangles,
 * rounded rectangles with anti-aliased edges, tints, single-line and word-wrapped UTF-8 text
 * through SDL_ttf, buttons and hit tests. Text comes from the fonts' text cache
 * (ui_text_cache.h) when they have one. Opaque fills are copied, not blended: the views draw
 * in SDL_BLENDMODE_BLEND, which the software renderer does pixel by pixel even at full
 * opacity, where copying gives the same pixels. */
#include "ui/ui.h"

#include "ui/ui_text_cache.h"

#include "base/utf8.h"
#include "base/util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const SDL_Color UI_BG = {0xf3, 0xf4, 0xf6, 0xff};
const SDL_Color UI_PANEL = {0xff, 0xff, 0xff, 0xff};
const SDL_Color UI_SIDEBAR = {0x2b, 0x2f, 0x3a, 0xff};
const SDL_Color UI_BORDER = {0xd5, 0xd9, 0xe0, 0xff};
const SDL_Color UI_TEXT = {0x1f, 0x23, 0x28, 0xff};
const SDL_Color UI_TEXT_DIM = {0x6a, 0x73, 0x7d, 0xff};
const SDL_Color UI_ACCENT = {0x25, 0x63, 0xeb, 0xff};
const SDL_Color UI_ACCENT_TEXT = {0xff, 0xff, 0xff, 0xff};
const SDL_Color UI_OK = {0x16, 0xa3, 0x4a, 0xff};
const SDL_Color UI_FAIL = {0xdc, 0x26, 0x26, 0xff};
const SDL_Color UI_WARN = {0xd9, 0x77, 0x06, 0xff};
const SDL_Color UI_SELECTED = {0xdb, 0xea, 0xfe, 0xff};
const SDL_Color UI_TERM_BG = {0x1e, 0x1e, 0x1e, 0xff};
const SDL_Color UI_TERM_FG = {0xd4, 0xd4, 0xd4, 0xff};

/* Sets the draw colour, and for an opaque one no blending (the same pixels, faster); returns
 * the blend mode to restore. */
static SDL_BlendMode begin_solid(UiDraw *d, SDL_Color c)
{
    SDL_BlendMode old;
    SDL_GetRenderDrawBlendMode(d->r, &old);
    if (c.a == 0xff && old == SDL_BLENDMODE_BLEND) SDL_SetRenderDrawBlendMode(d->r, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(d->r, c.r, c.g, c.b, c.a);
    return old;
}

void ui_fill(UiDraw *d, SDL_Rect r, SDL_Color c)
{
    SDL_BlendMode old = begin_solid(d, c);
    SDL_RenderFillRect(d->r, &r);
    SDL_SetRenderDrawBlendMode(d->r, old);
}

void ui_frame(UiDraw *d, SDL_Rect r, SDL_Color c)
{
    SDL_BlendMode old = begin_solid(d, c);
    SDL_RenderDrawRect(d->r, &r);
    SDL_SetRenderDrawBlendMode(d->r, old);
}

#define SUBROWS 4   /* sub-scanlines per pixel row for the coverage of rounded edges */

/* Horizontal extent [*xl, *xr) of a rounded rectangle at height yc (relative to its top). */
static void round_span(SDL_Rect r, double radius, double yc, double *xl, double *xr)
{
    double inset = 0;
    double dy = yc < radius ? radius - yc : yc > r.h - radius ? yc - (r.h - radius) : 0;
    if (dy > 0) inset = dy >= radius ? radius : radius - sqrt(radius * radius - dy * dy);
    *xl = r.x + inset;
    *xr = r.x + r.w - inset;
}

/* How much of pixel column px (its width 1) lies inside [xl, xr). */
static double overlap(int px, double xl, double xr)
{
    double lo = xl > px ? xl : px, hi = xr < px + 1 ? xr : px + 1;
    return hi > lo ? hi - lo : 0;
}

/* A rounded rectangle; rim_only draws of its straight middle band just the 1-pixel columns at
 * its left and right edges (for a bordered shape whose opaque fill covers the rest). */
static void fill_round(UiDraw *d, SDL_Rect r, int radius, SDL_Color c, bool rim_only)
{
    if (r.w <= 0 || r.h <= 0) return;
    int max_radius = (r.w < r.h ? r.w : r.h) / 2;
    if (radius > max_radius) radius = max_radius;
    if (radius <= 0) {
        ui_fill(d, r, c);
        return;
    }
    SDL_BlendMode old;
    SDL_GetRenderDrawBlendMode(d->r, &old);
    SDL_SetRenderDrawBlendMode(d->r, SDL_BLENDMODE_BLEND);
    /* The straight middle band; the curved rows' edges with per-pixel coverage from SUBROWS
     * sub-scanlines, then their solid spans in one call. */
    SDL_Rect band = {r.x, r.y + radius, r.w, r.h - 2 * radius};   /* first: the renderer draws h 0 as 1 */
    if (rim_only) {
        ui_fill(d, (SDL_Rect){band.x, band.y, 1, band.h}, c);
        ui_fill(d, (SDL_Rect){band.x + band.w - 1, band.y, 1, band.h}, c);
    } else {
        ui_fill(d, band, c);
    }
    SDL_Rect *solid = xmalloc((size_t)2 * radius * sizeof *solid);
    int n_solid = 0;
    for (int row = 0; row < r.h; row++) {
        if (row >= radius && row < r.h - radius) continue;
        double xl[SUBROWS], xr[SUBROWS], lo = r.x + r.w, hi = r.x, inner_l = r.x, inner_r = r.x + r.w;
        for (int s = 0; s < SUBROWS; s++) {
            round_span(r, radius, row + (s + 0.5) / SUBROWS, &xl[s], &xr[s]);
            if (xl[s] < lo) lo = xl[s];
            if (xr[s] > hi) hi = xr[s];
            if (xl[s] > inner_l) inner_l = xl[s];
            if (xr[s] < inner_r) inner_r = xr[s];
        }
        int solid_l = (int)ceil(inner_l), solid_r = (int)floor(inner_r);
        if (solid_r > solid_l) solid[n_solid++] = (SDL_Rect){solid_l, r.y + row, solid_r - solid_l, 1};
        for (int px = (int)floor(lo); px < (int)ceil(hi); px++) {
            if (px >= solid_l && px < solid_r) continue;
            double cover = 0;
            for (int s = 0; s < SUBROWS; s++) cover += overlap(px, xl[s], xr[s]);
            cover /= SUBROWS;
            if (cover <= 0.01) continue;
            SDL_SetRenderDrawColor(d->r, c.r, c.g, c.b, (Uint8)(c.a * (cover > 1 ? 1 : cover) + 0.5));
            SDL_RenderDrawPoint(d->r, px, r.y + row);
        }
    }
    SDL_SetRenderDrawBlendMode(d->r, c.a == 0xff ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);   /* see begin_solid */
    SDL_SetRenderDrawColor(d->r, c.r, c.g, c.b, c.a);
    SDL_RenderFillRects(d->r, solid, n_solid);
    free(solid);
    SDL_SetRenderDrawBlendMode(d->r, old);
}

void ui_fill_round(UiDraw *d, SDL_Rect r, int radius, SDL_Color c)
{
    fill_round(d, r, radius, c, false);
}

/* The border's shape, then the fill's one pixel inside it. An opaque fill covers all of the
 * border's straight band but its two edge columns, so only those are drawn (the same pixels;
 * cards and panels are most of a frame, and the software renderer fills each pixel once
 * instead of twice). */
void ui_fill_round_bordered(UiDraw *d, SDL_Rect r, int radius, SDL_Color fill, SDL_Color border)
{
    fill_round(d, r, radius, border, fill.a == 0xff && r.w > 2 && r.h > 2);
    ui_fill_round(d, (SDL_Rect){r.x + 1, r.y + 1, r.w - 2, r.h - 2}, radius - 1, fill);
}

SDL_Color ui_tint(SDL_Color c, int alpha)
{
    return (SDL_Color){(Uint8)(255 - (255 - c.r) * alpha / 255), (Uint8)(255 - (255 - c.g) * alpha / 255),
                       (Uint8)(255 - (255 - c.b) * alpha / 255), 0xff};
}

int ui_text_width(TTF_Font *f, const char *utf8)
{
    int w = 0, h = 0;
    if (!utf8 || !*utf8 || TTF_SizeUTF8(f, utf8, &w, &h) != 0) return 0;
    return w;
}

/* Draws utf8 (non-empty) at (x, y) in its own size, or stretched into *into (smoothly). */
static void draw_text(UiDraw *d, TTF_Font *f, int x, int y, const SDL_Rect *into, SDL_Color c, const char *utf8)
{
    int w = 0, h = 0;
    SDL_Texture *t = NULL;
    bool cached = d->fonts && d->fonts->texts;
    if (cached) {
        t = ui_text_cache_texture(d->fonts->texts, d->r, f, c, utf8, &w, &h);
    } else {
        SDL_Surface *s = TTF_RenderUTF8_Blended(f, utf8, c);
        if (s) {
            t = SDL_CreateTextureFromSurface(d->r, s);
            w = s->w, h = s->h;
            SDL_FreeSurface(s);
        }
    }
    if (!t) return;
    if (into) SDL_SetTextureScaleMode(t, SDL_ScaleModeLinear);
    SDL_RenderCopy(d->r, t, NULL, into ? into : &(SDL_Rect){x, y, w, h});
    if (!cached) SDL_DestroyTexture(t);
}

int ui_text(UiDraw *d, TTF_Font *f, int x, int y, SDL_Color c, const char *utf8)
{
    if (utf8 && *utf8) draw_text(d, f, x, y, NULL, c, utf8);
    return TTF_FontLineSkip(f);
}

void ui_text_in(UiDraw *d, TTF_Font *f, SDL_Rect into, SDL_Color c, const char *utf8)
{
    if (utf8 && *utf8) draw_text(d, f, into.x, into.y, &into, c, utf8);
}

/* Bytes of the longest prefix of s[0..len) that fits in w pixels (at least one character). */
static size_t fit_prefix(TTF_Font *f, const char *s, size_t len, int w)
{
    char *tmp = xmalloc(len + 1);
    size_t best = utf8_char_len(s) < len ? utf8_char_len(s) : len;
    for (size_t i = best; i < len;) {
        size_t next = i + utf8_char_len(s + i);
        if (next > len) break;
        memcpy(tmp, s, next);
        tmp[next] = 0;
        if (ui_text_width(f, tmp) > w) break;
        best = next;
        i = next;
    }
    free(tmp);
    return best;
}

/* Calls line_fn for each wrapped line of utf8 (a copy it may keep only during the call). */
static int wrap_lines(TTF_Font *f, int w, const char *utf8, void (*line_fn)(void *ud, const char *line, int index),
                      void *ud)
{
    int lines = 0;
    const char *p = utf8 ? utf8 : "";
    char *line = xmalloc(strlen(p) + 1);
    do {
        size_t para = strcspn(p, "\n");
        const char *end = p + para;
        const char *s = p;
        do {
            /* Take words while they fit; break a word that alone is too wide. */
            size_t len = 0, fitted = 0;
            while (s + len < end) {
                size_t word_end = len;
                while (s + word_end < end && s[word_end] == ' ') word_end++;
                while (s + word_end < end && s[word_end] != ' ') word_end++;
                memcpy(line, s, word_end);
                line[word_end] = 0;
                if (ui_text_width(f, line) > w) break;
                len = word_end;
                fitted = word_end;
            }
            if (fitted == 0 && s < end) fitted = fit_prefix(f, s, (size_t)(end - s), w);
            memcpy(line, s, fitted);
            line[fitted] = 0;
            if (line_fn) line_fn(ud, line, lines);
            lines++;
            s += fitted;
            while (s < end && *s == ' ') s++;
        } while (s < end);
        p = *end ? end + 1 : end;
    } while (*p);
    free(line);
    return lines;
}

typedef struct WrapDraw {
    UiDraw *d;
    TTF_Font *f;
    int x, y, max_y, skip;
    SDL_Color c;
} WrapDraw;

static void draw_line(void *ud, const char *line, int index)
{
    WrapDraw *w = ud;
    int y = w->y + index * w->skip;
    if (w->max_y > 0 && y + w->skip > w->max_y) return;
    ui_text(w->d, w->f, w->x, y, w->c, line);
}

int ui_text_wrapped(UiDraw *d, TTF_Font *f, int x, int y, int w, int max_y, SDL_Color c, const char *utf8)
{
    WrapDraw wd = {d, f, x, y, max_y, TTF_FontLineSkip(f), c};
    return wrap_lines(f, w, utf8, draw_line, &wd) * wd.skip;
}

int ui_text_height(TTF_Font *f, int w, const char *utf8) { return wrap_lines(f, w, utf8, NULL, NULL) * TTF_FontLineSkip(f); }

void ui_button(UiDraw *d, SDL_Rect r, const char *label, bool primary, bool enabled)
{
    bool hover = enabled && ui_hit(r, d->mouse_x, d->mouse_y);
    SDL_Color bg = !enabled ? UI_BORDER : primary ? UI_ACCENT : hover ? UI_SELECTED : UI_PANEL;
    ui_fill(d, r, bg);
    ui_frame(d, r, primary && enabled ? UI_ACCENT : UI_BORDER);
    TTF_Font *f = d->fonts->ui;
    int tw = ui_text_width(f, label);
    SDL_Color fg = !enabled ? UI_TEXT_DIM : primary ? UI_ACCENT_TEXT : UI_TEXT;
    ui_text(d, f, r.x + (r.w - tw) / 2, r.y + (r.h - d->fonts->ui_h) / 2, fg, label);
}

bool ui_hit(SDL_Rect r, int x, int y) { return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h; }

void ui_focus_ring(UiDraw *d, SDL_Rect r)
{
    ui_frame(d, (SDL_Rect){r.x - 2, r.y - 2, r.w + 4, r.h + 4}, UI_ACCENT);
    ui_frame(d, (SDL_Rect){r.x - 3, r.y - 3, r.w + 6, r.h + 6}, UI_ACCENT);
}
