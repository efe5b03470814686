/* ui_damage.h: which parts of a software-drawn window changed since it was last shown, so
 * only they are sent to the display (ui_window.c: SDL_UpdateWindowSurfaceRects). The desktop
 * draws its whole frame every time; most frames change little of it (a flood scrolls only the
 * columns its lines fill, a key echoes one cell, the clock its minute), and on X11 the cost of
 * showing a frame is the pixels the X server must copy. A copy of the pixels last shown is kept;
 * each frame is compared with it in bands of UI_DAMAGE_BAND rows, and each band that changed
 * gives one rectangle: its rows, from the leftmost to the rightmost pixel that differs. */
#ifndef WORKSIM_UI_DAMAGE_H
#define WORKSIM_UI_DAMAGE_H

#include <SDL.h>
#include <stdbool.h>
#include <stdint.h>

enum { UI_DAMAGE_BAND = 16 };

typedef struct UiDamage {
    uint8_t *shown;        /* the pixels last shown, w x h at pitch; NULL: none yet */
    int w, h, pitch;
    SDL_Rect *rects;
    int n, cap;
} UiDamage;

/* Compares s (32-bit pixels) with the frame shown before and takes it as shown: d->rects,
 * d->n are what changed (the whole surface the first time or when its size or format
 * changed, and always when its pixels are not 32-bit; none when nothing did). Returns d->n. */
int ui_damage_take(UiDamage *d, const SDL_Surface *s);
void ui_damage_free(UiDamage *d);

#endif
