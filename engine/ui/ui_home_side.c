/* ui_home_side.c: the home's side column, beside the cards: a list of sections drawn one
 * under the other (today the learner's tracks and skills; a section is one row of
 * SIDE_SECTIONS and a function that draws it, or measures it when given no UiDraw), scrolled
 * with the wheel over it. The column shows when the window leaves room for a column of cards. */
#include "ui/ui_home_internal.h"

#include "ui/ui_list.h"

typedef int (*HomeSideSection)(UiHome *home, UiDraw *d, int x, int y, int w);

static const HomeSideSection SIDE_SECTIONS[] = {
    home_tracks_section,
    home_skills_section,
};

enum { SIDE_SECTION_GAP = 22, SIDE_PAD = 16, SIDE_GAP = 24 };

int home_side_width(const UiHome *home)
{
    double scale = home->fonts->scale > 0 ? home->fonts->scale : 1;
    int min_w = (int)(HOME_SIDE_MIN_W * scale), max_w = (int)(HOME_SIDE_MAX_W * scale);
    int w = home->width * 28 / 100;
    if (w < min_w) w = min_w;
    if (w > max_w) w = max_w;
    /* A column of cards at its smallest beside it, or no side column. */
    int cards_min = (int)(HOME_CARD_W * scale);
    return home->width - 2 * HOME_PAD - SIDE_GAP - w >= cards_min ? w : 0;
}

int home_grid_right(const UiHome *home)
{
    int side_w = home_side_width(home);
    return home->width - HOME_PAD - (side_w ? side_w + SIDE_GAP : 0);
}

bool home_side_shows(const UiHome *home, int y, int h)
{
    return y + h > home->side.y && y < home->side.y + home->side.h;
}

bool home_side_wheel(UiHome *home, int dy)
{
    if (!home->side.w || !ui_hit(home->side, home->mouse_x, home->mouse_y)) return false;
    home->side_scroll -= dy;
    return true;
}

void home_draw_side(UiHome *home, UiDraw *d)
{
    if (!home->side.w) return;
    SDL_Rect box = home->side;
    ui_fill_round_bordered(d, box, 8, UI_PANEL, UI_BORDER);
    int x = box.x + SIDE_PAD, w = box.w - 2 * SIDE_PAD, n = (int)(sizeof SIDE_SECTIONS / sizeof SIDE_SECTIONS[0]);
    int content = SIDE_PAD;
    for (int i = 0; i < n; i++) content += SIDE_SECTIONS[i](home, NULL, x, 0, w) + (i + 1 < n ? SIDE_SECTION_GAP : 0);
    home->side_content_h = content + SIDE_PAD;
    int max_scroll = home->side_content_h - box.h;
    if (home->side_scroll > max_scroll) home->side_scroll = max_scroll;
    if (home->side_scroll < 0) home->side_scroll = 0;
    SDL_Rect clip = {box.x - 4, box.y + 1, box.w + 8, box.h - 2};   /* focus rings sit just outside chips */
    SDL_RenderSetClipRect(d->r, &clip);
    int y = box.y + SIDE_PAD - home->side_scroll;
    for (int i = 0; i < n; i++) y += SIDE_SECTIONS[i](home, d, x, y, w) + SIDE_SECTION_GAP;
    SDL_RenderSetClipRect(d->r, NULL);
    if (home->reveal_step && home->focus == UI_HOME_FOCUS_TRACKS) {   /* takes effect next frame */
        if (home->step_top - SIDE_PAD < home->side_scroll) home->side_scroll = home->step_top - SIDE_PAD;
        if (home->step_bottom > home->side_scroll + box.h) home->side_scroll = home->step_bottom - box.h;
        home->reveal_step = false;
    }
    if (home->side_content_h > box.h) {
        int bar_h = box.h * box.h / home->side_content_h;
        int bar_y = box.y + (box.h - bar_h) * home->side_scroll / (home->side_content_h - box.h);
        ui_fill_round(d, (SDL_Rect){box.x + box.w - 8, bar_y, 4, bar_h}, 2, (SDL_Color){0xb8, 0xbe, 0xc8, 0xff});
    }
}
