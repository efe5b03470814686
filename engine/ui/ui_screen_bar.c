/* ui_screen_bar.c: the bar atop the window's screens (ui_screen_bar.h). */
#include "ui/ui_screen_bar.h"

#include "ui/ui_hidpi.h"
#include "ui/ui_list.h"

const SDL_Color UI_BAR = {0x1f, 0x23, 0x2b, 0xff}, UI_BAR_TEXT = {0xe5, 0xe7, 0xeb, 0xff},
                UI_BAR_DIM = {0x9c, 0xa3, 0xaf, 0xff}, UI_BAR_LINE = {0x4b, 0x55, 0x63, 0xff},
                UI_BAR_HOVER = {0x37, 0x3d, 0x4a, 0xff};

enum { BAR_H = 48, EDGE = 16, BUTTON_INSET = 8, BUTTON_PAD = 14, GAP = 12 };

int ui_screen_bar_height(const UiFonts *f) { return ui_scaled(f, BAR_H); }

int ui_screen_bar_title(UiDraw *d, int width, const char *title, SDL_Color c)
{
    const UiFonts *f = d->fonts;
    int h = ui_screen_bar_height(f), edge = ui_scaled(f, EDGE);
    ui_fill(d, (SDL_Rect){0, 0, width, h}, UI_BAR);
    int x = edge;
    ui_text(d, f->ui_bold, x, (h - f->ui_h) / 2, UI_BAR_TEXT, "worksim");
    x += ui_text_width(f->ui_bold, "worksim") + edge;
    int line_inset = ui_scaled(f, GAP);
    ui_fill(d, (SDL_Rect){x - edge / 2, line_inset, 1, h - 2 * line_inset}, UI_BAR_LINE);
    ui_text(d, f->ui, x, (h - f->ui_h) / 2, c, title);
    return h;
}

SDL_Rect ui_screen_bar_button_rect(const UiFonts *f, int right, int text_w)
{
    int inset = ui_scaled(f, BUTTON_INSET), w = text_w + 2 * ui_scaled(f, BUTTON_PAD);
    return (SDL_Rect){right - w, inset, w, ui_screen_bar_height(f) - 2 * inset};
}

void ui_screen_bar_button(UiDraw *d, SDL_Rect b, const char *label, bool hot)
{
    const UiFonts *f = d->fonts;
    int pad = ui_scaled(f, BUTTON_PAD);
    if (hot) ui_fill(d, b, UI_BAR_HOVER);
    ui_frame(d, b, UI_BAR_LINE);
    ui_text_fit(d, f->ui, b.x + pad, b.y + (b.h - f->ui_h) / 2, b.w - 2 * pad, UI_BAR_TEXT, label);
}

SDL_Rect ui_screen_bar(UiDraw *d, int width, const char *title, const char *note, const char *button)
{
    const UiFonts *f = d->fonts;
    int h = ui_screen_bar_title(d, width, title, UI_BAR_TEXT);
    SDL_Rect b = ui_screen_bar_button_rect(f, width - ui_scaled(f, GAP), ui_text_width(f->ui, button));
    ui_screen_bar_button(d, b, button, ui_hit(b, d->mouse_x, d->mouse_y));
    if (note)
        ui_text(d, f->small, b.x - ui_scaled(f, EDGE) - ui_text_width(f->small, note), (h - f->small_h) / 2, UI_BAR_DIM,
                note);
    return b;
}
