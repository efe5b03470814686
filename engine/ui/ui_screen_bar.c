/* ui_screen_bar.c: the bar atop the history and replay screens (ui_screen_bar.h). */
#include "ui/ui_screen_bar.h"

static const SDL_Color BAR = {0x1f, 0x23, 0x2b, 0xff}, BAR_TEXT = {0xe5, 0xe7, 0xeb, 0xff},
                       BAR_DIM = {0x9c, 0xa3, 0xaf, 0xff}, BAR_LINE = {0x4b, 0x55, 0x63, 0xff},
                       BAR_HOVER = {0x37, 0x3d, 0x4a, 0xff};

SDL_Rect ui_screen_bar(UiDraw *d, int width, const char *title, const char *note, const char *button)
{
    const UiFonts *f = d->fonts;
    int h = UI_SCREEN_BAR_H;
    ui_fill(d, (SDL_Rect){0, 0, width, h}, BAR);
    int x = 16;
    ui_text(d, f->ui_bold, x, (h - f->ui_h) / 2, BAR_TEXT, "worksim");
    x += ui_text_width(f->ui_bold, "worksim") + 16;
    ui_fill(d, (SDL_Rect){x - 8, 12, 1, h - 24}, BAR_LINE);
    ui_text(d, f->ui, x, (h - f->ui_h) / 2, BAR_TEXT, title);
    int bw = ui_text_width(f->ui, button) + 28;
    SDL_Rect b = {width - bw - 12, 8, bw, h - 16};
    if (ui_hit(b, d->mouse_x, d->mouse_y)) ui_fill(d, b, BAR_HOVER);
    ui_frame(d, b, BAR_LINE);
    ui_text(d, f->ui, b.x + 14, b.y + (b.h - f->ui_h) / 2, BAR_TEXT, button);
    if (note) ui_text(d, f->small, b.x - 16 - ui_text_width(f->small, note), (h - f->small_h) / 2, BAR_DIM, note);
    return b;
}
