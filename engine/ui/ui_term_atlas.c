/* ui_term_atlas.c: the terminal's glyphs in one texture, and quads drawn in batches, so a
 * frame of the terminal is a handful of draw calls however many cells it shows. With a texture
 * per glyph every character was a draw call of its own (SDL only merges copies of one
 * texture), and on a GL renderer without a GPU (llvmpipe: Xvfb, the offscreen driver) a full
 * screen of text then cost tens of milliseconds to present. Glyphs are drawn white once
 * (TTF_RenderGlyph32_Blended) into shelves of the atlas and tinted per cell by the vertex
 * colour; a full atlas starts over (after drawing what was queued from it). On SDL's software
 * renderer SDL_RenderGeometry turns each quad back into a rectangle copy or fill. */
#include "ui/ui_term_internal.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

enum { ATLAS_GAP = 1 };

/* ---- quad batches ----------------------------------------------------------------------- */

static void batch_grow(QuadBatch *b)
{
    int cap = b->cap ? b->cap * 2 : 1024;
    b->verts = xrealloc(b->verts, sizeof *b->verts * 4 * (size_t)cap);
    b->idx = xrealloc(b->idx, sizeof *b->idx * 6 * (size_t)cap);
    for (int q = b->cap; q < cap; q++) {   /* two triangles sharing the diagonal 0-2 */
        static const int corner[6] = {0, 1, 2, 0, 2, 3};
        for (int k = 0; k < 6; k++) b->idx[6 * q + k] = 4 * q + corner[k];
    }
    b->cap = cap;
}

/* Queues dst in colour c; textured by src of a tex_w x tex_h texture when src is not NULL. */
void term_batch_quad(QuadBatch *b, SDL_Rect dst, SDL_Color c, const SDL_Rect *src, int tex_w, int tex_h)
{
    if (b->n == b->cap) batch_grow(b);
    float x0 = (float)dst.x, y0 = (float)dst.y, x1 = (float)(dst.x + dst.w), y1 = (float)(dst.y + dst.h);
    float u0 = 0, v0 = 0, u1 = 0, v1 = 0;
    if (src) {
        u0 = (float)src->x / (float)tex_w;
        v0 = (float)src->y / (float)tex_h;
        u1 = (float)(src->x + src->w) / (float)tex_w;
        v1 = (float)(src->y + src->h) / (float)tex_h;
    }
    SDL_Vertex *v = &b->verts[4 * b->n++];
    v[0] = (SDL_Vertex){{x0, y0}, c, {u0, v0}};
    v[1] = (SDL_Vertex){{x1, y0}, c, {u1, v0}};
    v[2] = (SDL_Vertex){{x1, y1}, c, {u1, v1}};
    v[3] = (SDL_Vertex){{x0, y1}, c, {u0, v1}};
}

void term_batch_draw(QuadBatch *b, SDL_Renderer *r, SDL_Texture *tex)
{
    if (b->n > 0) SDL_RenderGeometry(r, tex, b->verts, 4 * b->n, b->idx, 6 * b->n);
    b->n = 0;
}

void term_batch_free(QuadBatch *b)
{
    free(b->verts);
    free(b->idx);
    *b = (QuadBatch){0};
}

/* ---- the atlas -------------------------------------------------------------------------- */

static size_t glyph_slot(const Glyph *g, size_t cap, uint32_t key)
{
    size_t i = (key * 2654435761u) & (cap - 1);
    while (g[i].key && g[i].key != key) i = (i + 1) & (cap - 1);
    return i;
}

static void glyphs_grow(GlyphAtlas *a)
{
    size_t cap = a->cap ? a->cap * 2 : 256;
    Glyph *g = xcalloc(cap, sizeof *g);
    for (size_t i = 0; i < a->cap; i++)
        if (a->glyphs[i].key) g[glyph_slot(g, cap, a->glyphs[i].key)] = a->glyphs[i];
    free(a->glyphs);
    a->glyphs = g;
    a->cap = cap;
}

/* Forgets every glyph; the texture's pixels are overwritten as glyphs come again. */
static void atlas_restart(GlyphAtlas *a)
{
    if (a->glyphs) memset(a->glyphs, 0, sizeof *a->glyphs * a->cap);
    a->n = 0;
    a->shelf_x = a->shelf_y = a->shelf_h = 0;
}

void term_atlas_free(GlyphAtlas *a)
{
    if (a->tex) SDL_DestroyTexture(a->tex);
    free(a->glyphs);
    *a = (GlyphAtlas){0};
}

/* A transparent texture of d's renderer, for d's monospace face; false when none can be made. */
static bool atlas_ready(GlyphAtlas *a, UiDraw *d)
{
    TTF_Font *font = d->fonts->mono;
    if (a->tex && a->r == d->r && a->font == font && a->font_h == d->fonts->mono_h) return true;
    term_atlas_free(a);
    a->tex = SDL_CreateTexture(d->r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, TERM_ATLAS_SIZE, TERM_ATLAS_SIZE);
    if (!a->tex) return false;
    void *clear = xcalloc((size_t)TERM_ATLAS_SIZE * TERM_ATLAS_SIZE, 4);
    SDL_UpdateTexture(a->tex, NULL, clear, TERM_ATLAS_SIZE * 4);
    free(clear);
    SDL_SetTextureBlendMode(a->tex, SDL_BLENDMODE_BLEND);
    a->r = d->r;
    a->font = font;
    a->font_h = d->fonts->mono_h;
    return true;
}

/* Room for a w x h glyph: the place, on this shelf or a new one; false when the atlas is full. */
static bool atlas_place(GlyphAtlas *a, int w, int h, SDL_Rect *at)
{
    if (a->shelf_x + w > TERM_ATLAS_SIZE) {
        a->shelf_y += a->shelf_h + ATLAS_GAP;
        a->shelf_x = a->shelf_h = 0;
    }
    if (a->shelf_y + h > TERM_ATLAS_SIZE) return false;
    *at = (SDL_Rect){a->shelf_x, a->shelf_y, w, h};
    a->shelf_x += w + ATLAS_GAP;
    if (h > a->shelf_h) a->shelf_h = h;
    return true;
}

/* Draws what was queued from the atlas's pixels and forgets its glyphs. */
static void atlas_start_over(UiTerm *t, UiDraw *d)
{
    term_batch_draw(&t->glyph_quads, d->r, t->atlas.tex);
    atlas_restart(&t->atlas);
}

/* The glyph drawn white into the atlas at a new place; false when the font has none. */
static bool atlas_draw(UiTerm *t, UiDraw *d, uint32_t ch, bool bold, SDL_Rect *src)
{
    TTF_Font *f = d->fonts->mono;
    int style = TTF_GetFontStyle(f);
    if (bold) TTF_SetFontStyle(f, style | TTF_STYLE_BOLD);
    SDL_Surface *s = TTF_RenderGlyph32_Blended(f, ch, (SDL_Color){0xff, 0xff, 0xff, 0xff});
    if (bold) TTF_SetFontStyle(f, style);
    if (s && s->format->format != SDL_PIXELFORMAT_ARGB8888) {
        SDL_Surface *argb = SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_ARGB8888, 0);
        SDL_FreeSurface(s);
        s = argb;
    }
    if (!s) return false;
    int w = s->w < TERM_ATLAS_SIZE ? s->w : TERM_ATLAS_SIZE, h = s->h < TERM_ATLAS_SIZE ? s->h : TERM_ATLAS_SIZE;
    bool placed = w > 0 && h > 0 && atlas_place(&t->atlas, w, h, src);
    if (!placed && w > 0 && h > 0) {   /* full */
        atlas_start_over(t, d);
        placed = atlas_place(&t->atlas, w, h, src);
    }
    if (placed) SDL_UpdateTexture(t->atlas.tex, src, s->pixels, s->pitch);
    SDL_FreeSurface(s);
    return placed;
}

bool term_atlas_glyph(UiTerm *t, UiDraw *d, uint32_t ch, bool bold, SDL_Rect *src)
{
    GlyphAtlas *a = &t->atlas;
    if (!atlas_ready(a, d)) return false;
    uint32_t key = ch | (bold ? GLYPH_BOLD : 0);
    if (a->cap) {
        const Glyph *g = &a->glyphs[glyph_slot(a->glyphs, a->cap, key)];
        if (g->key) {
            *src = g->src;
            return g->drawn;
        }
    }
    if (a->n >= GLYPH_CACHE_MAX) atlas_start_over(t, d);   /* codepoints the font lacks take no room */
    if ((a->n + 1) * 2 > a->cap) glyphs_grow(a);
    SDL_Rect at = {0, 0, 0, 0};
    bool drawn = atlas_draw(t, d, ch, bold, &at);
    Glyph *g = &a->glyphs[glyph_slot(a->glyphs, a->cap, key)];   /* after a start over too */
    *g = (Glyph){.key = key, .drawn = drawn, .src = at};
    a->n++;
    *src = at;
    return drawn;
}
