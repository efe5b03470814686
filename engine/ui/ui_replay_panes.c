/* ui_replay_panes.c: the replay's four panes drawn from the folded state (ui_replay.h): the
 * chat as one stream of messages (who, where, when, the text as the chat shows it), the
 * terminal transcript in a terminal grid, the tickets with their status and last check
 * results, and the review decisions with their comments. Each pane also leaves what it drew
 * as text in rp->pane_text, so tests read what a learner would see. */
#include "ui/ui_replay_internal.h"

#include "ui/ui_list.h"
#include "ui/ui_markdown.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { PAD = 24, AVATAR = 36, MAX_W = 880 };

const char *replay_person(const UiReplay *rp, const char *id)
{
    if (!id) return "?";
    if (strcmp(id, "learner") == 0) return "You";
    for (int i = 0; rp->sc && i < rp->sc->n_cast; i++)
        if (strcmp(rp->sc->cast[i].id, id) == 0) return rp->sc->cast[i].name;
    return id;
}

const char *replay_task_title(const UiReplay *rp, const char *id)
{
    for (int i = 0; rp->sc && i < rp->sc->n_tasks; i++)
        if (strcmp(rp->sc->tasks[i].id, id) == 0) return rp->sc->tasks[i].title;
    return id;
}

static int content_width(SDL_Rect area)
{
    int w = area.w - 2 * PAD;
    return w > MAX_W ? MAX_W : w;
}

/* "in #team", "to Priya Shah" or "" */
static char *where(const UiReplay *rp, const ReplayMessage *m)
{
    if (m->channel) return xasprintf("in %s", m->channel);
    if (m->to) return xasprintf("to %s", replay_person(rp, m->to));
    return xstrdup("");
}

static int draw_message(UiReplay *rp, UiDraw *d, const ReplayMessage *m, int x, int y, int w, bool draw)
{
    const UiFonts *f = rp->fonts;
    const char *name = replay_person(rp, m->from);
    int text_x = x + AVATAR + 12, text_w = w - AVATAR - 12;
    int h = f->ui_h + 4 + ui_markdown(d, text_x, y + f->ui_h + 4, text_w, UI_TEXT, m->text, false);
    if (h < AVATAR) h = AVATAR;
    if (!draw) return h;
    ui_avatar(d, x, y, AVATAR, name, m->from);
    ui_text(d, f->ui_bold, text_x, y, UI_TEXT, name);
    char stamp[16];
    replay_format_clock(stamp, sizeof stamp, m->t);
    char *place = where(rp, m);
    char *meta = xasprintf("%s  %s", place, stamp);
    ui_text(d, f->small, text_x + ui_text_width(f->ui_bold, name) + 10, y + (f->ui_h - f->small_h) / 2 + 1,
            UI_TEXT_DIM, meta);
    free(meta);
    free(place);
    ui_markdown(d, text_x, y + f->ui_h + 4, text_w, UI_TEXT, m->text, true);
    return h;
}

/* Message i's height at width w, measured once per width and font: the i-th message of a log
 * is the same at every point of the replay. */
static int message_height(UiReplay *rp, UiDraw *d, int i, int w)
{
    if (w != rp->message_w || rp->fonts->ui != rp->message_font) {
        rp->message_w = w;
        rp->message_font = rp->fonts->ui;
        rp->n_message_h = 0;
    }
    if (i >= rp->n_message_h) {
        rp->message_h = xrealloc(rp->message_h, (size_t)(i + 1) * sizeof *rp->message_h);
        for (int k = rp->n_message_h; k <= i; k++) rp->message_h[k] = draw_message(rp, d, &rp->state.messages[k], 0, 0, w, false);
        rp->n_message_h = i + 1;
    }
    return rp->message_h[i];
}

static void draw_chat(UiReplay *rp, UiDraw *d, SDL_Rect area)
{
    const ReplayState *s = &rp->state;
    UiScroll *sc = &rp->scroll[UI_REPLAY_CHAT];
    int w = content_width(area), x = area.x + (area.w - w) / 2, gap = 18;
    int total = PAD;
    for (int i = 0; i < s->n_messages; i++) total += message_height(rp, d, i, w) + gap;
    ui_scroll_extent(sc, total + PAD, area.h);
    int y = area.y + PAD - sc->offset;
    for (int i = 0; i < s->n_messages; i++) {
        const ReplayMessage *m = &s->messages[i];
        int h = message_height(rp, d, i, w);
        if (y + h >= area.y && y <= area.y + area.h) {
            draw_message(rp, d, m, x, y, w, true);
            buf_printf(&rp->pane_text, "%s: %s\n", replay_person(rp, m->from), m->text);
        }
        y += h + gap;
    }
    if (!s->n_messages) {
        ui_text(d, rp->fonts->ui, x, area.y + PAD, UI_TEXT_DIM, "No messages yet at this point of the run.");
        buf_puts(&rp->pane_text, "No messages yet\n");
    }
    ui_scroll_bar(d, sc, area);
}

/* Where a fresh grid starts feeding the transcript: at the line that leaves the grid and its
 * scrollback full (what came before would scroll out of both), so a seek back in a long run
 * does not feed megabytes the learner could never scroll to. */
static size_t tail_start(const ReplayState *s, int rows)
{
    int lines = 0, keep = UI_TERM_SCROLLBACK + rows;
    for (size_t i = s->terminal_len; i > 0; i--)
        if (s->terminal[i - 1] == '\n' && ++lines > keep) return i;
    return 0;
}

/* Feeds the transcript's new bytes (newlines as CR LF); starts afresh from the tail after a
 * seek back or far ahead. */
static void sync_terminal(UiReplay *rp, int rows, int cols)
{
    const ReplayState *s = &rp->state;
    size_t tail = tail_start(s, rows);
    if (rp->term && (s->terminal_len < rp->term_fed || rp->term_fed < tail)) {   /* back, or far ahead */
        ui_term_free(rp->term);
        rp->term = NULL;
    }
    if (!rp->term) {
        rp->term = ui_term_new(rows, cols);
        rp->term_fed = tail;
    }
    int have_rows, have_cols;
    ui_term_size(rp->term, &have_rows, &have_cols);
    if (have_rows != rows || have_cols != cols) ui_term_resize(rp->term, rows, cols);
    const char *p = s->terminal + rp->term_fed, *end = s->terminal + s->terminal_len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        ui_term_feed(rp->term, p, n);
        if (nl) ui_term_feed(rp->term, "\r\n", 2);
        p += n + (nl ? 1 : 0);
    }
    rp->term_fed = s->terminal_len;
}

static void draw_terminal(UiReplay *rp, UiDraw *d, SDL_Rect area)
{
    int rows, cols;
    ui_term_fit(rp->fonts, area, &rows, &cols);
    sync_terminal(rp, rows, cols);
    ui_fill(d, area, UI_TERM_BG);
    ui_term_set_focused(rp->term, false);   /* nothing typed here reaches a shell */
    ui_term_render(rp->term, d, area);
    char *text = ui_term_screen_text(rp->term);
    buf_puts(&rp->pane_text, text);
    free(text);
}

static void status_colours(const char *status, SDL_Color *bg, SDL_Color *fg)
{
    *bg = UI_TINT_ACCENT, *fg = UI_ACCENT;
    if (strcmp(status, "done") == 0) *bg = UI_TINT_OK, *fg = UI_OK;
    else if (strcmp(status, "in_review") == 0) *bg = UI_TINT_REVIEW, *fg = UI_REVIEW;
    else if (strcmp(status, "submitted") == 0) *bg = UI_TINT_WARN, *fg = UI_WARN;
}

static int draw_ticket(UiReplay *rp, UiDraw *d, const ReplayTask *task, int x, int y, int w)
{
    const UiFonts *f = rp->fonts;
    int top = y;
    const char *title = replay_task_title(rp, task->id);
    SDL_Color bg, fg;
    status_colours(task->status, &bg, &fg);
    int pw = ui_pill(d, x + 16, y + 16, task->status, bg, fg);
    ui_text_fit(d, f->ui_bold, x + 16 + pw + 12, y + 16, w - pw - 44, UI_TEXT, title);
    buf_printf(&rp->pane_text, "%s: %s\n", title, task->status);
    y += 16 + f->ui_h + 8;
    char stamp[16];
    replay_format_clock(stamp, sizeof stamp, task->t);
    char *line = xasprintf("since %s \xc2\xb7 submitted %d time%s%s%s", stamp, task->submits, task->submits == 1 ? "" : "s",
                           task->why ? " \xc2\xb7 " : "", task->why ? task->why : "");
    y += ui_text_wrapped(d, f->small, x + 16, y, w - 32, 0, UI_TEXT_DIM, line) + 6;
    free(line);
    for (int c = 0; c < task->n_checks; c++) {
        const ReplayCheck *ch = &task->checks[c];
        char *text = xasprintf("%s %s%s%s", ch->passed ? "\xe2\x9c\x93" : "\xe2\x9c\x97", ch->id,
                               ch->feedback ? ": " : "", ch->feedback ? ch->feedback : "");
        y += ui_text_wrapped(d, f->ui, x + 16, y, w - 32, 0, ch->passed ? UI_OK : UI_FAIL, text) + 2;
        buf_printf(&rp->pane_text, "  %s\n", text);
        free(text);
    }
    return y + 12 - top;
}

/* One card of a pane at (x, y) in width w: draws item index and returns its height, or 0
 * when it is not shown. */
typedef int (*ReplayCardFn)(UiReplay *rp, UiDraw *d, int index, int x, int y, int w);

/* n cards framed one under the other in the pane's scroll; empty when none was shown. */
static void draw_cards(UiReplay *rp, UiDraw *d, SDL_Rect area, int n, ReplayCardFn card, const char *empty)
{
    UiScroll *sc = &rp->scroll[rp->pane];
    int w = content_width(area), x = area.x + (area.w - w) / 2;
    int y = area.y + PAD - sc->offset, start = y;
    for (int i = 0; i < n; i++) {
        int h = card(rp, d, i, x, y, w);
        if (!h) continue;
        ui_frame(d, (SDL_Rect){x, y, w, h}, UI_BORDER);
        y += h + 14;
    }
    if (y == start) {
        ui_text(d, rp->fonts->ui, x, area.y + PAD, UI_TEXT_DIM, empty);
        buf_printf(&rp->pane_text, "%s\n", empty);
    }
    ui_scroll_extent(sc, y - start + 2 * PAD, area.h);
    ui_scroll_bar(d, sc, area);
}

static int ticket_card(UiReplay *rp, UiDraw *d, int index, int x, int y, int w)
{
    const ReplayTask *task = &rp->state.tasks[index];
    if (strcmp(task->status, "unassigned") == 0) return 0;   /* the checks of a task not given yet */
    return draw_ticket(rp, d, task, x, y, w);
}

static int draw_review(UiReplay *rp, UiDraw *d, const ReplayReview *r, int x, int y, int w)
{
    const UiFonts *f = rp->fonts;
    int top = y;
    const char *who = replay_person(rp, r->reviewer), *verdict = r->approved ? "approved" : "changes requested";
    ui_avatar(d, x + 16, y + 14, 28, who, r->reviewer);
    int pw = ui_pill(d, x + 56, y + 18, verdict, r->approved ? UI_TINT_OK : UI_TINT_WARN, r->approved ? UI_OK : UI_WARN);
    char stamp[16];
    replay_format_clock(stamp, sizeof stamp, r->t);
    char *head = xasprintf("%s on %s  %s", who, replay_task_title(rp, r->task), stamp);
    ui_text_fit(d, f->ui_bold, x + 56 + pw + 10, y + 18, w - pw - 90, UI_TEXT, head);
    buf_printf(&rp->pane_text, "%s: %s\n", head, verdict);
    free(head);
    y += 14 + 28 + 8;
    if (r->summary) {
        y += ui_markdown(d, x + 16, y, w - 32, UI_TEXT, r->summary, true) + 6;
        buf_printf(&rp->pane_text, "  %s\n", r->summary);
    }
    for (int c = 0; c < r->n_comments; c++) {
        const ReplayReviewComment *cm = &r->comments[c];
        char *place = cm->path && cm->line ? xasprintf("%s:%d", cm->path, cm->line) : xstrdup(cm->path ? cm->path : "");
        char *text = xasprintf("%s%s%s", place, *place ? " \xe2\x80\x94 " : "", cm->text ? cm->text : "");
        y += ui_note(d, x + 16, y, w - 32, text, UI_TINT_GREY, UI_TEXT_DIM, true) + 6;
        buf_printf(&rp->pane_text, "  %s\n", text);
        free(text);
        free(place);
    }
    return y + 10 - top;
}

static int review_card(UiReplay *rp, UiDraw *d, int index, int x, int y, int w)
{
    return draw_review(rp, d, &rp->state.reviews[index], x, y, w);
}

/* The outcome once the run has ended, over the pane's top right corner. */
static void draw_outcome(UiReplay *rp, UiDraw *d, SDL_Rect area)
{
    const ReplayState *s = &rp->state;
    if (!s->finished || !s->outcome) return;
    char *label = xasprintf("run ended: %s, %.0f %%", s->outcome, s->percent);
    bool passed = strcmp(s->outcome, "passed") == 0;
    int w = ui_pill_width(d, label);
    ui_pill(d, area.x + area.w - w - 20, area.y + 12, label, passed ? UI_TINT_OK : UI_TINT_FAIL, passed ? UI_OK : UI_FAIL);
    buf_printf(&rp->pane_text, "%s\n", label);
    free(label);
}

void replay_draw_pane(UiReplay *rp, UiDraw *d, SDL_Rect area)
{
    buf_free(&rp->pane_text);
    switch (rp->pane) {
    case UI_REPLAY_CHAT: draw_chat(rp, d, area); break;
    case UI_REPLAY_TERMINAL: draw_terminal(rp, d, area); break;
    case UI_REPLAY_TICKETS:
        draw_cards(rp, d, area, rp->state.n_tasks, ticket_card, "No ticket assigned yet at this point of the run.");
        break;
    default: draw_cards(rp, d, area, rp->state.n_reviews, review_card, "No review yet at this point of the run."); break;
    }
    draw_outcome(rp, d, area);
}
