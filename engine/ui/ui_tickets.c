/* ui_tickets.c: the Tickets app (ui_tickets.h). The list shows the assigned tasks with their
 * status pills; the detail pane shows the selected ticket with a fixed head (id, status,
 * buttons, title, who asked) over a scrolling body (description, progress, checks of the
 * last submission, hints received). Hints are found in the run's messages: run_learner_hint
 * delivers each as a DM from the task's colleague, in order. */
#include "ui/ui_tickets.h"

#include "ui/ui_list.h"
#include "ui/ui_markdown.h"
#include "ui/ui_scroll.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

#define LIST_W 300
#define BUTTON_H 34
#define SUBMIT_W 170
#define HINT_W 204
#define MARGIN 28

typedef struct Tickets {
    Run *run;
    int selected;           /* task index; -1: no task listed yet */
    bool focused;
    TaskStatus *seen;       /* per task: status when the focused view last showed it (badge) */
    TaskStatus *opened;     /* per task: status when it was last open (the row's dot) */
    int *hints_asked;       /* per task: hints this view obtained (tasks without a colleague) */
    char *error;            /* the last refused action */
    UiScroll scroll;
    UiTicketFocus key_focus;   /* what Enter/Space acts on */
    bool keyboard;          /* the learner used the keyboard here: the focus ring shows */
} Tickets;

static bool listed(const Run *run, int ti) { return run_task_status(run, ti) != TASK_UNASSIGNED; }

static SDL_Rect list_rect(SDL_Rect a)
{
    int lw = a.w / 3 < LIST_W ? a.w / 3 : LIST_W;
    return (SDL_Rect){a.x, a.y, lw, a.h};
}

static SDL_Rect detail_rect(SDL_Rect a)
{
    SDL_Rect list = list_rect(a);
    return (SDL_Rect){a.x + list.w, a.y, a.w - list.w, a.h};
}

SDL_Rect ui_tickets_row_rect(const Run *run, SDL_Rect area, int task_index)
{
    SDL_Rect list = list_rect(area);
    int y = list.y + UI_LIST_TITLE_H + 4 + UI_LIST_SECTION_H;
    for (int i = 0; i < run_scenario(run)->n_tasks; i++) {
        if (!listed(run, i)) continue;
        if (i == task_index) return (SDL_Rect){list.x, y, list.w, UI_LIST_ROW2_H};
        y += UI_LIST_ROW2_H;
    }
    return (SDL_Rect){0, 0, 0, 0};
}

/* Too narrow for the id, the status and both buttons on one line: buttons get their own. */
static bool narrow(SDL_Rect det) { return det.w - 2 * MARGIN < SUBMIT_W + 10 + HINT_W + 130; }

SDL_Rect ui_tickets_button_rect(SDL_Rect area, UiTicketButton button)
{
    SDL_Rect det = detail_rect(area);
    if (narrow(det)) {
        int w = (det.w - 2 * MARGIN - 10) / 2;
        SDL_Rect hint = {det.x + MARGIN, det.y + 18 + BUTTON_H + 8, w, BUTTON_H};
        if (button == UI_TICKET_HINT) return hint;
        return (SDL_Rect){hint.x + w + 10, hint.y, w, BUTTON_H};
    }
    SDL_Rect submit = {det.x + det.w - MARGIN - SUBMIT_W, det.y + 18, SUBMIT_W, BUTTON_H};
    if (button == UI_TICKET_SUBMIT) return submit;
    return (SDL_Rect){submit.x - 10 - HINT_W, submit.y, HINT_W, BUTTON_H};
}

/* ---- state --------------------------------------------------------------------------------- */

static bool is_learner(const char *who) { return who && strcmp(who, "learner") == 0; }

/* Hints of task ti the learner has received: the task's hints delivered in order as DMs from
 * its colleague, or (a task without one) those this view asked for. */
static int hints_received(const Tickets *tk, int ti)
{
    const ScenarioTask *t = &run_scenario(tk->run)->tasks[ti];
    int k = 0;
    if (t->from) {
        int n = 0;
        const RunMessage *ms = run_messages(tk->run, &n);
        for (int i = 0; i < n && k < t->n_hints; i++)
            if (!ms[i].channel && is_learner(ms[i].to) && strcmp(ms[i].from, t->from) == 0 &&
                strcmp(ms[i].text, t->hints[k]) == 0)
                k++;
    }
    if (tk->hints_asked[ti] > k) k = tk->hints_asked[ti];
    return k < t->n_hints ? k : t->n_hints;
}

static void sync(Tickets *tk)
{
    const Scenario *sc = run_scenario(tk->run);
    if (tk->selected < 0)
        for (int i = 0; i < sc->n_tasks && tk->selected < 0; i++)
            if (listed(tk->run, i)) tk->selected = i;
    if (!tk->focused) return;
    for (int i = 0; i < sc->n_tasks; i++) tk->seen[i] = run_task_status(tk->run, i);
    if (tk->selected >= 0) tk->opened[tk->selected] = run_task_status(tk->run, tk->selected);
}

static void status_style(TaskStatus st, char label[32], SDL_Color *bg, SDL_Color *fg)
{
    SDL_strlcpy(label, task_status_name(st), 32);
    for (char *p = label; *p; p++)
        if (*p == '_') *p = ' ';
    switch (st) {
    case TASK_UNASSIGNED: *bg = UI_TINT_GREY, *fg = UI_TEXT_DIM; break;
    case TASK_ASSIGNED: *bg = UI_TINT_ACCENT, *fg = UI_ACCENT; break;
    case TASK_SUBMITTED: *bg = UI_TINT_WARN, *fg = UI_WARN; break;
    case TASK_IN_REVIEW: *bg = UI_TINT_REVIEW, *fg = UI_REVIEW; break;
    case TASK_DONE: *bg = UI_TINT_OK, *fg = UI_OK; break;
    }
}

static const char *cast_name(const Run *run, const char *id)
{
    const ScenarioCast *c = scenario_find_cast(run_scenario(run), id);
    return c ? c->name : id;
}

static bool can_submit(const Tickets *tk, int ti) { return !run_is_finished(tk->run) && run_task_status(tk->run, ti) == TASK_ASSIGNED; }

static bool can_hint(const Tickets *tk, int ti)
{
    return !run_is_finished(tk->run) && run_task_status(tk->run, ti) != TASK_DONE &&
           hints_received(tk, ti) < run_scenario(tk->run)->tasks[ti].n_hints;
}

/* ---- drawing ------------------------------------------------------------------------------- */

static void render_list(Tickets *tk, UiDraw *d, SDL_Rect area)
{
    const Scenario *sc = run_scenario(tk->run);
    SDL_Rect list = list_rect(area);
    ui_list_column(d, list, "Tickets");
    ui_list_section(d, (SDL_Rect){list.x, list.y + UI_LIST_TITLE_H + 4, list.w, UI_LIST_SECTION_H}, "ASSIGNED TO YOU");
    UiClip clip = ui_clip_push(d, (SDL_Rect){list.x, list.y + UI_LIST_TITLE_H, list.w - 1, list.h - UI_LIST_TITLE_H});
    for (int i = 0; i < sc->n_tasks; i++) {
        if (!listed(tk->run, i)) continue;
        const ScenarioTask *t = &sc->tasks[i];
        TaskStatus st = run_task_status(tk->run, i);
        char label[32];
        UiListRow row = {.title = t->title};
        status_style(st, label, &row.pill_bg, &row.pill_fg);
        row.pill = label;
        row.marked = st != tk->opened[i];
        char *sub = t->from ? xasprintf("%s \xc2\xb7 from %s", t->id, cast_name(tk->run, t->from)) : xstrdup(t->id);
        row.subtitle = sub;
        ui_list_row(d, ui_tickets_row_rect(tk->run, area, i), &row, i == tk->selected);
        free(sub);
    }
    ui_clip_pop(d, clip);
}

/* The head: id and status, the buttons, the title and who asked; returns its height. */
static int render_head(Tickets *tk, UiDraw *d, SDL_Rect area, int ti)
{
    const ScenarioTask *t = &run_scenario(tk->run)->tasks[ti];
    SDL_Rect det = detail_rect(area);
    SDL_Rect submit = ui_tickets_button_rect(area, UI_TICKET_SUBMIT), hint = ui_tickets_button_rect(area, UI_TICKET_HINT);
    int x = det.x + MARGIN, w = det.w - 2 * MARGIN;

    int pill_h = ui_pill_height(d), cy = det.y + 18 + BUTTON_H / 2;
    int id_w = (narrow(det) ? det.x + det.w - MARGIN : hint.x - 10) - x - 110;
    int idw = ui_text_fit(d, d->fonts->small, x, cy - d->fonts->small_h / 2, id_w, UI_TEXT_DIM, t->id);
    char label[32];
    SDL_Color bg, fg;
    status_style(run_task_status(tk->run, ti), label, &bg, &fg);
    ui_pill(d, x + idw + 10, cy - pill_h / 2, label, bg, fg);

    char hint_label[64];
    if (t->n_hints == 0) SDL_strlcpy(hint_label, "No hints", sizeof hint_label);
    else if (hints_received(tk, ti) >= t->n_hints) SDL_strlcpy(hint_label, "No hints left", sizeof hint_label);
    else SDL_snprintf(hint_label, sizeof hint_label, "Ask for a hint (-%g pts)", t->hint_cost);
    if (ui_text_width(d->fonts->ui, hint_label) > hint.w - 16 && t->n_hints > 0 && hints_received(tk, ti) < t->n_hints)
        SDL_snprintf(hint_label, sizeof hint_label, "Hint (-%g pts)", t->hint_cost);
    ui_button(d, hint, hint_label, false, can_hint(tk, ti));
    ui_button(d, submit, ui_text_width(d->fonts->ui, "Submit for review") > submit.w - 16 ? "Submit" : "Submit for review",
              true, can_submit(tk, ti));
    if (tk->keyboard && tk->key_focus == UI_TICKET_FOCUS_HINT) ui_focus_ring(d, hint);
    if (tk->keyboard && tk->key_focus == UI_TICKET_FOCUS_SUBMIT) ui_focus_ring(d, submit);

    int y = submit.y + submit.h + 16;
    y += ui_text_wrapped(d, d->fonts->ui_bold, x, y, w, 0, UI_TEXT, t->title) + 4;
    char *meta = NULL;
    const char *from = t->from ? cast_name(tk->run, t->from) : NULL;
    const char *reviewer = t->review ? cast_name(tk->run, t->review) : NULL;
    if (from && reviewer) meta = xasprintf("From %s \xc2\xb7 reviewed by %s", from, reviewer);
    else if (from) meta = xasprintf("From %s", from);
    else if (reviewer) meta = xasprintf("Reviewed by %s", reviewer);
    if (meta) {
        ui_text_fit(d, d->fonts->small, x, y, w, UI_TEXT_DIM, meta);
        y += d->fonts->small_h;
        free(meta);
    }
    y += 14;
    if (tk->error) {
        ui_error_line(d, (SDL_Rect){x, y, w, UI_ERROR_LINE_H}, tk->error);
        y += UI_ERROR_LINE_H + 12;
    } else if (run_is_finished(tk->run)) {
        y += ui_note(d, x, y, w, "The run has ended: tickets are read-only now.", UI_TINT_GREY, UI_TEXT_DIM, true) + 12;
    }
    ui_fill(d, (SDL_Rect){det.x, y, det.w, 1}, UI_BORDER);
    return y + 1 - det.y;
}

static int section(UiDraw *d, int x, int y, const char *label, bool draw)
{
    if (draw) ui_text(d, d->fonts->small, x, y, UI_TEXT_DIM, label);
    return d->fonts->small_h + 8;
}

/* The progress note for a ticket in flight or done; NULL when there is none. */
static char *progress_note(const Tickets *tk, int ti, SDL_Color *tint, SDL_Color *fg)
{
    const ScenarioTask *t = &run_scenario(tk->run)->tasks[ti];
    switch (run_task_status(tk->run, ti)) {
    case TASK_SUBMITTED:
        *tint = UI_TINT_WARN, *fg = UI_WARN;
        return xstrdup("Submitted. The checks are running on your work\xe2\x80\xa6");
    case TASK_IN_REVIEW:
        *tint = UI_TINT_REVIEW, *fg = UI_REVIEW;
        return xasprintf("The checks passed. Waiting for %s's review\xe2\x80\xa6",
                         t->review ? cast_name(tk->run, t->review) : "the reviewer");
    case TASK_DONE:
        *tint = UI_TINT_OK, *fg = UI_OK;
        return xstrdup("Done. This ticket is closed.");
    case TASK_ASSIGNED: {
        const CheckResult *checks = run_task_checks(tk->run, ti);
        for (int i = 0; i < t->n_checks; i++)
            if (checks[i].ran && !checks[i].passed) {
                *tint = UI_TINT_FAIL, *fg = UI_FAIL;
                return xstrdup("Changes needed: some checks failed. Fix what they report below, then submit again.");
            }
        return NULL;
    }
    default: return NULL;
    }
}

/* One check of the last submission: a coloured mark, the label, the points, the feedback. */
static int check_row(UiDraw *d, int x, int y, int w, const ScenarioCheck *c, const CheckResult *r, bool draw)
{
    int h = d->fonts->ui_h + 6;
    if (draw) {
        int box = 20, by = y + (d->fonts->ui_h - box) / 2;
        ui_fill_round(d, (SDL_Rect){x, by, box, box}, 5, r->passed ? UI_OK : UI_FAIL);
        const char *mark = r->passed ? "\xe2\x9c\x93" : "\xe2\x9c\x97";
        ui_text(d, d->fonts->ui_bold, x + (box - ui_text_width(d->fonts->ui_bold, mark)) / 2,
                by + (box - d->fonts->ui_h) / 2, UI_ACCENT_TEXT, mark);
        char pts[32];
        SDL_snprintf(pts, sizeof pts, "%g pts", c->points);
        int pw = ui_text_width(d->fonts->small, pts);
        ui_text(d, d->fonts->small, x + w - pw, y + (d->fonts->ui_h - d->fonts->small_h) / 2 + 1, UI_TEXT_DIM, pts);
        ui_text_fit(d, d->fonts->ui, x + box + 10, y, w - box - 20 - pw, UI_TEXT, c->label);
    }
    if (!r->passed && r->feedback && *r->feedback) {
        if (draw) ui_text_wrapped(d, d->fonts->ui, x + 30, y + h, w - 30, 0, UI_FAIL, r->feedback);
        h += ui_text_height(d->fonts->ui, w - 30, r->feedback) + 4;
    }
    return h + 6;
}

/* The scrolling body from y; returns its height. */
static int render_body(Tickets *tk, UiDraw *d, int x, int y, int w, int ti, bool draw)
{
    const ScenarioTask *t = &run_scenario(tk->run)->tasks[ti];
    int y0 = y;
    y += 18;
    y += section(d, x, y, "DESCRIPTION", draw);
    y += ui_markdown(d, x, y, w, t->ticket ? UI_TEXT : UI_TEXT_DIM, t->ticket ? t->ticket : "No description.", draw);

    SDL_Color tint, fg;
    char *note = progress_note(tk, ti, &tint, &fg);
    if (note) {
        y += 20;
        y += ui_note(d, x, y, w, note, tint, fg, draw);
        free(note);
    }

    const CheckResult *checks = run_task_checks(tk->run, ti);
    bool any = false;
    for (int i = 0; i < t->n_checks; i++) any = any || checks[i].ran;
    if (any) {
        y += 24;
        y += section(d, x, y, "CHECKS OF THE LAST SUBMISSION", draw);
        for (int i = 0; i < t->n_checks; i++)
            if (checks[i].ran) y += check_row(d, x, y, w, &t->checks[i], &checks[i], draw);
    }

    if (t->n_hints > 0) {
        int got = hints_received(tk, ti);
        char label[96];
        SDL_snprintf(label, sizeof label, "HINTS \xc2\xb7 %d OF %d USED \xc2\xb7 -%g PTS EACH", got, t->n_hints, t->hint_cost);
        y += 24;
        y += section(d, x, y, label, draw);
        if (got == 0) {
            const char *none = "No hints taken. Asking costs points, so try first or ask a colleague.";
            if (draw) ui_text_wrapped(d, d->fonts->ui, x, y, w, 0, UI_TEXT_DIM, none);
            y += ui_text_height(d->fonts->ui, w, none);
        }
        for (int i = 0; i < got; i++) y += ui_note(d, x, y, w, t->hints[i], UI_TINT_WARN, UI_WARN, draw) + 8;
    }
    return y - y0 + 24;
}

static void tickets_render(void *self, UiDraw *d, SDL_Rect area)
{
    Tickets *tk = self;
    sync(tk);
    render_list(tk, d, area);
    SDL_Rect det = detail_rect(area);
    ui_fill(d, det, UI_PANEL);
    if (tk->selected < 0) {
        ui_text(d, d->fonts->ui, det.x + MARGIN, det.y + 28, UI_TEXT_DIM, "No tickets yet. New work will show up here.");
        return;
    }
    if (tk->keyboard && tk->key_focus == UI_TICKET_FOCUS_LIST) {
        SDL_Rect row = ui_tickets_row_rect(tk->run, area, tk->selected);
        ui_focus_ring(d, (SDL_Rect){row.x + 4, row.y + 3, row.w - 8, row.h - 6});
    }
    int head = render_head(tk, d, area, tk->selected);
    SDL_Rect body = {det.x, det.y + head, det.w, det.h - head};
    int x = det.x + MARGIN, w = det.w - 2 * MARGIN;
    ui_scroll_extent(&tk->scroll, render_body(tk, d, x, 0, w, tk->selected, false), body.h);
    UiClip clip = ui_clip_push(d, body);
    render_body(tk, d, x, body.y - tk->scroll.offset, w, tk->selected, true);
    ui_scroll_bar(d, &tk->scroll, body);
    ui_clip_pop(d, clip);
}

/* ---- actions ------------------------------------------------------------------------------- */

static void set_error(Tickets *tk, char *owned)
{
    free(tk->error);
    tk->error = owned;
}

static void press(Tickets *tk, UiTicketButton button)
{
    int ti = tk->selected;
    const char *id = run_scenario(tk->run)->tasks[ti].id;
    char *err = NULL;
    if (button == UI_TICKET_SUBMIT) {
        if (!can_submit(tk, ti)) return;
        bool ok = run_learner_submit(tk->run, id, &err);
        set_error(tk, ok ? NULL : err ? err : xstrdup("the submission was refused"));
        if (!ok) return;
        ui_scroll_to_top(&tk->scroll);
    } else {
        if (!can_hint(tk, ti)) return;
        int before = hints_received(tk, ti);
        bool ok = run_learner_hint(tk->run, id, &err);
        set_error(tk, ok ? NULL : err ? err : xstrdup("no hint was given"));
        if (!ok) return;
        tk->hints_asked[ti] = before + 1;
        ui_scroll_to_end(&tk->scroll);
    }
}

/* The listed ticket step rows from the selected one (none: stays). */
static void select_step(Tickets *tk, int step)
{
    int n = run_scenario(tk->run)->n_tasks;
    for (int i = tk->selected + step; i >= 0 && i < n; i += step) {
        if (!listed(tk->run, i)) continue;
        tk->selected = i;
        set_error(tk, NULL);
        ui_scroll_to_top(&tk->scroll);
        return;
    }
}

/* Tab and Shift+Tab: list, hint, submit; Up/Down pick a ticket in the list; Enter or Space
 * press the focused button (in the list: go to Submit); PageUp/PageDown scroll the ticket. */
static bool tickets_key(Tickets *tk, const SDL_KeyboardEvent *key, SDL_Rect area)
{
    SDL_Keycode k = key->keysym.sym;
    if (key->keysym.mod & (KMOD_CTRL | KMOD_ALT)) return false;
    if (k == SDLK_TAB) {
        int step = (key->keysym.mod & KMOD_SHIFT) ? -1 : 1;
        tk->key_focus = (UiTicketFocus)((tk->key_focus + step + UI_TICKET_FOCUS_COUNT) % UI_TICKET_FOCUS_COUNT);
    } else if ((k == SDLK_UP || k == SDLK_DOWN) && tk->key_focus == UI_TICKET_FOCUS_LIST) {
        select_step(tk, k == SDLK_UP ? -1 : 1);
    } else if (k == SDLK_PAGEUP || k == SDLK_PAGEDOWN) {
        SDL_Rect det = detail_rect(area);
        tk->scroll.offset += (k == SDLK_PAGEUP ? -1 : 1) * det.h * 3 / 4;
        if (tk->scroll.offset < 0) tk->scroll.offset = 0;
        tk->scroll.stick_bottom = false;
    } else if ((k == SDLK_RETURN || k == SDLK_KP_ENTER || k == SDLK_SPACE) && tk->selected >= 0) {
        if (tk->key_focus == UI_TICKET_FOCUS_LIST) tk->key_focus = UI_TICKET_FOCUS_SUBMIT;
        else press(tk, tk->key_focus == UI_TICKET_FOCUS_SUBMIT ? UI_TICKET_SUBMIT : UI_TICKET_HINT);
    } else {
        return false;
    }
    tk->keyboard = true;
    return true;
}

UiTicketFocus ui_tickets_key_focus(const UiView *view) { return ((const Tickets *)view->self)->key_focus; }

static bool tickets_event(void *self, const SDL_Event *ev, SDL_Rect area)
{
    Tickets *tk = self;
    sync(tk);
    if (ev->type == SDL_KEYDOWN) {
        bool used = tickets_key(tk, &ev->key, area);
        sync(tk);
        return used;
    }
    if (ev->type == SDL_MOUSEWHEEL) {
        if (!ui_scroll_wheel(&tk->scroll, ev, detail_rect(area))) return false;
        tk->scroll.stick_bottom = false;
        return true;
    }
    if (ev->type != SDL_MOUSEBUTTONDOWN || ev->button.button != SDL_BUTTON_LEFT) return false;
    int mx = ev->button.x, my = ev->button.y;
    if (!ui_hit(area, mx, my)) return false;
    tk->keyboard = false;   /* the pointer took over: no ring until the next key */
    for (int i = 0; i < run_scenario(tk->run)->n_tasks; i++) {
        if (!ui_hit(ui_tickets_row_rect(tk->run, area, i), mx, my)) continue;
        if (i != tk->selected) {
            tk->selected = i;
            set_error(tk, NULL);
            ui_scroll_to_top(&tk->scroll);
        }
    }
    if (tk->selected >= 0) {
        if (ui_hit(ui_tickets_button_rect(area, UI_TICKET_SUBMIT), mx, my)) press(tk, UI_TICKET_SUBMIT);
        else if (ui_hit(ui_tickets_button_rect(area, UI_TICKET_HINT), mx, my)) press(tk, UI_TICKET_HINT);
    }
    sync(tk);
    return true;
}

static int tickets_badge(void *self)
{
    Tickets *tk = self;
    sync(tk);
    int changed = 0;
    for (int i = 0; i < run_scenario(tk->run)->n_tasks; i++)
        if (listed(tk->run, i) && run_task_status(tk->run, i) != tk->seen[i]) changed++;
    return changed;
}

static void tickets_focus(void *self, bool focused)
{
    Tickets *tk = self;
    tk->focused = focused;
    sync(tk);
}

static void tickets_free(void *self)
{
    Tickets *tk = self;
    if (!tk) return;
    free(tk->seen);
    free(tk->opened);
    free(tk->hints_asked);
    free(tk->error);
    free(tk);
}

UiView ui_tickets_view_new(Run *run)
{
    Tickets *tk = xcalloc(1, sizeof *tk);
    tk->run = run;
    tk->selected = -1;
    int n = run_scenario(run)->n_tasks;
    tk->seen = xcalloc((size_t)n + 1, sizeof *tk->seen);      /* all TASK_UNASSIGNED */
    tk->opened = xcalloc((size_t)n + 1, sizeof *tk->opened);
    tk->hints_asked = xcalloc((size_t)n + 1, sizeof *tk->hints_asked);
    sync(tk);
    return (UiView){.title = "Tickets", .self = tk, .render = tickets_render, .handle_event = tickets_event,
                    .badge = tickets_badge, .focus = tickets_focus, .free = tickets_free};
}
