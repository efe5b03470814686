/* ui_home_draw.c: the home's page (ui_home.h): the top bar with the learner button, the
 * heading, the resume card (ui_home_resume.c), the search field and filter chips, and the
 * grid of scenario cards with the learner's standing in each, beside the side column
 * (ui_home_side.c); the selected card is outlined, the focused control ringed. */
#include "ui/ui_home_internal.h"

#include "ui/ui_hidpi.h"
#include "ui/ui_list.h"
#include "ui/ui_screen_bar.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const FACET_NAMES[HOME_FACETS] = {"Family", "Level", "Skill"};

char *home_facet_label(const UiHome *home, int facet)
{
    return xasprintf("%s: %s \xe2\x96\xbe", FACET_NAMES[facet], home->facet_pick[facet] ? home->facet_pick[facet] : "all");
}

/* The level's pill colours: intro green, junior blue, mid violet, senior orange. */
static void level_colours(const char *level, SDL_Color *bg, SDL_Color *fg)
{
    *bg = UI_TINT_GREY, *fg = UI_TEXT_DIM;
    if (!level) return;
    if (strcmp(level, "intro") == 0) *bg = UI_TINT_OK, *fg = (SDL_Color){0x15, 0x80, 0x3d, 0xff};
    else if (strcmp(level, "junior") == 0) *bg = UI_TINT_ACCENT, *fg = UI_ACCENT;
    else if (strcmp(level, "mid") == 0) *bg = UI_TINT_REVIEW, *fg = UI_REVIEW;
    else if (strcmp(level, "senior") == 0) *bg = UI_TINT_WARN, *fg = (SDL_Color){0xb4, 0x53, 0x09, 0xff};
}

static void draw_top_bar(UiHome *home, UiDraw *d)
{
    const UiFonts *f = home->fonts;
    int bar_h = ui_screen_bar_title(d, home->width, "Home", UI_BAR_TEXT), gap = ui_scaled(f, 12);
    char *label = xasprintf("Learner: %s \xe2\x96\xbe", home->learner);
    int tw = ui_text_width(f->ui, label);
    SDL_Rect b = ui_screen_bar_button_rect(f, home->width - gap, tw);
    if (b.w > home->width / 2) b.x += b.w - home->width / 2, b.w = home->width / 2;
    home->controls[UI_HOME_FOCUS_LEARNER] = b;
    ui_screen_bar_button(d, b, label, home->picker || ui_hit(b, d->mouse_x, d->mouse_y));
    free(label);
    if (home->focus == UI_HOME_FOCUS_LEARNER && !home->picker && !home->detail) ui_focus_ring(d, b);
    const char *history = "History  ^H";
    home->history_button = ui_screen_bar_button_rect(f, b.x - gap, ui_text_width(f->ui, history));
    ui_screen_bar_button(d, home->history_button, history, ui_hit(home->history_button, d->mouse_x, d->mouse_y));
    const char *keys = "F1 keys";
    ui_text(d, f->small, home->history_button.x - ui_scaled(f, 16) - ui_text_width(f->small, keys), (bar_h - f->small_h) / 2,
            UI_BAR_DIM, keys);
}

/* The search field: its text or a placeholder, the caret while focused. */
static void draw_search(UiHome *home, UiDraw *d, SDL_Rect r)
{
    bool focused = home->focus == UI_HOME_FOCUS_SEARCH && !home->detail && !home->picker;
    ui_fill_round_bordered(d, r, 6, UI_PANEL, focused ? UI_ACCENT : UI_BORDER);
    SDL_Rect inner = {r.x + 12, r.y + (r.h - home->fonts->ui_h) / 2, r.w - 24, home->fonts->ui_h};
    if (!home->search.len && !focused)
        ui_text(d, home->fonts->ui, inner.x, inner.y, UI_TEXT_DIM, "Search (Ctrl+F or /)");
    else if (!home->search.len)
        ui_text(d, home->fonts->ui, inner.x + 2, inner.y, UI_TEXT_DIM, "Search titles, skills, families");
    if (home->search.len || focused)
        ui_textfield_draw(&home->search, d, home->fonts->ui, home->fonts->ui_h, inner, UI_TEXT, focused);
    if (focused) ui_focus_ring(d, r);
}

static void draw_chip(UiHome *home, UiDraw *d, SDL_Rect r, int facet)
{
    char *label = home_facet_label(home, facet);
    bool active = home->facet_pick[facet] != NULL;
    SDL_Color bg = active ? UI_TINT_ACCENT : ui_hit(r, d->mouse_x, d->mouse_y) ? UI_SELECTED : UI_PANEL;
    ui_fill_round_bordered(d, r, r.h / 2, bg, active ? UI_ACCENT : UI_BORDER);
    ui_text_fit(d, home->fonts->ui, r.x + 14, r.y + (r.h - home->fonts->ui_h) / 2, r.w - 28, active ? UI_ACCENT : UI_TEXT,
                label);
    free(label);
    if ((int)home->focus == UI_HOME_FOCUS_FAMILY + facet && !home->detail && !home->picker) ui_focus_ring(d, r);
}

/* The heading, the controls row; returns the y below them. */
static int draw_controls(UiHome *home, UiDraw *d)
{
    const UiFonts *f = home->fonts;
    int x = HOME_PAD, y = ui_screen_bar_height(home->fonts) + 22;
    ui_text(d, f->title, x, y - 6, UI_TEXT, "Choose a scenario");
    y += f->title_h + 2;
    int passed = 0;
    for (int i = 0; i < home->cat->n; i++) passed += home->cat->entries[i].passed;
    char sub[160];
    snprintf(sub, sizeof sub, "%d scenarios, %d passed by %s. Tab moves between controls, arrows between cards, Enter opens.",
             home->cat->n, passed, home->learner);
    ui_text_fit(d, f->ui, x, y, home->width - 2 * HOME_PAD, UI_TEXT_DIM, sub);
    y += f->ui_h + 16;
    if (home->notice) {
        ui_error_line(d, (SDL_Rect){x, y - 8, home->width - 2 * HOME_PAD, UI_ERROR_LINE_H}, home->notice);
        y += UI_ERROR_LINE_H + 4;
    }
    y += home_draw_resume(home, d, y);
    int right = home_grid_right(home);

    SDL_Rect search = {x, y, HOME_SEARCH_W, HOME_CONTROL_H};
    home->controls[UI_HOME_FOCUS_SEARCH] = search;
    draw_search(home, d, search);
    int cx = search.x + search.w + 12;
    for (int facet = 0; facet < HOME_FACETS; facet++) {
        char *label = home_facet_label(home, facet);
        int w = ui_text_width(f->ui, label) + 28;
        free(label);
        if (w > 240) w = 240;
        SDL_Rect chip = {cx, y, w, HOME_CONTROL_H};
        home->controls[UI_HOME_FOCUS_FAMILY + facet] = chip;
        draw_chip(home, d, chip, facet);
        cx += w + 8;
    }
    char count[64];
    snprintf(count, sizeof count, "%d of %d shown", home->n_visible, home->cat->n);
    int cw = ui_text_width(f->small, count);
    if (cx + 12 + cw < right)
        ui_text(d, f->small, right - cw, y + (HOME_CONTROL_H - f->small_h) / 2, UI_TEXT_DIM, count);
    return y + HOME_CONTROL_H + 20;
}

void home_layout(UiHome *home)
{
    int avail = home->grid.w;
    double scale = home->fonts->scale > 0 ? home->fonts->scale : 1;   /* larger text, larger cards */
    int card_min_w = (int)(HOME_CARD_W * scale), card_h = (int)(HOME_CARD_H * scale);
    home->cols = (avail + HOME_GAP) / (card_min_w + HOME_GAP);
    if (home->cols < 1) home->cols = 1;
    int card_w = (avail - (home->cols - 1) * HOME_GAP) / home->cols;
    int rows = (home->n_visible + home->cols - 1) / home->cols;
    home->content_h = rows ? rows * card_h + (rows - 1) * HOME_GAP : 0;
    if (home->reveal_selected) {
        for (int v = 0; v < home->n_visible; v++) {
            if (home->visible[v] != home->selected) continue;
            int top = (v / home->cols) * (card_h + HOME_GAP);
            if (top < home->scroll) home->scroll = top;
            if (top + card_h > home->scroll + home->grid.h) home->scroll = top + card_h - home->grid.h;
        }
        home->reveal_selected = false;
    }
    int max_scroll = home->content_h - home->grid.h;
    if (home->scroll > max_scroll) home->scroll = max_scroll;
    if (home->scroll < 0) home->scroll = 0;
    for (int v = 0; v < home->n_visible; v++)
        home->cards[v] = (SDL_Rect){home->grid.x + (v % home->cols) * (card_w + HOME_GAP),
                                    home->grid.y + (v / home->cols) * (card_h + HOME_GAP) - home->scroll, card_w, card_h};
}

/* The learner's mark: passed, tried or new. */
static void draw_mark(UiDraw *d, const CatalogEntry *e, int right, int y)
{
    const char *text = e->passed ? "\xe2\x9c\x93 Passed" : e->attempts ? "Tried" : "New";
    SDL_Color bg = e->passed ? UI_TINT_OK : e->attempts ? UI_TINT_WARN : UI_TINT_ACCENT;
    SDL_Color fg = e->passed ? (SDL_Color){0x15, 0x80, 0x3d, 0xff} : e->attempts ? (SDL_Color){0xb4, 0x53, 0x09, 0xff} : UI_ACCENT;
    ui_pill(d, right - ui_pill_width(d, text), y, text, bg, fg);
}

static void draw_card(UiHome *home, UiDraw *d, const CatalogEntry *e, SDL_Rect r, bool selected)
{
    const UiFonts *f = home->fonts;
    bool hover = ui_hit(r, d->mouse_x, d->mouse_y) && ui_hit(home->grid, d->mouse_x, d->mouse_y);
    SDL_Color bg = hover ? (SDL_Color){0xf8, 0xfa, 0xff, 0xff} : UI_PANEL;
    ui_fill_round_bordered(d, r, 8, bg, selected ? UI_ACCENT : UI_BORDER);
    if (selected) ui_fill_round_bordered(d, (SDL_Rect){r.x + 1, r.y + 1, r.w - 2, r.h - 2}, 7, bg, UI_ACCENT);   /* 2 px */
    int pad = 16, x = r.x + pad, y = r.y + pad, w = r.w - 2 * pad;
    SDL_Color lbg, lfg;
    level_colours(e->level, &lbg, &lfg);
    int pw = ui_pill(d, x, y, e->level ? e->level : "any level", lbg, lfg);
    if (e->family) ui_text_fit(d, f->small, x + pw + 8, y + 2, w - pw - 90, UI_TEXT_DIM, e->family);
    draw_mark(d, e, x + w, y);
    y += ui_pill_height(d) + 10;
    int title_h = ui_text_height(f->ui_bold, w, e->title);
    if (title_h > 2 * f->ui_h) title_h = 2 * f->ui_h;
    ui_text_wrapped(d, f->ui_bold, x, y, w, y + title_h, UI_TEXT, e->title);
    y += 2 * f->ui_h + 4;
    char meta[96];
    if (e->time_limit > 0) snprintf(meta, sizeof meta, "%g min, time limit %g min", e->minutes, e->time_limit / 60);
    else snprintf(meta, sizeof meta, "%g min, no time limit", e->minutes);
    ui_text_fit(d, f->small, x, y, w, UI_TEXT_DIM, meta);
    y += f->small_h + 4;
    Buf skills = {0};
    for (int k = 0; k < e->n_skills; k++) buf_printf(&skills, "%s%s", k ? " \xc2\xb7 " : "", e->skills[k]);
    ui_text_fit(d, f->small, x, y, w, UI_TEXT, skills.data ? skills.data : "no skills listed");
    buf_free(&skills);

    /* Bottom: the standing and a bar of the best score. */
    int by = r.y + r.h - pad - f->small_h - 8;
    char standing[96];
    if (e->attempts)
        snprintf(standing, sizeof standing, "Best %.0f %%  \xc2\xb7  %d attempt%s", e->best_percent, e->attempts,
                 e->attempts == 1 ? "" : "s");
    else
        snprintf(standing, sizeof standing, "Not tried yet");
    ui_text_fit(d, f->small, x, by, w, e->attempts ? UI_TEXT : UI_TEXT_DIM, standing);
    SDL_Rect track = {x, by + f->small_h + 4, w, ui_scaled(f, 4)};
    ui_fill(d, track, UI_TINT_GREY);
    if (e->attempts) {
        int filled = (int)(w * (e->best_percent < 0 ? 0 : e->best_percent > 100 ? 100 : e->best_percent) / 100);
        ui_fill(d, (SDL_Rect){track.x, track.y, filled, track.h}, e->passed ? UI_OK : UI_WARN);
    }
    if (selected && home->focus == UI_HOME_FOCUS_CARDS && !home->detail && !home->picker) ui_focus_ring(d, r);
}

void home_draw_page(UiHome *home, UiDraw *d)
{
    ui_fill(d, (SDL_Rect){0, 0, home->width, home->height}, UI_BG);
    draw_top_bar(home, d);
    int top = draw_controls(home, d);
    int side_w = home_side_width(home), side_x = home->width - HOME_PAD - side_w;
    /* The column starts level with the search field when the chips leave it room, else below them. */
    SDL_Rect last_chip = home->controls[UI_HOME_FOCUS_SKILL];
    int side_y = last_chip.x + last_chip.w + 12 <= side_x ? last_chip.y : top;
    home->side = side_w ? (SDL_Rect){side_x, side_y, side_w, home->height - side_y - 12} : (SDL_Rect){0, 0, 0, 0};
    home->grid = (SDL_Rect){HOME_PAD, top, home_grid_right(home) - HOME_PAD, home->height - top - 12};
    home_layout(home);
    if (!home->n_visible) {
        ui_text(d, home->fonts->ui_bold, HOME_PAD, top + 8, UI_TEXT, "No scenario matches.");
        ui_text(d, home->fonts->ui, HOME_PAD, top + 8 + home->fonts->ui_h + 4, UI_TEXT_DIM,
                "Esc in the search clears it; Backspace on a filter chip sets it back to all.");
        return;
    }
    /* Rings sit 3 px outside a card: clip a little wider than the grid. */
    SDL_Rect clip = {home->grid.x - 4, home->grid.y - 4, home->grid.w + 8, home->grid.h + 8};
    SDL_RenderSetClipRect(d->r, &clip);
    for (int v = 0; v < home->n_visible; v++) {
        SDL_Rect r = home->cards[v];
        if (r.y + r.h < home->grid.y || r.y > home->grid.y + home->grid.h) continue;
        draw_card(home, d, &home->cat->entries[home->visible[v]], r, home->visible[v] == home->selected);
    }
    SDL_RenderSetClipRect(d->r, NULL);
    if (home->content_h > home->grid.h) {   /* a scroll bar */
        int bar_h = home->grid.h * home->grid.h / home->content_h;
        int bar_y = home->grid.y + (home->grid.h - bar_h) * home->scroll / (home->content_h - home->grid.h);
        ui_fill_round(d, (SDL_Rect){home->grid.x + home->grid.w + 6, bar_y, 6, bar_h}, 3, (SDL_Color){0xb8, 0xbe, 0xc8, 0xff});
    }
}
