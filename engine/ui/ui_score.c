/* ui_score.c: the end-of-run screen (ui_score.h). One scrollable page: the outcome in large
 * coloured type with the score, percent and pass mark; why the run ended; the buttons for
 * what comes next (Next in track, Try again, Home); every line of the
 * score sheet (checks, rubric items, awards, penalties, hints) with its points and the reason;
 * per-skill bars; the cost of Claude's calls; and how to find the run again. Each frame
 * records the text it lays out, so tests can read what the learner would see. */
#define _GNU_SOURCE
#include "ui/ui_score.h"

#include "base/util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { PAD = 24, MAX_W = 860 };

static const SDL_Color NEUTRAL = {0x8c, 0x95, 0x9f, 0xff};
static const SDL_Color ROW_ALT = {0xf8, 0xf9, 0xfb, 0xff};

typedef struct Item {
    char *text;
    int y, h;                  /* screen position in the last frame */
} Item;

typedef struct ScoreView {
    Run *run;
    int scroll, content_h, area_h, area_y;
    Item *items;
    int n_items, cap_items;
    bool seen_finished;
    char *next_title;              /* the track's next step, NULL: no Next in track */
    UiScoreAction focused, action;
    SDL_Rect buttons[UI_SCORE_ACTIONS];
} ScoreView;

/* ---- small helpers ---------------------------------------------------------------------- */

static void note(ScoreView *v, const char *text, int y, int h)
{
    if (!text || !*text) return;
    if (v->n_items == v->cap_items) {
        v->cap_items = v->cap_items ? v->cap_items * 2 : 32;
        v->items = xrealloc(v->items, (size_t)v->cap_items * sizeof *v->items);
    }
    v->items[v->n_items++] = (Item){xstrdup(text), y, h};
}

static void items_clear(ScoreView *v)
{
    for (int i = 0; i < v->n_items; i++) free(v->items[i].text);
    v->n_items = 0;
}

static bool visible(const ScoreView *v, int y, int h) { return y + h > v->area_y && y < v->area_y + v->area_h; }

/* Points as people write them: 30, 12.5, never 30.000000. */
static void fmt_points(char *out, size_t n, double p)
{
    if (fabs(p - round(p)) < 0.05) snprintf(out, n, "%.0f", round(p));
    else snprintf(out, n, "%.1f", p);
}

static void card(UiDraw *d, SDL_Rect r) { ui_fill_round_bordered(d, r, 8, UI_PANEL, UI_BORDER); }

static const char *outcome_label(const char *o, SDL_Color *c)
{
    if (o && strcmp(o, "passed") == 0) return *c = UI_OK, "Passed";
    if (o && strcmp(o, "failed") == 0) return *c = UI_FAIL, "Failed";
    if (o && strcmp(o, "incomplete") == 0) return *c = UI_WARN, "Incomplete";
    if (o && strcmp(o, "infra_error") == 0) return *c = NEUTRAL, "Infrastructure error";
    return *c = NEUTRAL, o ? o : "?";
}

/* Why the run ended, in words; caller frees. */
static char *end_reason_text(Run *run)
{
    const char *r = run_end_reason(run);
    const char *err = run_error(run);
    const ScoreSheet *s = run_score(run);
    if (s->outcome && strcmp(s->outcome, "infra_error") == 0 && !run_failed_by_scenario(run))
        return xasprintf("Something outside your work went wrong, so this run is not scored against you: %s",
                         err ? err : r ? r : "unknown error");
    if (run_failed_by_scenario(run))
        return xasprintf("The scenario itself failed, not your work: %s", err ? err : "unknown error");
    if (!r || strcmp(r, "finished") == 0) return xstrdup("You finished the run.");
    if (strcmp(r, "time_limit") == 0) return xstrdup("The time limit was reached before you finished.");
    if (strcmp(r, "abandoned") == 0) return xstrdup("The run was left before it was finished.");
    return xasprintf("The run ended: %s", r);
}

/* ---- sections ------------------------------------------------------------------------------ */

/* The summary card; returns its height. */
static int hero(ScoreView *v, UiDraw *d, int x, int y, int w)
{
    const UiFonts *f = d->fonts;
    const ScoreSheet *s = run_score(v->run);
    const Scenario *sc = run_scenario(v->run);
    SDL_Color oc;
    const char *label = outcome_label(s->outcome, &oc);
    char *reason = end_reason_text(v->run);
    int big_h = f->title_h;
    int left_w = w / 2 - 24;
    int reason_h = ui_text_height(f->ui, w - 48, reason);
    int h = 24 + f->small_h + 4 + big_h + 4 + f->ui_h + 20 + 1 + 16 + reason_h + 22;
    bool draw = visible(v, y, h);
    if (draw) {
        card(d, (SDL_Rect){x, y, w, h});
        ui_fill_round(d, (SDL_Rect){x + 1, y + 1, w - 2, 6}, 3, oc);
        ui_fill(d, (SDL_Rect){x + 1, y + 5, w - 2, 3}, UI_PANEL);
    }
    int cy = y + 24;
    if (draw) ui_text(d, f->small, x + 24, cy, UI_TEXT_DIM, "RESULT");
    note(v, label, cy + f->small_h + 4, big_h);
    if (draw) ui_text(d, f->title, x + 24, cy + f->small_h + 4, oc, label);
    char *sub = xasprintf("%s \xc2\xb7 %s", sc->title, run_learner(v->run));
    if (draw) ui_text_wrapped(d, f->ui, x + 24, cy + f->small_h + 4 + big_h + 4, left_w, cy + f->small_h + 8 + big_h + f->ui_h,
                              UI_TEXT_DIM, sub);
    note(v, sub, cy + f->small_h + 4 + big_h + 4, f->ui_h);
    free(sub);

    /* The score and a bar with the pass mark, on the right. */
    char sc_txt[32], mx_txt[32], line[128], pct[32];
    fmt_points(sc_txt, sizeof sc_txt, s->score);
    fmt_points(mx_txt, sizeof mx_txt, s->max);
    snprintf(pct, sizeof pct, "%.0f%%", s->percent);
    snprintf(line, sizeof line, "%s / %s points \xc2\xb7 %s", sc_txt, mx_txt, pct);
    note(v, line, cy, big_h);
    int rx = x + w / 2 + 24, rw = w / 2 - 48;
    int pct_w = ui_text_width(f->title, pct);
    if (draw) ui_text(d, f->title, x + w - 24 - pct_w, cy + f->small_h + 4, oc, pct);
    if (draw) {
        char *pts = xasprintf("%s / %s points", sc_txt, mx_txt);
        ui_text(d, f->ui_bold, rx, cy + f->small_h + 4 + (big_h - f->ui_h) / 2 + 2, UI_TEXT, pts);
        free(pts);
        ui_text(d, f->small, rx, cy, UI_TEXT_DIM, "SCORE");
        int by = cy + f->small_h + 4 + big_h + 4 + (f->ui_h - 10) / 2;
        ui_fill_round(d, (SDL_Rect){rx, by, rw, 10}, 5, UI_BG);
        double p = s->percent < 0 ? 0 : s->percent > 100 ? 100 : s->percent;
        int fw = (int)(rw * p / 100.0);
        if (fw > 0) ui_fill_round(d, (SDL_Rect){rx, by, fw < 10 ? 10 : fw, 10}, 5, oc);
        double pass = sc->pass;
        int px = rx + (int)(rw * (pass < 0 ? 0 : pass > 100 ? 100 : pass) / 100.0);
        ui_fill(d, (SDL_Rect){px - 1, by - 4, 2, 18}, UI_TEXT);
        char *pass_txt = xasprintf("pass %.0f%%", pass);
        int pw = ui_text_width(f->small, pass_txt);
        int lx = px - pw / 2;
        if (lx + pw > rx + rw) lx = rx + rw - pw;
        ui_text(d, f->small, lx, by + 16, UI_TEXT_DIM, pass_txt);
        free(pass_txt);
    }
    int sep = cy + f->small_h + 4 + big_h + 4 + f->ui_h + 20;
    if (draw) {
        ui_fill(d, (SDL_Rect){x + 24, sep, w - 48, 1}, UI_BORDER);
        ui_text_wrapped(d, f->ui, x + 24, sep + 16, w - 48, 0, UI_TEXT, reason);
    }
    note(v, reason, sep + 16, reason_h);
    free(reason);
    return h;
}

/* ---- what comes next ------------------------------------------------------------------- */

static bool shown(const ScoreView *v, UiScoreAction a) { return a != UI_SCORE_NONE && (a != UI_SCORE_NEXT || v->next_title); }

static void move_focus(ScoreView *v, int step)
{
    UiScoreAction a = v->focused;
    do a = (UiScoreAction)((a + step + UI_SCORE_ACTIONS) % UI_SCORE_ACTIONS);
    while (!shown(v, a));
    v->focused = a;
}

/* The row of buttons: Next in track (when there is one), Try again, Home; returns its height. */
static int next_buttons(ScoreView *v, UiDraw *d, int x, int y, int w)
{
    const UiFonts *f = d->fonts;
    int h = 40;
    for (int a = 0; a < UI_SCORE_ACTIONS; a++) v->buttons[a] = (SDL_Rect){0, 0, 0, 0};
    char *next = v->next_title ? xasprintf("Next in track: %s  \xe2\x86\x92", v->next_title) : NULL;
    const char *labels[UI_SCORE_ACTIONS] = {NULL, next, "Try again  ^R", "Home  ^H"};
    int bx = x;
    for (int a = UI_SCORE_NEXT; a < UI_SCORE_ACTIONS; a++) {
        if (!shown(v, (UiScoreAction)a)) continue;
        int bw = ui_text_width(f->ui, labels[a]) + 32;
        if (bw > w / 2) bw = w / 2;
        v->buttons[a] = (SDL_Rect){bx, y, bw, h};
        if (visible(v, y, h)) {
            ui_button(d, v->buttons[a], labels[a], a == UI_SCORE_NEXT || (a == UI_SCORE_HOME && !v->next_title), true);
            if (a == (int)v->focused) ui_focus_ring(d, v->buttons[a]);
        }
        note(v, labels[a], y, h);
        bx += bw + 10;
    }
    free(next);
    return h;
}

void ui_score_set_next(void *self, const char *title)
{
    ScoreView *v = self;
    free(v->next_title);
    v->next_title = title ? xstrdup(title) : NULL;
    v->focused = v->next_title ? UI_SCORE_NEXT : UI_SCORE_HOME;
}

UiScoreAction ui_score_take_action(void *self)
{
    ScoreView *v = self;
    UiScoreAction a = v->action;
    v->action = UI_SCORE_NONE;
    return a;
}

SDL_Rect ui_score_button(void *self, UiScoreAction which)
{
    ScoreView *v = self;
    return which > UI_SCORE_NONE && which < UI_SCORE_ACTIONS ? v->buttons[which] : (SDL_Rect){0, 0, 0, 0};
}

UiScoreAction ui_score_focused(void *self) { return ((ScoreView *)self)->focused; }

static const char *kind_title(ScoreKind k)
{
    switch (k) {
    case SCORE_CHECK: return "Check";
    case SCORE_RUBRIC: return "Rubric";
    case SCORE_AWARD: return "Bonus";
    case SCORE_PENALTY: return "Penalty";
    case SCORE_HINT: return "Hint";
    }
    return "";
}

/* One breakdown row; returns its height. */
static int score_row(ScoreView *v, UiDraw *d, const ScoreLine *l, int index, bool last, int x, int y, int w)
{
    const UiFonts *f = d->fonts;
    char pts[64], a[24], b[24];
    fmt_points(a, sizeof a, fabs(l->points));
    fmt_points(b, sizeof b, l->max);
    SDL_Color pc;
    const char *icon;
    if (l->kind == SCORE_CHECK || l->kind == SCORE_RUBRIC) {
        snprintf(pts, sizeof pts, "%s / %s", l->points < 0 ? "0" : a, b);
        bool full = l->passed || (l->max > 0 && l->points >= l->max);
        pc = full ? UI_OK : l->points > 0 ? UI_WARN : UI_FAIL;
        icon = full ? "\xe2\x9c\x93" : l->points > 0 ? "\xe2\x80\xa2" : "\xe2\x9c\x97";
    } else if (l->kind == SCORE_AWARD) {
        snprintf(pts, sizeof pts, "+%s", a);
        pc = UI_OK;
        icon = "+";
    } else {
        snprintf(pts, sizeof pts, "\xe2\x88\x92%s", a);
        pc = UI_FAIL;
        icon = "\xe2\x88\x92";
    }
    int pts_w = ui_text_width(f->ui_bold, pts);
    int tx = x + 56, tw = w - 56 - pts_w - 40;
    int label_h = ui_text_height(f->ui, tw, l->label ? l->label : l->item_id);
    char *meta = xasprintf("%s%s%s%s%s", kind_title(l->kind), l->task ? " \xc2\xb7 task " : "", l->task ? l->task : "",
                           l->skill ? " \xc2\xb7 " : "", l->skill ? l->skill : "");
    const char *fb = l->feedback && *l->feedback ? l->feedback : NULL;
    int fb_w = w - 56 - 24;
    int fb_h = fb ? ui_text_height(f->ui, fb_w - 16, fb) : 0;
    int h = 14 + label_h + 2 + f->small_h + (fb ? 10 + fb_h + 12 : 0) + 14;
    if (visible(v, y, h)) {
        if (index % 2 && last) {
            ui_fill_round(d, (SDL_Rect){x + 1, y, w - 2, h}, 7, ROW_ALT);
            ui_fill(d, (SDL_Rect){x + 1, y, w - 2, h - 8}, ROW_ALT);
        } else if (index % 2) {
            ui_fill(d, (SDL_Rect){x + 1, y, w - 2, h}, ROW_ALT);
        }
        if (index > 0) ui_fill(d, (SDL_Rect){x + 1, y, w - 2, 1}, UI_BORDER);
        ui_fill_round(d, (SDL_Rect){x + 18, y + 14, 24, 24}, 12, ui_tint(pc, 48));
        TTF_Font *bf = f->ui_bold;
        ui_text(d, bf, x + 18 + (24 - ui_text_width(bf, icon)) / 2, y + 14 + (24 - f->ui_h) / 2, pc, icon);
        ui_text_wrapped(d, f->ui, tx, y + 14, tw, 0, UI_TEXT, l->label ? l->label : l->item_id);
        ui_text(d, f->small, tx, y + 14 + label_h + 2, UI_TEXT_DIM, meta);
        ui_text(d, f->ui_bold, x + w - 24 - pts_w, y + 14, pc, pts);
        if (fb) {
            SDL_Rect box = {tx, y + 14 + label_h + 2 + f->small_h + 10, fb_w, fb_h + 12};
            ui_fill_round(d, box, 6, ui_tint(l->kind == SCORE_CHECK && !l->passed ? UI_FAIL : UI_ACCENT, 18));
            ui_fill_round(d, (SDL_Rect){box.x, box.y, 3, box.h}, 1, ui_tint(l->kind == SCORE_CHECK && !l->passed ? UI_FAIL : UI_ACCENT, 120));
            ui_text_wrapped(d, f->ui, box.x + 12, box.y + 6, fb_w - 16, 0, UI_TEXT, fb);
        }
    }
    char *line = xasprintf("%s: %s %s", kind_title(l->kind), l->label ? l->label : l->item_id, pts);
    note(v, line, y + 14, label_h);
    free(line);
    if (fb) note(v, fb, y + 14 + label_h + 2 + f->small_h + 16, fb_h);
    free(meta);
    return h;
}

static int heading(ScoreView *v, UiDraw *d, int x, int y, const char *text)
{
    if (visible(v, y, d->fonts->ui_h)) ui_text(d, d->fonts->ui_bold, x, y, UI_TEXT, text);
    note(v, text, y, d->fonts->ui_h);
    return d->fonts->ui_h + 10;
}

static int skills(ScoreView *v, UiDraw *d, int x, int y, int w)
{
    const UiFonts *f = d->fonts;
    const ScoreSheet *s = run_score(v->run);
    if (s->n_skills == 0) return 0;
    int y0 = y;
    y += heading(v, d, x, y, "Skills");
    int rh = f->ui_h + 18;
    int h = s->n_skills * rh + 12;
    if (visible(v, y, h)) card(d, (SDL_Rect){x, y, w, h});
    int name_w = 0;
    for (int i = 0; i < s->n_skills; i++) {
        int nw = ui_text_width(f->ui, s->skills[i].skill);
        if (nw > name_w) name_w = nw;
    }
    if (name_w > w / 3) name_w = w / 3;
    for (int i = 0; i < s->n_skills; i++) {
        const ScoreSkill *k = &s->skills[i];
        int ry = y + 6 + i * rh;
        char a[24], b[24], *pts;
        fmt_points(a, sizeof a, k->points);
        fmt_points(b, sizeof b, k->max);
        pts = xasprintf("%s / %s", a, b);
        int pw = ui_text_width(f->small, "000 / 000");
        int bx = x + 24 + name_w + 20, bw = w - (bx - x) - 24 - pw - 16;
        double ratio = k->max > 0 ? k->points / k->max : 0;
        if (ratio < 0) ratio = 0;
        if (ratio > 1) ratio = 1;
        SDL_Color c = ratio >= 0.999 ? UI_OK : ratio >= 0.5 ? UI_ACCENT : UI_WARN;
        if (visible(v, ry, rh)) {
            ui_text(d, f->ui, x + 24, ry + 9, UI_TEXT, k->skill);
            ui_fill_round(d, (SDL_Rect){bx, ry + rh / 2 - 4, bw, 8}, 4, UI_BG);
            int fw = (int)(bw * ratio);
            if (fw > 0) ui_fill_round(d, (SDL_Rect){bx, ry + rh / 2 - 4, fw < 8 ? 8 : fw, 8}, 4, c);
            ui_text(d, f->small, x + w - 24 - ui_text_width(f->small, pts), ry + 9 + (f->ui_h - f->small_h) / 2,
                    UI_TEXT_DIM, pts);
        }
        char *line = xasprintf("%s %s", k->skill, pts);
        note(v, line, ry + 9, f->ui_h);
        free(line);
        free(pts);
    }
    return y - y0 + h;
}

/* ---- the page ---------------------------------------------------------------------------- */

static int page(ScoreView *v, UiDraw *d, SDL_Rect area)
{
    const UiFonts *f = d->fonts;
    int w = area.w - 2 * PAD;
    if (w > MAX_W) w = MAX_W;
    int x = area.x + (area.w - w) / 2;
    int y0 = area.y + PAD - v->scroll, y = y0;

    if (!run_is_finished(v->run)) {
        const char *t = "Grading your work\xe2\x80\xa6";
        const char *s = "The checks run once more on your final work, then the rubric is judged. "
                        "Your results appear here in a moment.";
        int h = 24 + f->ui_h + 8 + ui_text_height(f->ui, w - 48, s) + 24;
        card(d, (SDL_Rect){x, y, w, h});
        ui_text(d, f->ui_bold, x + 24, y + 24, UI_TEXT, t);
        ui_text_wrapped(d, f->ui, x + 24, y + 24 + f->ui_h + 8, w - 48, 0, UI_TEXT_DIM, s);
        note(v, t, y + 24, f->ui_h);
        return h + 2 * PAD;
    }

    y += hero(v, d, x, y, w) + 16;
    y += next_buttons(v, d, x, y, w) + 28;

    /* Breakdown: measure the rows, draw the card, then the rows on it. */
    const ScoreSheet *s = run_score(v->run);
    y += heading(v, d, x, y, "Breakdown");
    int n_before = v->n_items;
    int rows_h = 0;
    for (int i = 0; i < s->n_lines; i++) rows_h += score_row(v, d, &s->lines[i], i, false, x, v->area_y - 1000000, w);
    for (int i = n_before; i < v->n_items; i++) free(v->items[i].text);
    v->n_items = n_before;
    if (s->n_lines == 0) {
        const char *none = "Nothing was scored in this run.";
        card(d, (SDL_Rect){x, y, w, f->ui_h + 28});
        ui_text(d, f->ui, x + 24, y + 14, UI_TEXT_DIM, none);
        note(v, none, y + 14, f->ui_h);
        y += f->ui_h + 28;
    } else {
        if (visible(v, y, rows_h + 1)) card(d, (SDL_Rect){x, y, w, rows_h + 1});
        for (int i = 0; i < s->n_lines; i++) y += score_row(v, d, &s->lines[i], i, i == s->n_lines - 1, x, y, w);
        y += 1;
    }
    y += 28;

    int sk = skills(v, d, x, y, w);
    if (sk) y += sk + 28;

    double cost = run_cost_usd(v->run);
    if (cost > 0) {
        char *c = xasprintf("Claude's calls in this run cost $%.4f.", cost);
        if (visible(v, y, f->ui_h)) ui_text(d, f->ui, x, y, UI_TEXT_DIM, c);
        note(v, c, y, f->ui_h);
        free(c);
        y += f->ui_h + 12;
    }

    int64_t id = run_id(v->run);
    char *later = id > 0 ? xasprintf("This is run %lld. See it again later with `worksim report` or replay it step by step "
                                     "with `worksim replay %lld`.", (long long)id, (long long)id)
                         : xstrdup("This run was not saved (no database), so `worksim report` and `worksim replay` "
                                   "will not list it.");
    int lh = ui_text_height(f->ui, w, later);
    if (visible(v, y, lh)) ui_text_wrapped(d, f->ui, x, y, w, 0, UI_TEXT_DIM, later);
    note(v, later, y, lh);
    free(later);
    y += lh;
    return y + PAD - (area.y - v->scroll);
}

static void clamp_scroll(ScoreView *v)
{
    int max = v->content_h - v->area_h;
    if (v->scroll > max) v->scroll = max;
    if (v->scroll < 0) v->scroll = 0;
}

static void score_render(void *self, UiDraw *d, SDL_Rect area)
{
    ScoreView *v = self;
    if (run_is_finished(v->run) && !v->seen_finished) {
        v->seen_finished = true;
        v->scroll = 0;
    }
    v->area_y = area.y;
    v->area_h = area.h;
    clamp_scroll(v);
    items_clear(v);
    SDL_Rect old_clip;
    SDL_RenderGetClipRect(d->r, &old_clip);
    bool had_clip = SDL_RenderIsClipEnabled(d->r);
    SDL_RenderSetClipRect(d->r, &area);
    ui_fill(d, area, UI_BG);
    v->content_h = page(v, d, area);
    if (v->content_h > area.h) {
        int th = area.h * area.h / v->content_h;
        if (th < 24) th = 24;
        int ty = area.y + (area.h - th) * v->scroll / (v->content_h - area.h);
        ui_fill_round(d, (SDL_Rect){area.x + area.w - 8, ty, 5, th}, 2, UI_BORDER);
    }
    SDL_RenderSetClipRect(d->r, had_clip ? &old_clip : NULL);
}

static bool score_handle_event(void *self, const SDL_Event *ev, SDL_Rect area)
{
    ScoreView *v = self;
    int page_h = area.h > 80 ? area.h - 60 : 60;
    switch (ev->type) {
    case SDL_MOUSEWHEEL: {
        if (!ui_hit(area, ev->wheel.mouseX, ev->wheel.mouseY)) return false;
        int dir = ev->wheel.direction == SDL_MOUSEWHEEL_FLIPPED ? -1 : 1;
        v->scroll -= ev->wheel.y * dir * 60;
        break;
    }
    case SDL_MOUSEBUTTONDOWN:
        for (int a = UI_SCORE_NEXT; a < UI_SCORE_ACTIONS; a++)
            if (ev->button.button == SDL_BUTTON_LEFT && run_is_finished(v->run) && ui_hit(v->buttons[a], ev->button.x, ev->button.y)) {
                v->focused = v->action = (UiScoreAction)a;
                return true;
            }
        return false;
    case SDL_KEYDOWN:
        switch (ev->key.keysym.sym) {
        case SDLK_TAB: move_focus(v, (ev->key.keysym.mod & KMOD_SHIFT) ? -1 : 1); return true;
        case SDLK_LEFT: move_focus(v, -1); return true;
        case SDLK_RIGHT: move_focus(v, 1); return true;
        case SDLK_RETURN: case SDLK_KP_ENTER:
            if (!run_is_finished(v->run)) return false;
            v->action = v->focused;
            return true;
        case SDLK_PAGEDOWN: case SDLK_SPACE: v->scroll += page_h; break;
        case SDLK_PAGEUP: v->scroll -= page_h; break;
        case SDLK_DOWN: v->scroll += 40; break;
        case SDLK_UP: v->scroll -= 40; break;
        case SDLK_HOME: v->scroll = 0; break;
        case SDLK_END: v->scroll = v->content_h; break;
        default: return false;
        }
        break;
    default: return false;
    }
    clamp_scroll(v);
    return true;
}

static void score_free(void *self)
{
    ScoreView *v = self;
    if (!v) return;
    items_clear(v);
    free(v->items);
    free(v->next_title);
    free(v);
}

UiView ui_score_view_new(Run *run)
{
    ScoreView *v = xcalloc(1, sizeof *v);
    v->run = run;
    v->focused = UI_SCORE_HOME;
    return (UiView){.title = "Results", .self = v, .render = score_render, .handle_event = score_handle_event,
                    .badge = NULL, .focus = NULL, .free = score_free};
}

char *ui_score_text(void *self, bool visible_only)
{
    ScoreView *v = self;
    Buf b = {0};
    for (int i = 0; i < v->n_items; i++) {
        const Item *it = &v->items[i];
        if (visible_only && !visible(v, it->y, it->h)) continue;
        buf_printf(&b, "%s\n", it->text);
    }
    return buf_steal(&b);
}

int ui_score_scroll(void *self) { return ((ScoreView *)self)->scroll; }
