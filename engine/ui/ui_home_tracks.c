/* ui_home_tracks.c: the learner's program in the home's side column, from the catalog's
 * progress (core/progress.h, the same computation as `worksim progress`): each track as a
 * row of numbered step chips, passed (green, a check), unlocked (outlined), locked (grey),
 * the next step filled in the accent colour and named under the row; the skills' mastery as
 * bars with the trend of the latest run; the scenario recommended next and why. The steps are
 * keyboard-reachable (arrows move, Enter opens the step's scenario detail, where a locked
 * step says why and cannot start) and clickable. */
#include "ui/ui_home_internal.h"

#include "ui/ui_hidpi.h"
#include "ui/ui_list.h"
#include "base/util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

enum { CHIP_GAP = 6, TRACK_GAP = 16, SKILL_ROW_GAP = 8, BAR_H = 6 };

static const Progress *progress_of(const UiHome *home) { return home->cat->progress; }

static int n_tracks(const UiHome *home)
{
    const Progress *p = progress_of(home);
    return p ? p->n_tracks : 0;
}

static const TrackStatus *track_status(const UiHome *home, int t) { return &progress_of(home)->tracks[t]; }

static const char *step_title(const UiHome *home, const TrackStep *step)
{
    int i = catalog_find(home->cat, step->scenario);
    return i >= 0 ? home->cat->entries[i].title : step->scenario;
}

bool home_tracks_focusable(const UiHome *home) { return n_tracks(home) > 0 && home->side.w > 0; }

/* The step to show under track t: the focused one when the focus is in t, else its next. */
static int shown_step(const UiHome *home, int t)
{
    bool focused = home->focus == UI_HOME_FOCUS_TRACKS && home->track_at == t;
    return focused ? home->step_at : track_status(home, t)->next;
}

static void focus_track(UiHome *home, int t)
{
    home->track_at = t;
    const TrackStatus *ts = track_status(home, t);
    home->step_at = ts->next >= 0 ? ts->next : 0;
}

void home_tracks_enter(UiHome *home)
{
    if (!n_tracks(home)) return;
    home->reveal_step = true;
    if (home->track_at < 0 || home->track_at >= n_tracks(home)) home->track_at = 0;
    if (home->step_at < 0 || home->step_at >= track_status(home, home->track_at)->track->n_steps)
        focus_track(home, home->track_at);
}

int home_step_slot(const UiHome *home, int track, int step)
{
    if (track < 0 || track >= n_tracks(home) || step < 0 || step >= track_status(home, track)->track->n_steps) return -1;
    int slot = step;
    for (int t = 0; t < track; t++) slot += track_status(home, t)->track->n_steps;
    return slot;
}

static void open_step(UiHome *home, int t, int s)
{
    const TrackStep *step = &track_status(home, t)->track->steps[s];
    home_open_detail(home, catalog_find(home->cat, step->scenario), t, s);
}

bool home_tracks_key(UiHome *home, SDL_Keycode k)
{
    if (!n_tracks(home)) return false;
    home_tracks_enter(home);
    home->reveal_step = true;
    int steps = track_status(home, home->track_at)->track->n_steps;
    switch (k) {
    case SDLK_LEFT: if (home->step_at > 0) home->step_at--; return true;
    case SDLK_RIGHT: if (home->step_at + 1 < steps) home->step_at++; return true;
    case SDLK_HOME: home->step_at = 0; return true;
    case SDLK_END: home->step_at = steps - 1; return true;
    case SDLK_UP: if (home->track_at > 0) focus_track(home, home->track_at - 1); return true;
    case SDLK_DOWN: if (home->track_at + 1 < n_tracks(home)) focus_track(home, home->track_at + 1); return true;
    case SDLK_RETURN: case SDLK_KP_ENTER: case SDLK_SPACE: open_step(home, home->track_at, home->step_at); return true;
    default: return false;
    }
}

bool home_tracks_click(UiHome *home, int x, int y)
{
    if (!home->side.w || !ui_hit(home->side, x, y)) return false;
    for (int t = 0; t < n_tracks(home); t++)
        for (int s = 0; s < track_status(home, t)->track->n_steps; s++) {
            int slot = home_step_slot(home, t, s);
            if (slot >= home->n_step_rects || !ui_hit(home->step_rects[slot], x, y)) continue;
            home->focus = UI_HOME_FOCUS_TRACKS;
            home->track_at = t;
            home->step_at = s;
            open_step(home, t, s);
            return true;
        }
    return true;   /* a click on the column is its own */
}

/* ---- the detail's track line ---- */

static const StepStatus *detail_step(const UiHome *home)
{
    if (home->detail_track < 0 || home->detail_track >= n_tracks(home)) return NULL;
    const TrackStatus *ts = track_status(home, home->detail_track);
    return home->detail_step >= 0 && home->detail_step < ts->track->n_steps ? &ts->steps[home->detail_step] : NULL;
}

bool home_detail_locked(const UiHome *home)
{
    const StepStatus *st = detail_step(home);
    return st && st->state == STEP_LOCKED;
}

/* "Locked: needs first-bugfix passed", "Passed", "Next up", "Unlocked". */
static char *state_text(const TrackStatus *ts, int s)
{
    const StepStatus *st = &ts->steps[s];
    if (st->state == STEP_LOCKED) return xasprintf("Locked: %s", st->locked_why ? st->locked_why : "earlier steps first");
    if (st->state == STEP_PASSED) return xstrdup("\xe2\x9c\x93 Passed");
    return xstrdup(s == ts->next ? "Next up: unlocked, not passed yet" : "Unlocked, not passed yet");
}

char *home_detail_track_text(const UiHome *home)
{
    const StepStatus *st = detail_step(home);
    if (!st) return NULL;
    const TrackStatus *ts = track_status(home, home->detail_track);
    char *state = state_text(ts, home->detail_step);
    char *text = xasprintf("Step %d of %d in \xe2\x80\x9c%s\xe2\x80\x9d. %s.", home->detail_step + 1, ts->track->n_steps,
                           ts->track->title ? ts->track->title : ts->track->id, state);
    free(state);
    return text;
}

/* ---- drawing ---- */

static int chips_per_row(int w) { return (w + CHIP_GAP) / (HOME_STEP_CHIP + CHIP_GAP) > 0 ? (w + CHIP_GAP) / (HOME_STEP_CHIP + CHIP_GAP) : 1; }

static void draw_chip(UiHome *home, UiDraw *d, SDL_Rect r, const TrackStatus *ts, int s, bool focused)
{
    const UiFonts *f = home->fonts;
    StepState state = ts->steps[s].state;
    SDL_Color fill = UI_PANEL, border = UI_ACCENT, fg = UI_ACCENT;
    if (state == STEP_PASSED) fill = border = UI_OK, fg = UI_ACCENT_TEXT;
    else if (s == ts->next) fill = border = UI_ACCENT, fg = UI_ACCENT_TEXT;
    else if (state == STEP_LOCKED) fill = UI_TINT_GREY, border = UI_BORDER, fg = UI_TEXT_DIM;
    ui_fill_round_bordered(d, r, 6, fill, border);
    char label[16];
    if (state == STEP_PASSED) snprintf(label, sizeof label, "\xe2\x9c\x93");
    else snprintf(label, sizeof label, "%d", s + 1);
    TTF_Font *font = state == STEP_LOCKED ? f->small : f->ui_bold;
    int fh = state == STEP_LOCKED ? f->small_h : f->ui_h;
    ui_text(d, font, r.x + (r.w - ui_text_width(font, label)) / 2, r.y + (r.h - fh) / 2, fg, label);
    if (focused) ui_focus_ring(d, r);
}

/* One track from y: its title and count, the chips, the caption; returns the height. */
static int track_block(UiHome *home, UiDraw *d, int t, int x, int y, int w)
{
    const UiFonts *f = home->fonts;
    const TrackStatus *ts = track_status(home, t);
    const Track *tr = ts->track;
    int per_row = chips_per_row(w), rows = (tr->n_steps + per_row - 1) / per_row;
    int chips_h = rows * (HOME_STEP_CHIP + CHIP_GAP);
    int h = f->ui_h + 6 + chips_h + f->ui_h + f->small_h + 4;
    if (d && t == home->track_at) {   /* where the focused step sits, shown or not */
        int row_y = y + f->ui_h + 6 + (home->step_at / per_row) * (HOME_STEP_CHIP + CHIP_GAP);
        home->step_top = row_y - (home->side.y - home->side_scroll);
        home->step_bottom = home->step_top + HOME_STEP_CHIP + f->ui_h + f->small_h + 8;
    }
    if (d && !home_side_shows(home, y, h))   /* scrolled away: nothing to click either */
        for (int s = 0; s < tr->n_steps; s++) home->step_rects[home_step_slot(home, t, s)] = (SDL_Rect){0, 0, 0, 0};
    if (!d || !home_side_shows(home, y, h)) return h;
    char count[32];
    snprintf(count, sizeof count, "%d/%d passed", ts->done, tr->n_steps);
    int cw = ui_text_width(f->small, count);
    ui_text_fit(d, f->ui_bold, x, y, w - cw - 8, UI_TEXT, tr->title ? tr->title : tr->id);
    ui_text(d, f->small, x + w - cw, y + (f->ui_h - f->small_h) / 2, UI_TEXT_DIM, count);
    int cy = y + f->ui_h + 6;
    bool focus_here = home->focus == UI_HOME_FOCUS_TRACKS && home->track_at == t && !home->detail && !home->picker;
    for (int s = 0; s < tr->n_steps; s++) {
        SDL_Rect r = {x + (s % per_row) * (HOME_STEP_CHIP + CHIP_GAP), cy + (s / per_row) * (HOME_STEP_CHIP + CHIP_GAP),
                      HOME_STEP_CHIP, HOME_STEP_CHIP};
        home->step_rects[home_step_slot(home, t, s)] = r;
        draw_chip(home, d, r, ts, s, focus_here && s == home->step_at);
    }
    int ty = cy + chips_h;
    int s = shown_step(home, t);
    if (s < 0) {
        bool all = ts->done == tr->n_steps;
        ui_text_fit(d, f->ui, x, ty, w, all ? UI_OK : UI_TEXT_DIM, all ? "Every step passed" : "No step unlocked yet");
        return h;
    }
    char *title = xasprintf("%d. %s", s + 1, step_title(home, &tr->steps[s]));
    char *state = state_text(ts, s);
    ui_text_fit(d, s == ts->next ? f->ui_bold : f->ui, x, ty, w, UI_TEXT, title);
    ui_text_fit(d, f->small, x, ty + f->ui_h + 2, w, ts->steps[s].state == STEP_LOCKED ? UI_TEXT_DIM : UI_TEXT, state);
    free(title);
    free(state);
    return h;
}

/* A section's small caps label in width w; returns its height. */
static int label(UiHome *home, UiDraw *d, int x, int y, int w, const char *text)
{
    if (d) ui_text_fit(d, home->fonts->small, x, y, w, UI_TEXT_DIM, text);
    return home->fonts->small_h + 8;
}

int home_tracks_section(UiHome *home, UiDraw *d, int x, int y, int w)
{
    int n = n_tracks(home), total = 0;
    for (int t = 0; t < n; t++) total += track_status(home, t)->track->n_steps;
    if (d && total != home->n_step_rects) {
        home->step_rects = xrealloc(home->step_rects, (size_t)(total + 1) * sizeof *home->step_rects);
        home->n_step_rects = total;
    }
    int h = label(home, d, x, y, w, "YOUR TRACKS");
    if (!n) {
        if (d) ui_text_fit(d, home->fonts->small, x, y + h, w, UI_TEXT_DIM, "No tracks on the scenario path.");
        return h + home->fonts->small_h;
    }
    for (int t = 0; t < n; t++) h += track_block(home, d, t, x, y + h, w) + (t + 1 < n ? TRACK_GAP : 0);
    return h;
}

/* One skill: name, bar, value, trend; returns the row height. */
static int skill_row(UiHome *home, UiDraw *d, const SkillMastery *m, int x, int y, int w)
{
    const UiFonts *f = home->fonts;
    int h = f->ui_h + SKILL_ROW_GAP;
    if (!d || !home_side_shows(home, y, h)) return h;
    int name_w = w * 36 / 100, trend_w = ui_text_width(f->small, "\xe2\x96\xb2 0.00"), value_w = ui_text_width(f->small, "0.00");
    ui_text_fit(d, f->ui, x, y, name_w - 8, UI_TEXT, m->skill);
    int bar_x = x + name_w, bar_w = w - name_w - value_w - trend_w - 16;
    double v = m->mastery < 0 ? 0 : m->mastery > 1 ? 1 : m->mastery;
    int bar_h = ui_scaled(f, BAR_H);
    SDL_Rect bar = {bar_x, y + (f->ui_h - bar_h) / 2, bar_w > 10 ? bar_w : 10, bar_h};
    int filled = (int)lround(bar.w * v);
    ui_fill_round(d, bar, bar_h / 2, UI_TINT_GREY);
    if (v > 0) ui_fill_round(d, (SDL_Rect){bar.x, bar.y, filled > bar_h ? filled : bar_h, bar_h}, bar_h / 2,
                             v >= 0.6 ? UI_OK : v >= 0.4 ? UI_ACCENT : UI_WARN);
    char value[16], trend[32];
    snprintf(value, sizeof value, "%.2f", v);
    ui_text(d, f->small, bar.x + bar.w + 8, y + (f->ui_h - f->small_h) / 2, UI_TEXT, value);
    double delta = m->mastery - m->before_last;
    SDL_Color tc = UI_TEXT_DIM;
    if (delta >= 0.005) snprintf(trend, sizeof trend, "\xe2\x96\xb2 %.2f", delta), tc = UI_OK;
    else if (delta <= -0.005) snprintf(trend, sizeof trend, "\xe2\x96\xbc %.2f", -delta), tc = UI_FAIL;
    else snprintf(trend, sizeof trend, "\xe2\x80\x93");
    ui_text(d, f->small, x + w - trend_w, y + (f->ui_h - f->small_h) / 2, tc, trend);
    return h;
}

int home_skills_section(UiHome *home, UiDraw *d, int x, int y, int w)
{
    const Progress *p = progress_of(home);
    int h = label(home, d, x, y, w, "YOUR SKILLS  (mastery 0..1, change at the last run)");
    if (!p || !p->mastery.n_skills) {
        const char *none = "Finish a scenario to see your skills here.";
        if (d) ui_text_wrapped(d, home->fonts->small, x, y + h, w, 0, UI_TEXT_DIM, none);
        h += ui_text_height(home->fonts->small, w, none);
    }
    for (int i = 0; p && i < p->mastery.n_skills; i++) h += skill_row(home, d, &p->mastery.skills[i], x, y + h, w);
    if (p && p->next_scenario && p->next_why) {
        h += 6;
        h += label(home, d, x, y + h, w, "NEXT FOR YOU");
        int i = catalog_find(home->cat, p->next_scenario);
        if (d) ui_text_fit(d, home->fonts->ui_bold, x, y + h, w, UI_TEXT, i >= 0 ? home->cat->entries[i].title : p->next_scenario);
        h += home->fonts->ui_h + 2;
        h += d ? ui_text_wrapped(d, home->fonts->small, x, y + h, w, 0, UI_TEXT_DIM, p->next_why)
               : ui_text_height(home->fonts->small, w, p->next_why);
    }
    return h;
}

/* ---- state for tests ---- */

void ui_home_track_focus(const UiHome *home, int *track, int *step)
{
    *track = home->track_at;
    *step = home->step_at;
}

SDL_Rect ui_home_step_rect(const UiHome *home, int track, int step)
{
    int slot = home_step_slot(home, track, step);
    return slot >= 0 && slot < home->n_step_rects ? home->step_rects[slot] : (SDL_Rect){0, 0, 0, 0};
}
