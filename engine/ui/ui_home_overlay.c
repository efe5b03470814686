/* ui_home_overlay.c: what the home shows over its page: a scenario's detail (summary, role,
 * time limit, what it trains, the learner's record, its track step when opened from a track;
 * Start, disabled for a locked step, and Back) and the learner picker
 * (the known learners and a field for a new one). Both lie over the dimmed page
 * (ui_home_backdrop.c). */
#include "ui/ui_home_internal.h"

#include "ui/ui_list.h"
#include "ui/ui_markdown.h"
#include "ui/ui_screen_bar.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A section: a small caps label, then its body; returns the height used (draws when draw). */
static int section(UiHome *home, UiDraw *d, int x, int y, int w, const char *label, const char *body, bool draw)
{
    const UiFonts *f = home->fonts;
    if (draw) ui_text(d, f->small, x, y, UI_TEXT_DIM, label);
    int h = f->small_h + 4;
    h += draw ? ui_text_wrapped(d, f->ui, x, y + h, w, 0, UI_TEXT, body) : ui_text_height(f->ui, w, body);
    return h + 14;
}

static char *record_text(const CatalogEntry *e)
{
    if (!e->attempts) return xstrdup("Not tried yet: this is your first attempt.");
    return xasprintf("Best score %.0f %% over %d attempt%s; %s.", e->best_percent, e->attempts, e->attempts == 1 ? "" : "s",
                     e->passed ? "passed" : "not passed yet");
}

static char *trains_text(const CatalogEntry *e)
{
    Buf b = {0};
    buf_puts(&b, "Skills: ");
    for (int k = 0; k < e->n_skills; k++) buf_printf(&b, "%s%s", k ? ", " : "", e->skills[k]);
    if (!e->n_skills) buf_puts(&b, "none listed");
    for (int t = 0; t < e->n_tasks; t++) buf_printf(&b, "\n\xe2\x80\xa2 %s", e->tasks[t]);
    return buf_steal(&b);
}

/* The detail's body from y; returns its height. */
static int detail_body(UiHome *home, UiDraw *d, const CatalogEntry *e, int x, int y, int w, bool draw)
{
    char limit[96];
    if (e->time_limit > 0)
        snprintf(limit, sizeof limit, "%g minutes on the run clock (about %g minutes of work)", e->time_limit / 60, e->minutes);
    else snprintf(limit, sizeof limit, "None (about %g minutes of work)", e->minutes);
    char *trains = trains_text(e), *record = record_text(e), *step = home_detail_track_text(home);
    int h = 0;
    if (step) h += section(home, d, x, y + h, w, "IN YOUR TRACK", step, draw);
    h += section(home, d, x, y + h, w, "SUMMARY", e->summary ? e->summary : "No summary.", draw);
    h += section(home, d, x, y + h, w, "YOUR ROLE", e->role ? e->role : "Not stated.", draw);
    h += section(home, d, x, y + h, w, "TIME LIMIT", limit, draw);
    h += section(home, d, x, y + h, w, "WHAT IT TRAINS", trains, draw);
    h += section(home, d, x, y + h, w, "YOUR RECORD", record, draw);
    free(trains);
    free(record);
    free(step);
    return h;
}

void home_draw_detail(UiHome *home, UiDraw *d)
{
    const UiFonts *f = home->fonts;
    const CatalogEntry *e = &home->cat->entries[home->detail_entry];
    int w = home->width - 80 < HOME_DETAIL_W ? home->width - 80 : HOME_DETAIL_W, pad = 28, inner = w - 2 * pad;
    int title_h = ui_text_height(f->title, inner, e->title);
    int body_h = detail_body(home, d, e, 0, 0, inner, false);
    int h = pad + title_h + 8 + ui_pill_height(d) + 20 + body_h + 44 + pad;
    if (h > home->height - 40) h = home->height - 40;
    SDL_Rect box = {(home->width - w) / 2, (home->height - h) / 2, w, h};
    home->detail_box = box;
    ui_fill_round_bordered(d, box, 10, UI_PANEL, UI_BORDER);
    int x = box.x + pad, y = box.y + pad;
    y += ui_text_wrapped(d, f->title, x, y, inner, 0, UI_TEXT, e->title) + 8;
    char minutes[32], id[80];
    snprintf(minutes, sizeof minutes, "%g min", e->minutes);
    snprintf(id, sizeof id, "%s", e->id);
    int px = x;
    if (e->level) px += ui_pill(d, px, y, e->level, UI_TINT_ACCENT, UI_ACCENT) + 6;
    if (e->family) px += ui_pill(d, px, y, e->family, UI_TINT_GREY, UI_TEXT_DIM) + 6;
    px += ui_pill(d, px, y, minutes, UI_TINT_GREY, UI_TEXT_DIM) + 6;
    ui_pill(d, px, y, id, UI_TINT_GREY, UI_TEXT_DIM);
    y += ui_pill_height(d) + 20;
    int buttons_y = box.y + box.h - pad - 36;
    SDL_Rect clip = {box.x, y, box.w, buttons_y - 8 - y};
    SDL_RenderSetClipRect(d->r, &clip);
    detail_body(home, d, e, x, y, inner, true);
    SDL_RenderSetClipRect(d->r, NULL);

    const char *start = "Start scenario", *back = "Back";
    int sw = ui_text_width(f->ui, start) + 36, bw = ui_text_width(f->ui, back) + 36;
    home->detail_buttons[0] = (SDL_Rect){box.x + box.w - pad - sw, buttons_y, sw, 36};
    home->detail_buttons[1] = (SDL_Rect){home->detail_buttons[0].x - 10 - bw, buttons_y, bw, 36};
    ui_button(d, home->detail_buttons[0], start, true, !home_detail_locked(home));
    ui_button(d, home->detail_buttons[1], back, false, true);
    ui_focus_ring(d, home->detail_buttons[home->detail_focus]);
    ui_text(d, f->small, x, buttons_y + (36 - f->small_h) / 2, UI_TEXT_DIM, "Enter: the ringed button   Tab: switch   Esc: back");
}

void home_draw_picker(UiHome *home, UiDraw *d)
{
    const UiFonts *f = home->fonts;
    SDL_Rect anchor = home->controls[UI_HOME_FOCUS_LEARNER];
    int rows = home->n_learners + 1;
    int max_rows = (home->height - ui_screen_bar_height(home->fonts) - 120) / HOME_PICKER_ROW_H;
    int first = 0;
    if (rows > max_rows && max_rows > 0 && home->picker_row >= max_rows) first = home->picker_row - max_rows + 1;
    int shown = rows < max_rows ? rows : max_rows;
    int h = 36 + shown * HOME_PICKER_ROW_H + (home->picker_error ? 30 : 0) + 12;
    SDL_Rect box = {anchor.x + anchor.w - HOME_PICKER_W, anchor.y + anchor.h + 6, HOME_PICKER_W, h};
    if (box.x < 8) box.x = 8;
    home->picker_box = box;
    ui_fill_round_bordered(d, box, 8, UI_PANEL, UI_BORDER);
    ui_text(d, f->small, box.x + 14, box.y + 12, UI_TEXT_DIM, "WHO IS PRACTISING?");
    int y = box.y + 36;
    for (int i = 0; i < rows; i++) home->picker_rows[i] = (SDL_Rect){0, 0, 0, 0};
    for (int i = first; i < first + shown; i++) {
        SDL_Rect row = {box.x + 6, y, box.w - 12, HOME_PICKER_ROW_H};
        home->picker_rows[i] = row;
        bool sel = i == home->picker_row;
        if (sel) ui_fill(d, row, UI_SELECTED);
        if (i < home->n_learners) {
            bool current = strcmp(home->learners[i], home->learner) == 0;
            ui_avatar(d, row.x + 8, row.y + 6, 24, home->learners[i], home->learners[i]);
            ui_text_fit(d, current ? f->ui_bold : f->ui, row.x + 42, row.y + (row.h - f->ui_h) / 2, row.w - 70, UI_TEXT,
                        home->learners[i]);
            if (current) ui_text(d, f->ui_bold, row.x + row.w - 24, row.y + (row.h - f->ui_h) / 2, UI_ACCENT, "\xe2\x9c\x93");
        } else {
            SDL_Rect field = {row.x + 8, row.y + 4, row.w - 16, row.h - 8};
            ui_fill_round_bordered(d, field, 5, UI_PANEL, sel ? UI_ACCENT : UI_BORDER);
            SDL_Rect inner = {field.x + 10, field.y + (field.h - f->ui_h) / 2, field.w - 20, f->ui_h};
            if (!home->new_learner.len)
                ui_text(d, f->ui, inner.x + (sel ? 2 : 0), inner.y, UI_TEXT_DIM, "+ New learner: type a name");
            ui_textfield_draw(&home->new_learner, d, f->ui, f->ui_h, inner, UI_TEXT, sel);
        }
        if (sel) ui_focus_ring(d, row);
        y += HOME_PICKER_ROW_H;
    }
    if (home->picker_error) ui_error_line(d, (SDL_Rect){box.x + 6, y + 2, box.w - 12, 26}, home->picker_error);
}
