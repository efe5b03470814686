/* ui_hidpi.c: the display scale and pixel ratio of the desktop's window (ui_hidpi.h). */
#include "ui/ui_hidpi.h"

#include <math.h>

enum { BASE_DPI = 96, DPI_MIN = 50, DPI_MAX = 600 };

double ui_pixel_ratio(int logical_w, int pixel_w)
{
    if (logical_w <= 0 || pixel_w <= 0) return 1;
    return (double)pixel_w / logical_w;
}

double ui_display_scale(int logical_w, int pixel_w, float ddpi)
{
    double ratio = ui_pixel_ratio(logical_w, pixel_w);
    double scale = 1;
    if (ratio > 1.05) scale = ratio;   /* the platform already counts in pixels of its own size */
    else if (ddpi >= DPI_MIN && ddpi <= DPI_MAX) scale = round(ddpi / BASE_DPI * 4) / 4;
    if (scale < 1) scale = 1;
    if (scale > UI_DISPLAY_SCALE_MAX) scale = UI_DISPLAY_SCALE_MAX;
    return scale;
}

double ui_effective_font_scale(double font_scale, double display_scale)
{
    if (!(font_scale > 0)) font_scale = 1;
    if (!(display_scale >= 1)) display_scale = 1;
    return font_scale * display_scale;
}

int ui_scaled(const UiFonts *f, int px)
{
    double scale = f && f->scale > 0 ? f->scale : 1;
    return (int)lround(px * scale);
}

double ui_window_display_scale(SDL_Window *win, SDL_Renderer *r, double *pixel_ratio)
{
    int lw = 0, lh = 0, pw = 0, ph = 0;
    float ddpi = 0;
    SDL_GetWindowSize(win, &lw, &lh);
    if (SDL_GetRendererOutputSize(r, &pw, &ph) != 0) pw = lw;
    int display = SDL_GetWindowDisplayIndex(win);
    if (display < 0 || SDL_GetDisplayDPI(display, &ddpi, NULL, NULL) != 0) ddpi = 0;
    if (pixel_ratio) *pixel_ratio = ui_pixel_ratio(lw, pw);
    return ui_display_scale(lw, pw, ddpi);
}

void ui_event_to_pixels(SDL_Event *ev, double ratio)
{
    if (ratio > 0.99 && ratio < 1.01) return;
    switch (ev->type) {
    case SDL_MOUSEMOTION:
        ev->motion.x = (int)lround(ev->motion.x * ratio);
        ev->motion.y = (int)lround(ev->motion.y * ratio);
        break;
    case SDL_MOUSEBUTTONDOWN: case SDL_MOUSEBUTTONUP:
        ev->button.x = (int)lround(ev->button.x * ratio);
        ev->button.y = (int)lround(ev->button.y * ratio);
        break;
    case SDL_MOUSEWHEEL:
        ev->wheel.mouseX = (int)lround(ev->wheel.mouseX * ratio);
        ev->wheel.mouseY = (int)lround(ev->wheel.mouseY * ratio);
        break;
    default:
        break;
    }
}
