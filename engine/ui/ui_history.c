/* ui_history.c: the history screen (ui_history.h): the learner's finished runs read once
 * from the store, a list on the left, the open run's results (ui_score.c on a stored run)
 * on the right with its Replay button. */
#include "ui/ui_history.h"

#include "core/run_stored.h"
#include "ui/ui_list.h"
#include "ui/ui_score.h"
#include "ui/ui_screen_bar.h"
#include "ui/ui_scroll.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { LIST_W = 440, HEADER_H = 60, PAGE_ROWS = 8 };

typedef struct HistoryRun {
    int64_t id;
    char *scenario_id, *title, *mode, *outcome;
    char date[32];
    double percent;
} HistoryRun;

struct UiHistory {
    const UiFonts *fonts;
    Store *store;
    const Catalog *cat;
    char *learner;
    HistoryRun *runs;            /* newest first */
    int n_runs, selected;
    UiScroll list_scroll;
    /* The open run: read back from the store, shown by the results view. */
    Loop *loop;
    Run *run;
    UiView results;
    char *error;
    int mouse_x, mouse_y;
    SDL_Rect *rows, back_button, replay_button, list_pane, results_area;
    UiHistoryAction action;
    int64_t action_run;
};

static bool note_run(void *ud, const StoreRunRow *row)
{
    UiHistory *h = ud;
    if (!row->outcome) return true;   /* still open: the home's Resume card has it */
    h->runs = xrealloc(h->runs, (size_t)(h->n_runs + 1) * sizeof *h->runs);
    HistoryRun *r = &h->runs[h->n_runs++];
    *r = (HistoryRun){.id = row->id, .scenario_id = xstrdup(row->scenario_id),
                      .title = xstrdup(row->scenario_title ? row->scenario_title : row->scenario_id),
                      .mode = xstrdup(row->mode), .outcome = xstrdup(row->outcome), .percent = row->percent};
    time_t when = (time_t)row->started_at;
    struct tm tm;
    if (localtime_r(&when, &tm)) strftime(r->date, sizeof r->date, "%Y-%m-%d %H:%M", &tm);
    return true;
}

UiHistory *ui_history_new(const UiFonts *fonts, Store *st, const Catalog *cat, const char *learner)
{
    UiHistory *h = xcalloc(1, sizeof *h);
    h->fonts = fonts;
    h->store = st;
    h->cat = cat;
    h->learner = xstrdup(learner);
    h->mouse_x = h->mouse_y = -1;
    StoreRunFilter filter = {.learner = learner};
    if (st && !store_runs_foreach(st, &filter, note_run, h)) h->error = xasprintf("cannot read the runs: %s", store_errmsg(st));
    for (int i = 0; i < h->n_runs / 2; i++) {   /* the store lists oldest first */
        HistoryRun t = h->runs[i];
        h->runs[i] = h->runs[h->n_runs - 1 - i];
        h->runs[h->n_runs - 1 - i] = t;
    }
    h->rows = xcalloc((size_t)h->n_runs + 1, sizeof *h->rows);
    return h;
}

static void close_run(UiHistory *h)
{
    if (h->results.free) h->results.free(h->results.self);
    h->results = (UiView){0};
    run_free(h->run);
    h->run = NULL;
}

void ui_history_free(UiHistory *h)
{
    if (!h) return;
    close_run(h);
    loop_free(h->loop);
    for (int i = 0; i < h->n_runs; i++) {
        free(h->runs[i].scenario_id);
        free(h->runs[i].title);
        free(h->runs[i].mode);
        free(h->runs[i].outcome);
    }
    free(h->runs);
    free(h->rows);
    free(h->learner);
    free(h->error);
    free(h);
}

int ui_history_count(const UiHistory *h) { return h->n_runs; }
int64_t ui_history_run_id(const UiHistory *h, int index) { return index >= 0 && index < h->n_runs ? h->runs[index].id : 0; }
int ui_history_selected(const UiHistory *h) { return h->n_runs ? h->selected : -1; }
bool ui_history_is_open(const UiHistory *h) { return h->run != NULL; }
const UiView *ui_history_results(const UiHistory *h) { return h->run ? &h->results : NULL; }
const char *ui_history_error(const UiHistory *h) { return h->error; }
SDL_Rect ui_history_row_rect(const UiHistory *h, int index)
{
    return index >= 0 && index < h->n_runs ? h->rows[index] : (SDL_Rect){0, 0, 0, 0};
}
SDL_Rect ui_history_replay_button(const UiHistory *h) { return h->replay_button; }
SDL_Rect ui_history_back_button(const UiHistory *h) { return h->back_button; }

static char *subtitle(const HistoryRun *r)
{
    return xasprintf("%s \xc2\xb7 %s \xc2\xb7 %.0f %%", r->date, r->mode, r->percent);
}

char *ui_history_row_text(const UiHistory *h, int index)
{
    if (index < 0 || index >= h->n_runs) return NULL;
    const HistoryRun *r = &h->runs[index];
    return xasprintf("%s \xc2\xb7 %s \xc2\xb7 %s \xc2\xb7 %s \xc2\xb7 %.0f %%", r->date, r->title, r->mode, r->outcome,
                     r->percent);
}

UiHistoryAction ui_history_take_action(UiHistory *h, int64_t *run_id, const char **scenario_id)
{
    UiHistoryAction a = h->action;
    h->action = UI_HISTORY_NONE;
    if (run_id) *run_id = h->action_run;
    if (scenario_id) *scenario_id = h->n_runs ? h->runs[h->selected].scenario_id : NULL;
    return a;
}

bool ui_history_open(UiHistory *h)
{
    close_run(h);
    free(h->error);
    h->error = NULL;
    if (!h->n_runs) return false;
    const HistoryRun *r = &h->runs[h->selected];
    int at = h->cat ? catalog_find(h->cat, r->scenario_id) : -1;
    char *err = NULL;
    Scenario *sc = at >= 0 ? scenario_load(h->cat->entries[at].dir, &err) : NULL;
    if (!sc) {
        h->error = xasprintf("scenario '%s' %s", r->scenario_id, at < 0 ? "is no longer installed" : "does not load");
        free(err);
        return false;
    }
    if (!h->loop) h->loop = loop_new(true);
    h->run = run_load_stored(sc, h->store, h->loop, r->id, &err);
    if (!h->run) {
        h->error = err;
        return false;
    }
    h->results = ui_score_view_new(h->run);
    if (h->results.focus) h->results.focus(h->results.self, true);
    return true;
}

/* ---- drawing ---------------------------------------------------------------------------- */

static void outcome_colours(const char *outcome, SDL_Color *bg, SDL_Color *fg)
{
    *bg = UI_TINT_GREY, *fg = UI_TEXT_DIM;
    if (strcmp(outcome, "passed") == 0) *bg = UI_TINT_OK, *fg = UI_OK;
    else if (strcmp(outcome, "failed") == 0) *bg = UI_TINT_FAIL, *fg = UI_FAIL;
    else if (strcmp(outcome, "incomplete") == 0) *bg = UI_TINT_WARN, *fg = UI_WARN;
}

static void draw_list(UiHistory *h, UiDraw *d, SDL_Rect column)
{
    char *title = xasprintf("Your runs (%d)", h->n_runs);
    ui_list_column(d, column, title);
    free(title);
    SDL_Rect pane = {column.x, column.y + UI_LIST_TITLE_H, column.w - 1, column.h - UI_LIST_TITLE_H};
    h->list_pane = pane;
    ui_scroll_extent(&h->list_scroll, h->n_runs * UI_LIST_ROW2_H, pane.h);
    UiClip clip = ui_clip_push(d, pane);
    for (int i = 0; i < h->n_runs; i++) {
        SDL_Rect r = {pane.x, pane.y + i * UI_LIST_ROW2_H - h->list_scroll.offset, pane.w, UI_LIST_ROW2_H};
        h->rows[i] = r;
        if (r.y + r.h < pane.y || r.y > pane.y + pane.h) continue;
        char *sub = subtitle(&h->runs[i]);
        UiListRow row = {.title = h->runs[i].title, .subtitle = sub, .pill = h->runs[i].outcome};
        outcome_colours(h->runs[i].outcome, &row.pill_bg, &row.pill_fg);
        ui_list_row(d, r, &row, i == h->selected);
        free(sub);
    }
    ui_clip_pop(d, clip);
    ui_scroll_bar(d, &h->list_scroll, pane);
    if (!h->n_runs)
        ui_text_wrapped(d, h->fonts->ui, pane.x + 20, pane.y + 20, pane.w - 40, 0, UI_TEXT_DIM,
                        "No finished runs yet. Play a scenario from the home: each run you finish is listed here.");
}

static void draw_detail(UiHistory *h, UiDraw *d, SDL_Rect area)
{
    const UiFonts *f = h->fonts;
    h->replay_button = (SDL_Rect){0, 0, 0, 0};
    h->results_area = (SDL_Rect){0, 0, 0, 0};
    int y = area.y;
    if (h->error) {
        ui_error_line(d, (SDL_Rect){area.x, y, area.w, UI_ERROR_LINE_H}, h->error);
        y += UI_ERROR_LINE_H;
    }
    if (!h->run) {
        const char *what = h->n_runs ? "Up and Down pick a run, Enter opens its breakdown; there, Enter or R replays it."
                                     : "Your finished runs will be listed here.";
        ui_text_wrapped(d, f->ui, area.x + 32, y + 32, area.w - 64, 0, UI_TEXT_DIM, what);
        return;
    }
    const HistoryRun *r = &h->runs[h->selected];
    ui_fill(d, (SDL_Rect){area.x, y, area.w, HEADER_H}, UI_PANEL);
    ui_fill(d, (SDL_Rect){area.x, y + HEADER_H - 1, area.w, 1}, UI_BORDER);
    const char *label = "\xe2\x96\xb6 Replay  R";
    int bw = ui_text_width(f->ui, label) + 32;
    h->replay_button = (SDL_Rect){area.x + area.w - bw - 20, y + (HEADER_H - 36) / 2, bw, 36};
    ui_button(d, h->replay_button, label, true, true);
    char *head = xasprintf("Run %lld \xc2\xb7 %s", (long long)r->id, r->date);
    ui_text_fit(d, f->ui_bold, area.x + 24, y + (HEADER_H - f->ui_h) / 2, h->replay_button.x - area.x - 40, UI_TEXT, head);
    free(head);
    y += HEADER_H;
    h->results_area = (SDL_Rect){area.x, y, area.w, area.y + area.h - y};
    UiClip clip = ui_clip_push(d, h->results_area);
    h->results.render(h->results.self, d, h->results_area);
    ui_clip_pop(d, clip);
}

void ui_history_render(UiHistory *h, SDL_Renderer *r, int width, int height)
{
    UiDraw d = {r, h->fonts, h->mouse_x, h->mouse_y};
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    ui_fill(&d, (SDL_Rect){0, 0, width, height}, UI_BG);
    char *title = xasprintf("History \xc2\xb7 %s", h->learner);
    h->back_button = ui_screen_bar(&d, width, title, "Enter opens \xc2\xb7 R replays", "Back  Esc");
    free(title);
    int list_w = width / 3 > LIST_W ? LIST_W : width / 3, top = ui_screen_bar_height(h->fonts);
    draw_list(h, &d, (SDL_Rect){0, top, list_w, height - top});
    draw_detail(h, &d, (SDL_Rect){list_w, top, width - list_w, height - top});
}

/* ---- events ----------------------------------------------------------------------------- */

static void select_run(UiHistory *h, int index)
{
    if (!h->n_runs) return;
    if (index < 0) index = 0;
    if (index >= h->n_runs) index = h->n_runs - 1;
    if (index != h->selected) close_run(h);
    h->selected = index;
    int top = index * UI_LIST_ROW2_H, view = h->list_scroll.view_h;
    if (top < h->list_scroll.offset) h->list_scroll.offset = top;
    else if (view > 0 && top + UI_LIST_ROW2_H > h->list_scroll.offset + view) h->list_scroll.offset = top + UI_LIST_ROW2_H - view;
}

static void ask_replay(UiHistory *h)
{
    if (!h->n_runs) return;
    h->action = UI_HISTORY_REPLAY;
    h->action_run = h->runs[h->selected].id;
}

static bool key(UiHistory *h, SDL_Keycode k)
{
    switch (k) {
    case SDLK_UP: select_run(h, h->selected - 1); return true;
    case SDLK_DOWN: select_run(h, h->selected + 1); return true;
    case SDLK_PAGEUP: select_run(h, h->selected - PAGE_ROWS); return true;
    case SDLK_PAGEDOWN: select_run(h, h->selected + PAGE_ROWS); return true;
    case SDLK_HOME: select_run(h, 0); return true;
    case SDLK_END: select_run(h, h->n_runs - 1); return true;
    case SDLK_RETURN: case SDLK_KP_ENTER: case SDLK_SPACE:
        if (h->run) ask_replay(h);
        else ui_history_open(h);
        return true;
    case SDLK_r: ask_replay(h); return true;
    case SDLK_ESCAPE:
        if (h->run || h->error) {
            close_run(h);
            free(h->error);
            h->error = NULL;
        } else {
            h->action = UI_HISTORY_BACK;
        }
        return true;
    default: return false;
    }
}

static bool click(UiHistory *h, int x, int y)
{
    if (ui_hit(h->back_button, x, y)) {
        h->action = UI_HISTORY_BACK;
        return true;
    }
    if (h->run && ui_hit(h->replay_button, x, y)) {
        ask_replay(h);
        return true;
    }
    for (int i = 0; ui_hit(h->list_pane, x, y) && i < h->n_runs; i++) {
        if (!ui_hit(h->rows[i], x, y)) continue;
        select_run(h, i);
        ui_history_open(h);
        return true;
    }
    return false;
}

bool ui_history_handle_event(UiHistory *h, const SDL_Event *ev)
{
    switch (ev->type) {
    case SDL_MOUSEMOTION:
        h->mouse_x = ev->motion.x;
        h->mouse_y = ev->motion.y;
        return true;
    case SDL_MOUSEBUTTONDOWN:
        h->mouse_x = ev->button.x;
        h->mouse_y = ev->button.y;
        if (ev->button.button == SDL_BUTTON_LEFT && click(h, ev->button.x, ev->button.y)) return true;
        break;
    case SDL_MOUSEWHEEL:
        if (ui_scroll_wheel(&h->list_scroll, ev, h->list_pane)) return true;
        break;
    case SDL_KEYDOWN:
        if (!(ev->key.keysym.mod & (KMOD_CTRL | KMOD_ALT)) && key(h, ev->key.keysym.sym)) return true;
        break;
    default: break;
    }
    /* The rest goes to the results: the wheel scrolls, its Try again and Home buttons act here. */
    if (!h->run || !h->results.handle_event(h->results.self, ev, h->results_area)) return false;
    UiScoreAction chosen = ui_score_take_action(h->results.self);
    if (chosen == UI_SCORE_RETRY) h->action = UI_HISTORY_RETRY;
    else if (chosen == UI_SCORE_HOME) h->action = UI_HISTORY_BACK;
    return true;
}
