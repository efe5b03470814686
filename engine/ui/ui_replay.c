/* ui_replay.c: the replay screen (ui_replay.h): the virtual clock and its speed, seeking the
 * folded state, the pane that follows the latest event, the bar, the tabs and the timeline,
 * and the keys and clicks that drive them. The panes are drawn by ui_replay_panes.c. */
#include "ui/ui_replay_internal.h"

#include "ui/ui_list.h"
#include "ui/ui_hidpi.h"
#include "ui/ui_screen_bar.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const int SPEEDS[REPLAY_SPEEDS] = {1, 4, 16};
static const char *const PANE_NAMES[UI_REPLAY_PANES] = {"Chat", "Terminal", "Tickets", "Reviews"};

UiReplay *ui_replay_new(const UiFonts *fonts, ReplayLog *log, Scenario *sc, const char *title)
{
    UiReplay *rp = xcalloc(1, sizeof *rp);
    rp->fonts = fonts;
    rp->log = *log;
    memset(log, 0, sizeof *log);
    rp->sc = sc;
    rp->title = xstrdup(title ? title : "a run");
    rp->duration = replay_log_duration(&rp->log);
    rp->speed = 1;
    rp->follow = true;
    rp->pane = UI_REPLAY_CHAT;
    rp->mouse_x = rp->mouse_y = -1;
    for (int i = 0; i < UI_REPLAY_PANES; i++) rp->scroll[i].stick_bottom = i == UI_REPLAY_CHAT;
    replay_state_seek(&rp->state, &rp->log, 0);
    return rp;
}

typedef struct ReplayTitle {
    char *title;
    char *scenario_id;
} ReplayTitle;

static bool note_title(void *ud, const StoreRunRow *row)
{
    ReplayTitle *t = ud;
    t->scenario_id = xstrdup(row->scenario_id);
    t->title = xasprintf("run %lld \xc2\xb7 %s \xc2\xb7 %s", (long long)row->id,
                         row->scenario_title ? row->scenario_title : row->scenario_id, row->learner ? row->learner : "?");
    return false;
}

UiReplay *ui_replay_open(const UiFonts *fonts, Store *st, const Catalog *cat, int64_t run_id, char **err)
{
    ReplayLog log = {0};
    if (!replay_log_load(&log, st, run_id, err)) {
        replay_log_clear(&log);
        return NULL;
    }
    ReplayTitle t = {0};
    StoreRunFilter filter = {.run_id = run_id};
    store_runs_foreach(st, &filter, note_title, &t);
    int at = cat && t.scenario_id ? catalog_find(cat, t.scenario_id) : -1;
    char *why = NULL;
    Scenario *sc = at >= 0 ? scenario_load(cat->entries[at].dir, &why) : NULL;   /* names only: optional */
    free(why);
    UiReplay *rp = ui_replay_new(fonts, &log, sc, t.title);
    free(t.title);
    free(t.scenario_id);
    return rp;
}

void ui_replay_free(UiReplay *rp)
{
    if (!rp) return;
    replay_state_clear(&rp->state);
    replay_log_clear(&rp->log);
    scenario_free(rp->sc);
    ui_term_free(rp->term);
    buf_free(&rp->pane_text);
    free(rp->message_h);
    free(rp->title);
    free(rp);
}

bool ui_replay_playing(const UiReplay *rp) { return rp->playing; }
int ui_replay_speed(const UiReplay *rp) { return rp->speed; }
double ui_replay_time(const UiReplay *rp) { return rp->state.t; }
double ui_replay_duration(const UiReplay *rp) { return rp->duration; }
UiReplayPane ui_replay_pane(const UiReplay *rp) { return rp->pane; }
const ReplayState *ui_replay_state(const UiReplay *rp) { return &rp->state; }
SDL_Rect ui_replay_timeline(const UiReplay *rp) { return rp->timeline; }
SDL_Rect ui_replay_tab(const UiReplay *rp, UiReplayPane pane) { return pane < UI_REPLAY_PANES ? rp->tabs[pane] : (SDL_Rect){0}; }
char *ui_replay_pane_text(UiReplay *rp) { return xstrdup(rp->pane_text.data ? rp->pane_text.data : ""); }

bool ui_replay_take_close(UiReplay *rp)
{
    bool c = rp->close;
    rp->close = false;
    return c;
}

/* The pane that shows an event of kind, or -1. */
static int pane_of(EventKind kind)
{
    switch (kind) {
    case EV_MESSAGE: return UI_REPLAY_CHAT;
    case EV_COMMAND: return UI_REPLAY_TERMINAL;
    case EV_TASK_STATUS: case EV_CHECK: case EV_HINT: return UI_REPLAY_TICKETS;
    case EV_REVIEW: return UI_REPLAY_REVIEWS;
    default: return -1;
    }
}

/* After a fold: while following, the pane of the newest event folded in since before. */
static void follow_latest(UiReplay *rp, int applied_before)
{
    if (!rp->follow || rp->state.applied <= applied_before) return;
    for (int i = rp->state.applied - 1; i >= applied_before; i--) {
        int pane = pane_of(rp->log.events[i].kind);
        if (pane < 0) continue;
        rp->pane = (UiReplayPane)pane;
        return;
    }
}

void ui_replay_seek(UiReplay *rp, double t)
{
    if (t < 0) t = 0;
    if (t > rp->duration) t = rp->duration;
    int before = rp->state.applied;
    replay_state_seek(&rp->state, &rp->log, t);
    follow_latest(rp, before);
}

bool ui_replay_advance(UiReplay *rp, double real_seconds)
{
    if (!rp->playing || real_seconds <= 0) return false;
    int before = rp->state.applied;
    double t = rp->state.t + real_seconds * rp->speed;
    if (t >= rp->duration) {
        t = rp->duration;
        rp->playing = false;
    }
    ui_replay_seek(rp, t);
    return rp->state.applied != before || !rp->playing;
}

void ui_replay_set_playing(UiReplay *rp, bool playing)
{
    if (playing && rp->state.t >= rp->duration) ui_replay_seek(rp, 0);   /* play again from the start */
    rp->playing = playing && rp->duration > 0;
}

void ui_replay_set_speed(UiReplay *rp, int speed)
{
    for (int i = 0; i < REPLAY_SPEEDS; i++)
        if (SPEEDS[i] == speed) rp->speed = speed;
}

void ui_replay_show(UiReplay *rp, UiReplayPane pane)
{
    if (pane >= UI_REPLAY_PANES) return;
    rp->pane = pane;
    rp->follow = false;
}

static void step_speed(UiReplay *rp, int dir)
{
    int at = 0;
    for (int i = 0; i < REPLAY_SPEEDS; i++)
        if (SPEEDS[i] == rp->speed) at = i;
    at += dir;
    if (at >= 0 && at < REPLAY_SPEEDS) rp->speed = SPEEDS[at];
}

/* To the previous / next event shown (paused there). */
static void step_event(UiReplay *rp, int dir)
{
    rp->playing = false;
    int from = dir > 0 ? rp->state.applied - 1 : replay_log_count_until(&rp->log, rp->state.t - 1e-9) ;
    int at = replay_log_step(&rp->log, from, dir);
    if (dir < 0 && at < 0) {
        ui_replay_seek(rp, 0);
        return;
    }
    if (at < 0) return;
    ui_replay_seek(rp, rp->log.events[at].t);
}

/* ---- drawing ---------------------------------------------------------------------------- */

void replay_format_clock(char *out, size_t n, double seconds)
{
    if (seconds < 0) seconds = 0;
    int s = (int)seconds;
    snprintf(out, n, "%d:%02d", s / 60, s % 60);
}

static int pane_count(const UiReplay *rp, int pane)
{
    const ReplayState *s = &rp->state;
    return pane == UI_REPLAY_CHAT ? s->n_messages : pane == UI_REPLAY_TERMINAL ? s->n_commands
                                                  : pane == UI_REPLAY_TICKETS ? s->n_tasks : s->n_reviews;
}

static void draw_tabs(UiReplay *rp, UiDraw *d, SDL_Rect band)
{
    const UiFonts *f = rp->fonts;
    ui_fill(d, band, UI_PANEL);
    ui_fill(d, (SDL_Rect){band.x, band.y + band.h - 1, band.w, 1}, UI_BORDER);
    int x = band.x + 16;
    for (int i = 0; i < UI_REPLAY_PANES; i++) {
        char label[64];
        snprintf(label, sizeof label, "%s  %d", PANE_NAMES[i], pane_count(rp, i));
        int w = ui_text_width(f->ui, label) + 28;
        SDL_Rect tab = {x, band.y, w, band.h};
        rp->tabs[i] = tab;
        bool sel = (int)rp->pane == i;
        if (!sel && ui_hit(tab, d->mouse_x, d->mouse_y)) ui_fill(d, tab, UI_SELECTED);
        ui_text(d, sel ? f->ui_bold : f->ui, tab.x + 14, tab.y + (tab.h - f->ui_h) / 2, sel ? UI_ACCENT : UI_TEXT, label);
        if (sel) ui_fill(d, (SDL_Rect){tab.x, tab.y + tab.h - 3, tab.w, 3}, UI_ACCENT);
        x += w + 4;
    }
    const char *mode = rp->follow ? "following the run" : "Ctrl+1..4 panes";
    ui_text(d, f->small, band.x + band.w - 16 - ui_text_width(f->small, mode), band.y + (band.h - f->small_h) / 2,
            UI_TEXT_DIM, mode);
}

/* A tick per event shown, coloured by its pane. */
static SDL_Color tick_colour(EventKind kind)
{
    switch (pane_of(kind)) {
    case UI_REPLAY_CHAT: return UI_ACCENT;
    case UI_REPLAY_TERMINAL: return UI_TEXT_DIM;
    case UI_REPLAY_TICKETS: return UI_OK;
    case UI_REPLAY_REVIEWS: return UI_REVIEW;
    default: return UI_FAIL;
    }
}

static int track_x(const UiReplay *rp, double t)
{
    double frac = rp->duration > 0 ? t / rp->duration : 0;
    return rp->timeline.x + (int)(frac * rp->timeline.w + 0.5);
}

static void draw_timeline(UiReplay *rp, UiDraw *d, SDL_Rect band)
{
    const UiFonts *f = rp->fonts;
    ui_fill(d, band, UI_PANEL);
    ui_fill(d, (SDL_Rect){band.x, band.y, band.w, 1}, UI_BORDER);
    int row_y = band.y + ui_scaled(f, 8), row_h = ui_scaled(f, 30), edge = ui_scaled(f, 16);
    rp->play_button = (SDL_Rect){band.x + edge, row_y, ui_scaled(f, 92), row_h};
    ui_button(d, rp->play_button, rp->playing ? "\xe2\x9d\x9a\xe2\x9d\x9a Pause" : "\xe2\x96\xb6 Play", true, rp->duration > 0);
    char now[16], end[16], clock[48];
    replay_format_clock(now, sizeof now, rp->state.t);
    replay_format_clock(end, sizeof end, rp->duration);
    snprintf(clock, sizeof clock, "%s / %s", now, end);
    ui_text(d, f->ui, rp->play_button.x + rp->play_button.w + edge, row_y + (row_h - f->ui_h) / 2, UI_TEXT, clock);
    int x = band.x + band.w - edge;
    for (int i = REPLAY_SPEEDS - 1; i >= 0; i--) {
        char label[8];
        snprintf(label, sizeof label, "%d\xc3\x97", SPEEDS[i]);
        int w = ui_pill_width(d, label) + 8;
        x -= w;
        rp->speed_buttons[i] = (SDL_Rect){x, row_y + (row_h - ui_pill_height(d)) / 2, w, ui_pill_height(d)};
        bool sel = SPEEDS[i] == rp->speed;
        ui_pill(d, x, rp->speed_buttons[i].y, label, sel ? UI_ACCENT : UI_TINT_GREY, sel ? UI_ACCENT_TEXT : UI_TEXT_DIM);
        x -= 6;
    }
    const char *keys = "Space play \xc2\xb7 1/4/6 speed \xc2\xb7 \xe2\x86\x90/\xe2\x86\x92 step \xc2\xb7 Home/End";
    ui_text(d, f->small, x - edge - ui_text_width(f->small, keys), row_y + (row_h - f->small_h) / 2, UI_TEXT_DIM, keys);

    int inset = ui_scaled(f, 24), track_h = ui_scaled(f, 8), knob_r = ui_scaled(f, 8);
    rp->timeline = (SDL_Rect){band.x + inset, band.y + band.h - ui_scaled(f, 22), band.w - 2 * inset, track_h};
    ui_fill_round(d, rp->timeline, track_h / 2, UI_TINT_GREY);
    int played = track_x(rp, rp->state.t) - rp->timeline.x;
    if (played > 0)
        ui_fill_round(d, (SDL_Rect){rp->timeline.x, rp->timeline.y, played, rp->timeline.h}, track_h / 2, UI_TINT_ACCENT);
    for (int i = 0; i < rp->log.n; i++) {
        if (!replay_event_shown(rp->log.events[i].kind)) continue;
        ui_fill(d, (SDL_Rect){track_x(rp, rp->log.events[i].t), rp->timeline.y - 3, ui_scaled(f, 2), rp->timeline.h + 6},
                tick_colour(rp->log.events[i].kind));
    }
    int knob = track_x(rp, rp->state.t);
    ui_fill_round(d, (SDL_Rect){knob - knob_r, rp->timeline.y + rp->timeline.h / 2 - knob_r, 2 * knob_r, 2 * knob_r}, knob_r,
                  UI_ACCENT);
}

void ui_replay_render(UiReplay *rp, SDL_Renderer *r, int width, int height)
{
    UiDraw d = {r, rp->fonts, rp->mouse_x, rp->mouse_y};
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    ui_fill(&d, (SDL_Rect){0, 0, width, height}, UI_BG);
    char *title = xasprintf("Replay \xc2\xb7 %s", rp->title);
    rp->close_button = ui_screen_bar(&d, width, title, "read-only: nothing reaches a sandbox", "Close  Esc");
    free(title);
    int bar_h = ui_screen_bar_height(rp->fonts), tabs_h = ui_scaled(rp->fonts, REPLAY_TABS_H);
    int timeline_h = ui_scaled(rp->fonts, REPLAY_TIMELINE_H);
    draw_tabs(rp, &d, (SDL_Rect){0, bar_h, width, tabs_h});
    int top = bar_h + tabs_h;
    rp->pane_area = (SDL_Rect){0, top, width, height - top - timeline_h};
    UiClip clip = ui_clip_push(&d, rp->pane_area);
    replay_draw_pane(rp, &d, rp->pane_area);
    ui_clip_pop(&d, clip);
    draw_timeline(rp, &d, (SDL_Rect){0, height - timeline_h, width, timeline_h});
}

/* ---- events ----------------------------------------------------------------------------- */

static void scrub_to(UiReplay *rp, int x)
{
    double frac = rp->timeline.w > 0 ? (double)(x - rp->timeline.x) / rp->timeline.w : 0;
    ui_replay_seek(rp, frac * rp->duration);
}

static bool key(UiReplay *rp, const SDL_KeyboardEvent *k)
{
    SDL_Keycode sym = k->keysym.sym;
    if (k->keysym.mod & KMOD_CTRL) {
        if (sym < SDLK_1 || sym >= SDLK_1 + UI_REPLAY_PANES) return false;
        ui_replay_show(rp, (UiReplayPane)(sym - SDLK_1));
        return true;
    }
    switch (sym) {
    case SDLK_SPACE: case SDLK_k: ui_replay_set_playing(rp, !rp->playing); break;
    case SDLK_1: ui_replay_set_speed(rp, 1); break;
    case SDLK_4: ui_replay_set_speed(rp, 4); break;
    case SDLK_6: ui_replay_set_speed(rp, 16); break;
    case SDLK_PLUS: case SDLK_EQUALS: case SDLK_KP_PLUS: step_speed(rp, +1); break;
    case SDLK_MINUS: case SDLK_KP_MINUS: step_speed(rp, -1); break;
    case SDLK_LEFT: step_event(rp, -1); break;
    case SDLK_RIGHT: step_event(rp, +1); break;
    case SDLK_HOME: rp->playing = false; ui_replay_seek(rp, 0); break;
    case SDLK_END: rp->playing = false; ui_replay_seek(rp, rp->duration); break;
    case SDLK_TAB:
        ui_replay_show(rp, (UiReplayPane)((rp->pane + ((k->keysym.mod & KMOD_SHIFT) ? UI_REPLAY_PANES - 1 : 1)) % UI_REPLAY_PANES));
        break;
    case SDLK_PAGEUP: ui_scroll_by(&rp->scroll[rp->pane], -rp->pane_area.h * 3 / 4); break;
    case SDLK_PAGEDOWN: ui_scroll_by(&rp->scroll[rp->pane], rp->pane_area.h * 3 / 4); break;
    case SDLK_ESCAPE: rp->close = true; break;
    default: return false;
    }
    return true;
}

static bool press(UiReplay *rp, int x, int y)
{
    SDL_Rect track = {rp->timeline.x - 8, rp->timeline.y - 12, rp->timeline.w + 16, rp->timeline.h + 24};
    if (ui_hit(track, x, y)) {
        rp->scrubbing = true;
        scrub_to(rp, x);
    } else if (ui_hit(rp->close_button, x, y)) {
        rp->close = true;
    } else if (ui_hit(rp->play_button, x, y)) {
        ui_replay_set_playing(rp, !rp->playing);
    } else {
        for (int i = 0; i < REPLAY_SPEEDS; i++)
            if (ui_hit(rp->speed_buttons[i], x, y)) rp->speed = SPEEDS[i];
        for (int i = 0; i < UI_REPLAY_PANES; i++)
            if (ui_hit(rp->tabs[i], x, y)) ui_replay_show(rp, (UiReplayPane)i);
    }
    return true;
}

bool ui_replay_handle_event(UiReplay *rp, const SDL_Event *ev)
{
    switch (ev->type) {
    case SDL_KEYDOWN: return key(rp, &ev->key);
    case SDL_MOUSEMOTION:
        rp->mouse_x = ev->motion.x;
        rp->mouse_y = ev->motion.y;
        if (rp->scrubbing) scrub_to(rp, ev->motion.x);
        return true;
    case SDL_MOUSEBUTTONDOWN:
        rp->mouse_x = ev->button.x;
        rp->mouse_y = ev->button.y;
        return ev->button.button == SDL_BUTTON_LEFT && press(rp, ev->button.x, ev->button.y);
    case SDL_MOUSEBUTTONUP:
        rp->scrubbing = false;
        return true;
    case SDL_MOUSEWHEEL:
        if (rp->pane == UI_REPLAY_TERMINAL && rp->term) {
            ui_term_handle_event(rp->term, ev);   /* the scrollback */
            return true;
        }
        return ui_scroll_wheel(&rp->scroll[rp->pane], ev, rp->pane_area);
    default: return false;   /* typed text goes nowhere: the replay is read-only */
    }
}
