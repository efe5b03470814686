/* ui_damage.c: the changed bands of a frame (see ui_damage.h). A row equal to the one shown is
 * skipped with one memcmp; a row that differs is searched from both ends, a pixel at a time,
 * for its first and last different pixel. Only the changed rectangles are copied to the
 * frame kept as shown. */
#include "ui/ui_damage.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

void ui_damage_free(UiDamage *d)
{
    free(d->shown);
    free(d->rects);
    *d = (UiDamage){0};
}

static void add_rect(UiDamage *d, SDL_Rect r)
{
    if (d->n == d->cap) {
        d->cap = d->cap ? 2 * d->cap : 64;
        d->rects = xrealloc(d->rects, sizeof *d->rects * (size_t)d->cap);
    }
    d->rects[d->n++] = r;
}

/* The first and last pixel where rows a and b of w pixels differ; false when they do not. */
static bool row_diff(const uint32_t *a, const uint32_t *b, int w, int *lo, int *hi)
{
    if (memcmp(a, b, (size_t)w * 4) == 0) return false;
    int l = 0, h = w - 1;
    while (a[l] == b[l]) l++;
    while (a[h] == b[h]) h--;
    *lo = l;
    *hi = h;
    return true;
}

int ui_damage_take(UiDamage *d, const SDL_Surface *s)
{
    d->n = 0;
    if (!s || !s->pixels || s->w <= 0 || s->h <= 0) return 0;
    if (s->format->BytesPerPixel != 4) {   /* not compared: all of it, every time */
        free(d->shown);
        d->shown = NULL;
        add_rect(d, (SDL_Rect){0, 0, s->w, s->h});
        return d->n;
    }
    const uint8_t *px = s->pixels;
    if (!d->shown || d->w != s->w || d->h != s->h || d->pitch != s->pitch) {
        free(d->shown);
        d->w = s->w, d->h = s->h, d->pitch = s->pitch;
        d->shown = xmalloc((size_t)s->pitch * (size_t)s->h);
        memcpy(d->shown, px, (size_t)s->pitch * (size_t)s->h);
        add_rect(d, (SDL_Rect){0, 0, s->w, s->h});
        return d->n;
    }
    for (int y0 = 0; y0 < s->h; y0 += UI_DAMAGE_BAND) {
        int y1 = y0 + UI_DAMAGE_BAND < s->h ? y0 + UI_DAMAGE_BAND : s->h;
        int lo = s->w, hi = -1;
        for (int y = y0; y < y1; y++) {
            int l, h;
            const uint32_t *now = (const uint32_t *)(px + (size_t)y * (size_t)s->pitch);
            const uint32_t *was = (const uint32_t *)(d->shown + (size_t)y * (size_t)s->pitch);
            if (!row_diff(now, was, s->w, &l, &h)) continue;
            if (l < lo) lo = l;
            if (h > hi) hi = h;
        }
        if (hi < lo) continue;
        SDL_Rect r = {lo, y0, hi - lo + 1, y1 - y0};
        for (int y = y0; y < y1; y++) {
            size_t at = (size_t)y * (size_t)s->pitch + (size_t)lo * 4;
            memcpy(d->shown + at, px + at, (size_t)r.w * 4);
        }
        add_rect(d, r);
    }
    return d->n;
}
