/* ui_review.c: the Code review app (ui_review.h), laid out like a pull-request page.
 * "Files changed" draws the learner's diff as the core models it (core/workspace_diff: the
 * workspace against the base commit the engine recorded, untracked files included), read
 * on the run's loop: never blocking, one read in flight, re-read on focus and after each
 * learner command. "Conversation" lists the learner's commits and the review decisions the
 * run keeps (run_reviews). The view computes neither: it only draws them. */
#define _GNU_SOURCE
#include "ui/ui_review.h"

#include "ui/ui_list.h"

#include "core/workspace_diff.h"
#include "base/utf8.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REVIEW_MAX_COLUMNS 2000   /* how far the code scrolls sideways, in characters */

/* Diff colours (GitHub-like: tinted rows, coloured markers). */
static const SDL_Color ADD_BG = {0xe6, 0xff, 0xec, 0xff}, ADD_GUTTER = {0xcc, 0xff, 0xd8, 0xff},
                       ADD_FG = {0x11, 0x63, 0x29, 0xff};
static const SDL_Color DEL_BG = {0xff, 0xeb, 0xe9, 0xff}, DEL_GUTTER = {0xff, 0xd7, 0xd5, 0xff},
                       DEL_FG = {0x82, 0x07, 0x1e, 0xff};
static const SDL_Color HUNK_BG = {0xdd, 0xf4, 0xff, 0xff}, HUNK_GUTTER = {0xc8, 0xe8, 0xfa, 0xff};
static const SDL_Color HEAD_BG = {0xf6, 0xf8, 0xfa, 0xff};
static const SDL_Color NEUTRAL = {0x8c, 0x95, 0x9f, 0xff};

typedef enum RowKind { ROW_FILE, ROW_HUNK, ROW_ADD, ROW_DEL, ROW_CTX, ROW_NOTE, ROW_END } RowKind;

/* One drawn row of the diff; text and file are borrowed from the model. */
typedef struct DiffRow {
    RowKind kind;
    const char *text;         /* hunk header, line or note (ROW_FILE: unused) */
    int old_no, new_no;       /* line numbers (0: none) */
    const DiffFile *file;     /* ROW_FILE: the file */
} DiffRow;

typedef struct ReviewView ReviewView;

typedef struct DiffJob {
    ReviewView *view;         /* NULL once the view is gone: the job then only frees itself */
} DiffJob;

struct ReviewView {
    Run *run;
    /* the diff */
    DiffJob *job;
    bool again;               /* a refresh was asked for while one was in flight */
    bool loaded;
    char *error;              /* why the last read failed, or NULL */
    WorkspaceDiff *diff;      /* the last read, or NULL */
    DiffRow *rows;
    int n_rows;
    int seen_commands;
    int seen_reviews;         /* review decisions the learner has seen */
    /* the page */
    bool focused;
    int tab;                  /* 0 conversation, 1 files changed */
    int scroll[2], content_h[2], body_h, hscroll;
    SDL_Rect tab_rect[2];
};

/* ---- text helpers ------------------------------------------------------------------- */

static void text_n(UiDraw *d, TTF_Font *f, int x, int y, SDL_Color c, const char *s, size_t n)
{
    char *tmp = xstrndup(s, n);
    ui_text(d, f, x, y, c, tmp);
    free(tmp);
}

/* Draws a path cut at its start ("…/folder/file.py") to fit w pixels: the file name is
 * what matters. Returns the width drawn. */
static int path_fit(UiDraw *d, TTF_Font *f, int x, int y, int w, SDL_Color c, const char *s)
{
    if (ui_text_width(f, s) <= w) return ui_text_fit(d, f, x, y, w, c, s);
    const char *p = s;
    char *tmp = NULL;
    while (*p) {
        p += utf8_char_len(p);
        free(tmp);
        tmp = xasprintf("\xe2\x80\xa6%s", p);
        if (ui_text_width(f, tmp) <= w) break;
    }
    int used = ui_text_fit(d, f, x, y, w, c, tmp ? tmp : s);
    free(tmp);
    return used;
}

/* ---- the rows of the diff ------------------------------------------------------------ */

static void row_add(ReviewView *v, RowKind kind, const char *text, int old_no, int new_no, const DiffFile *file)
{
    v->rows = xrealloc(v->rows, (size_t)(v->n_rows + 1) * sizeof *v->rows);
    v->rows[v->n_rows++] = (DiffRow){kind, text, old_no, new_no, file};
}

/* Flattens the model into drawn rows: a file header, its notes and hunks, an end line. */
static void rows_build(ReviewView *v)
{
    free(v->rows);
    v->rows = NULL;
    v->n_rows = 0;
    for (int i = 0; v->diff && i < v->diff->n_files; i++) {
        const DiffFile *f = &v->diff->files[i];
        row_add(v, ROW_FILE, NULL, 0, 0, f);
        if (f->not_shown) row_add(v, ROW_NOTE, "Not shown: large, special or one of many new files", 0, 0, NULL);
        else if (f->binary) row_add(v, ROW_NOTE, "Binary file not shown", 0, 0, NULL);
        for (int h = 0; h < f->n_hunks; h++) {
            row_add(v, ROW_HUNK, f->hunks[h].header, 0, 0, NULL);
            for (int l = 0; l < f->hunks[h].n_lines; l++) {
                const DiffLine *dl = &f->hunks[h].lines[l];
                RowKind k = dl->kind == DIFF_ADD ? ROW_ADD : dl->kind == DIFF_DEL ? ROW_DEL
                            : dl->kind == DIFF_NOTE ? ROW_NOTE : ROW_CTX;
                row_add(v, k, dl->text, dl->old_no, dl->new_no, NULL);
            }
        }
        row_add(v, ROW_END, NULL, 0, 0, NULL);
    }
}

/* The label of a file's pill, or NULL. */
static const char *file_tag(const DiffFile *f)
{
    if (f->untracked) return "untracked";
    if (f->binary) return "binary";
    return f->status == DIFF_ADDED ? "new" : f->status == DIFF_DELETED ? "deleted" : f->status == DIFF_RENAMED ? "renamed" : NULL;
}

/* ---- reading the diff ------------------------------------------------------------------ */

static void start_refresh(ReviewView *v);

static void on_diff_done(void *ud, WorkspaceDiff *diff, const char *error)
{
    DiffJob *job = ud;
    ReviewView *v = job->view;
    free(job);
    if (!v) {
        workspace_diff_free(diff);
        return;
    }
    v->job = NULL;
    free(v->error);
    v->error = NULL;
    if (diff && diff->error) {
        v->error = xstrdup(diff->error);
        workspace_diff_free(diff);
    } else if (diff) {
        workspace_diff_free(v->diff);
        v->diff = diff;
        rows_build(v);
    } else {
        v->error = xstrdup(error ? error : "the diff could not be read");
    }
    v->loaded = true;
    if (v->again) {
        v->again = false;
        start_refresh(v);
    }
}

static void start_refresh(ReviewView *v)
{
    if (v->job) {
        v->again = true;
        return;
    }
    v->job = xcalloc(1, sizeof *v->job);
    v->job->view = v;
    workspace_diff_read(run_sandbox(v->run), run_loop(v->run), run_base_commit(v->run), on_diff_done, v->job);
}

static void poll_run(ReviewView *v)
{
    int n = 0;
    run_commands(v->run, &n);
    if (n != v->seen_commands) {
        v->seen_commands = n;
        start_refresh(v);
    }
}

static int review_count(const ReviewView *v)
{
    int n = 0;
    run_reviews(v->run, &n);
    return n;
}

/* ---- drawing ---------------------------------------------------------------------------- */

enum { PAD = 24, GAP = 16 };

static const char *cast_name(const Run *run, const char *id)
{
    const ScenarioCast *c = id ? scenario_find_cast(run_scenario(run), id) : NULL;
    return c && c->name ? c->name : id ? id : "Reviewer";
}

static const char *task_title(const Run *run, int ti)
{
    const Scenario *sc = run_scenario(run);
    return ti >= 0 && ti < sc->n_tasks ? sc->tasks[ti].title : "";
}

/* The page's state: "In review", the latest decision, or not submitted yet. */
static const char *page_state(const ReviewView *v, SDL_Color *c)
{
    const Scenario *sc = run_scenario(v->run);
    for (int i = 0; i < sc->n_tasks; i++) {
        TaskStatus st = run_task_status(v->run, i);
        if (sc->tasks[i].review && (st == TASK_IN_REVIEW || st == TASK_SUBMITTED)) {
            *c = UI_WARN;
            return "In review";
        }
    }
    int n = 0;
    const RunReview *reviews = run_reviews(v->run, &n);
    if (n > 0) {
        const RunReview *last = &reviews[n - 1];
        *c = last->away ? NEUTRAL : last->approved ? UI_OK : UI_FAIL;
        return last->away ? "Reviewer away" : last->approved ? "Approved" : "Changes requested";
    }
    *c = UI_ACCENT;
    return "Open";
}

static void draw_header(ReviewView *v, UiDraw *d, SDL_Rect area, int h)
{
    const UiFonts *f = d->fonts;
    ui_fill(d, (SDL_Rect){area.x, area.y, area.w, h}, UI_PANEL);
    ui_fill(d, (SDL_Rect){area.x, area.y + h - 1, area.w, 1}, UI_BORDER);
    const Scenario *sc = run_scenario(v->run);
    int review_tasks = 0, first = -1;
    for (int i = 0; i < sc->n_tasks; i++)
        if (sc->tasks[i].review) review_tasks++, first = first < 0 ? i : first;
    const char *title = review_tasks == 1 ? sc->tasks[first].title : sc->title;
    int x = area.x + PAD, y = area.y + 16;
    ui_text_fit(d, f->ui_bold, x, y, area.w - 2 * PAD, UI_TEXT, title ? title : "Code review");
    y += f->ui_h + 10;

    SDL_Color sc_col;
    const char *state = page_state(v, &sc_col);
    x += ui_pill(d, x, y, state, sc_col, UI_ACCENT_TEXT) + 10;
    Buf meta = {0};
    buf_printf(&meta, "%s", run_learner(v->run));
    const WorkspaceDiff *wd = v->diff;
    bool shown = wd && v->loaded && !v->error && !wd->not_git;
    if (wd && wd->not_git) {
        buf_puts(&meta, " \xc2\xb7 the workspace is not a git repository");
    } else if (shown && wd->snapshot) {
        buf_printf(&meta, " \xc2\xb7 no git: compared with the workspace at the start \xc2\xb7 %d file%s changed",
                   wd->n_files, wd->n_files == 1 ? "" : "s");
    } else if (shown) {
        buf_printf(&meta, " \xc2\xb7 %d commit%s on %s", wd->n_commits, wd->n_commits == 1 ? "" : "s",
                   wd->branch && *wd->branch ? wd->branch : "HEAD");
        if (wd->base) buf_printf(&meta, " since %s", wd->base);
        buf_printf(&meta, " \xc2\xb7 %d file%s changed", wd->n_files, wd->n_files == 1 ? "" : "s");
    }
    int right = area.x + area.w - PAD;
    const char *busy = v->job ? "Refreshing\xe2\x80\xa6" : NULL;
    int busy_w = busy ? ui_text_width(f->small, busy) + 12 : 0;
    int used = ui_text_fit(d, f->small, x, y + 3, right - busy_w - x, UI_TEXT_DIM, meta.data ? meta.data : "");
    if (shown && wd->n_files > 0) {
        char add[32], del[32];
        snprintf(add, sizeof add, "+%d", wd->adds);
        snprintf(del, sizeof del, "\xe2\x88\x92%d", wd->dels);
        int ax = x + used + 10;
        if (ax + ui_text_width(f->small, add) + ui_text_width(f->small, del) + 8 < right - busy_w) {
            ui_text(d, f->small, ax, y + 3, ADD_FG, add);
            ui_text(d, f->small, ax + ui_text_width(f->small, add) + 6, y + 3, DEL_FG, del);
        }
    }
    if (busy) ui_text(d, f->small, right - busy_w + 12, y + 3, UI_TEXT_DIM, busy);
    buf_free(&meta);

    /* Tabs along the header's bottom edge. */
    int ty = area.y + h - 38;
    int tx = area.x + PAD;
    const char *names[2] = {"Conversation", "Files changed"};
    int counts[2] = {review_count(v), wd ? wd->n_files : 0};
    for (int t = 0; t < 2; t++) {
        bool on = v->tab == t;
        TTF_Font *tf = on ? f->ui_bold : f->ui;
        char num[16];
        snprintf(num, sizeof num, "%d", counts[t]);
        int tw = ui_text_width(tf, names[t]);
        int nw = ui_text_width(f->small, num) + 12;
        SDL_Rect r = {tx, ty, tw + nw + 28, 38};
        v->tab_rect[t] = r;
        if (!on && ui_hit(r, d->mouse_x, d->mouse_y)) ui_fill(d, (SDL_Rect){r.x, r.y + 4, r.w, r.h - 8}, UI_BG);
        ui_text(d, tf, r.x + 10, r.y + (r.h - f->ui_h) / 2 - 1, on ? UI_TEXT : UI_TEXT_DIM, names[t]);
        int bh = f->small_h + 4;
        ui_fill_round(d, (SDL_Rect){r.x + 10 + tw + 8, r.y + (r.h - bh) / 2 - 1, nw, bh}, bh / 2,
                   on ? UI_SELECTED : UI_BG);
        ui_text(d, f->small, r.x + 10 + tw + 14, r.y + (r.h - bh) / 2 + 1, on ? UI_ACCENT : UI_TEXT_DIM, num);
        if (on) ui_fill(d, (SDL_Rect){r.x, r.y + r.h - 3, r.w, 3}, UI_ACCENT);
        tx += r.w + 8;
    }
}

/* A centred message card for empty and error states; returns its height. */
static int notice(UiDraw *d, SDL_Rect body, int y, const char *title, const char *text, SDL_Color accent)
{
    const UiFonts *f = d->fonts;
    int w = body.w - 2 * PAD;
    if (w > 640) w = 640;
    int x = body.x + (body.w - w) / 2;
    int th = ui_text_height(f->ui, w - 48, text);
    int h = 28 + f->ui_h + 8 + th + 28;
    ui_fill_round_bordered(d, (SDL_Rect){x, y, w, h}, 6, UI_PANEL, UI_BORDER);
    ui_fill_round(d, (SDL_Rect){x + 1, y + 1, 4, h - 2}, 2, accent);
    ui_text(d, f->ui_bold, x + 24, y + 28, UI_TEXT, title);
    ui_text_wrapped(d, f->ui, x + 24, y + 28 + f->ui_h + 8, w - 48, 0, UI_TEXT_DIM, text);
    return h;
}

static int row_height(const UiFonts *f, RowKind k)
{
    switch (k) {
    case ROW_FILE: return 40;
    case ROW_END: return GAP + 1;
    case ROW_HUNK: return f->mono_h + 10;
    default: return f->mono_h + 4;
    }
}

static void draw_number(UiDraw *d, int x, int w, int y, int n, SDL_Color c)
{
    if (n <= 0) return;
    char num[16];
    snprintf(num, sizeof num, "%d", n);
    TTF_Font *mf = d->fonts->mono;
    ui_text(d, mf, x + w - 8 - ui_text_width(mf, num), y, c, num);
}

/* Draws the diff's rows inside body, scrolled; returns the content height. */
static int draw_files(ReviewView *v, UiDraw *d, SDL_Rect body, int scroll)
{
    const UiFonts *f = d->fonts;
    int y0 = body.y + GAP - scroll;
    if (!v->loaded) {
        notice(d, body, y0, "Loading the diff\xe2\x80\xa6", "Reading your changes from the workspace.", UI_ACCENT);
        return GAP + 120;
    }
    if (v->diff && v->diff->not_git && !v->error)
        return GAP + notice(d, body, y0, "Not a git repository",
                            "The workspace is not a git repository, so there is no starting point to compare "
                            "your work with. Your files are still there: look at them in the Terminal.",
                            NEUTRAL) + GAP;
    if (v->error)
        return GAP + notice(d, body, y0, "Could not read the diff", v->error, UI_FAIL) + GAP;
    if (v->n_rows == 0)
        return GAP + notice(d, body, y0, "No changes yet",
                            "When you edit files in the Terminal, your changes since the starting point "
                            "appear here, file by file.", UI_ACCENT) + GAP;

    int cx = body.x + PAD, cw = body.w - 2 * PAD;
    int num_w = 5 * f->mono_w + 16;          /* one line-number column */
    int code_x = cx + 2 * num_w + 6 + 2 * f->mono_w;   /* gutter, marker, one blank column */
    int code_w = cx + cw - 1 - code_x - 8;
    int cols = code_w / (f->mono_w > 0 ? f->mono_w : 8) + 1;
    int hcols = v->hscroll / (f->mono_w > 0 ? f->mono_w : 8);
    int y = y0;
    for (int i = 0; i < v->n_rows; i++) {
        const DiffRow *r = &v->rows[i];
        int h = row_height(f, r->kind);
        bool visible = y + h > body.y && y < body.y + body.h;
        if (visible) {
            SDL_Rect row = {cx, y, cw, h};
            switch (r->kind) {
            case ROW_FILE: {
                ui_fill_round(d, row, 6, UI_BORDER);
                ui_fill_round(d, (SDL_Rect){cx + 1, y + 1, cw - 2, h + 4}, 5, HEAD_BG);
                ui_fill(d, (SDL_Rect){cx + 1, y + h - 1, cw - 2, 1}, UI_BORDER);
                /* counts and a five-block bar on the right, like GitHub's */
                char counts[48];
                const DiffFile *df = r->file;
                snprintf(counts, sizeof counts, "+%d \xe2\x88\x92%d", df->adds, df->dels);
                int blocks_w = 5 * 10;
                int rx = cx + cw - 14 - blocks_w;
                int total = df->adds + df->dels;
                int green = total ? (df->adds * 5 + total / 2) / total : 0;
                int red = total ? 5 - green : 0;
                if (total && df->dels && red == 0) red = 1, green = 4;
                if (total && df->adds && green == 0) green = 1, red = 4;
                for (int b = 0; b < 5; b++) {
                    SDL_Color bc = b < green ? UI_OK : b < green + red ? UI_FAIL : UI_BORDER;
                    ui_fill(d, (SDL_Rect){rx + b * 10, y + (h - 8) / 2, 8, 8}, bc);
                }
                char add[24], del[24];
                snprintf(add, sizeof add, "+%d", df->adds);
                snprintf(del, sizeof del, "\xe2\x88\x92%d", df->dels);
                int dw = ui_text_width(f->small, del), aw = ui_text_width(f->small, add);
                int ty = y + (h - f->small_h) / 2;
                ui_text(d, f->small, rx - 10 - dw, ty, DEL_FG, del);
                ui_text(d, f->small, rx - 16 - dw - aw, ty, ADD_FG, add);
                int right = rx - 28 - dw - aw;
                int px = cx + 16;
                const char *tag = file_tag(df);
                char *path = df->status == DIFF_RENAMED ? xasprintf("%s \xe2\x86\x92 %s", df->old_path, df->new_path)
                                                        : xstrdup(df->new_path);
                int tag_w = tag ? ui_text_width(f->small, tag) + 16 + 10 : 0;
                int pw = path_fit(d, f->ui_bold, px, y + (h - f->ui_h) / 2, right - px - tag_w, UI_TEXT, path);
                free(path);
                if (tag) {
                    SDL_Color tc = strcmp(tag, "deleted") == 0 ? UI_FAIL : strcmp(tag, "untracked") == 0 ? UI_WARN
                                   : strcmp(tag, "new") == 0 ? UI_OK : NEUTRAL;
                    ui_pill(d, px + pw + 10, y + (h - f->small_h - 6) / 2, tag, ui_tint(tc, 40), tc);
                }
                break;
            }
            case ROW_END:
                ui_fill(d, (SDL_Rect){cx, y, 1, 1}, UI_BORDER);
                ui_fill(d, (SDL_Rect){cx + cw - 1, y, 1, 1}, UI_BORDER);
                ui_fill(d, (SDL_Rect){cx + 1, y, cw - 2, 1}, UI_BORDER);
                break;
            case ROW_HUNK:
            case ROW_ADD:
            case ROW_DEL:
            case ROW_CTX:
            case ROW_NOTE: {
                SDL_Color bg = r->kind == ROW_ADD ? ADD_BG : r->kind == ROW_DEL ? DEL_BG : r->kind == ROW_HUNK ? HUNK_BG : UI_PANEL;
                SDL_Color gut = r->kind == ROW_ADD ? ADD_GUTTER : r->kind == ROW_DEL ? DEL_GUTTER
                                : r->kind == ROW_HUNK ? HUNK_GUTTER : UI_PANEL;
                SDL_Color fg = r->kind == ROW_ADD ? ADD_FG : r->kind == ROW_DEL ? DEL_FG
                               : r->kind == ROW_CTX ? UI_TEXT : UI_TEXT_DIM;
                ui_fill(d, row, UI_BORDER);
                ui_fill(d, (SDL_Rect){cx + 1, y, cw - 2, h}, bg);
                ui_fill(d, (SDL_Rect){cx + 1, y, 2 * num_w - 1, h}, gut);
                int ty = y + (h - f->mono_h) / 2;
                if (r->kind != ROW_HUNK && r->kind != ROW_NOTE) {
                    draw_number(d, cx + 1, num_w, ty, r->old_no, UI_TEXT_DIM);
                    draw_number(d, cx + 1 + num_w, num_w, ty, r->new_no, UI_TEXT_DIM);
                    const char *mark = r->kind == ROW_ADD ? "+" : r->kind == ROW_DEL ? "-" : NULL;
                    if (mark) ui_text(d, f->mono, cx + 2 * num_w + 6, ty, fg, mark);
                }
                SDL_Rect clip = {code_x, body.y, code_w, body.h};
                if (r->kind == ROW_HUNK || r->kind == ROW_NOTE) {
                    clip.x = cx + 2 * num_w + 6;
                    clip.w = code_x + code_w - clip.x;
                }
                SDL_RenderSetClipRect(d->r, &clip);
                size_t n = 0;
                const char *s = utf8_slice(r->text, r->kind == ROW_HUNK || r->kind == ROW_NOTE ? 0 : hcols,
                                           cols + 2, &n);
                text_n(d, r->kind == ROW_NOTE ? f->small : f->mono, clip.x, r->kind == ROW_NOTE ? y + (h - f->small_h) / 2 : ty,
                       fg, s, n);
                SDL_RenderSetClipRect(d->r, &body);
                break;
            }
            }
        }
        y += h;
    }
    if (v->diff && v->diff->truncated) {
        ui_text(d, f->small, cx, y + 4, UI_TEXT_DIM, "The diff is too large to show in full.");
        y += f->small_h + 8;
    }
    return y + GAP - (body.y - scroll);
}

static void clock_text(char *out, size_t n, double t)
{
    int s = t > 0 ? (int)t : 0;
    snprintf(out, n, "%d:%02d", s / 60, s % 60);
}

static SDL_Color kind_colour(const char *kind)
{
    if (kind && strcmp(kind, "essential") == 0) return UI_FAIL;
    if (kind && strcmp(kind, "celebratory") == 0) return UI_OK;
    return UI_WARN;
}

/* One review's card; returns its height (draws only when draw is set). The reviewer's
 * words are untrusted: drawn sanitised. */
static int review_card(ReviewView *v, UiDraw *d, const RunReview *rv, int x, int y, int w, bool draw)
{
    const UiFonts *f = d->fonts;
    const char *name = cast_name(v->run, rv->reviewer);
    int inner_x = x + 20 + 36 + 14, inner_w = w - (inner_x - x) - 20;
    int h = 18 + f->ui_h + 4 + f->small_h + 10;
    char *summary = rv->away ? xstrdup("I couldn't review this right now. Please submit again in a little while.")
                    : rv->summary ? utf8_sanitize_lines(rv->summary) : NULL;
    int summary_h = summary ? ui_text_height(f->ui, inner_w, summary) : 0;
    h += summary_h;
    int *comment_h = xcalloc((size_t)rv->n_comments + 1, sizeof *comment_h);
    char **texts = xcalloc((size_t)rv->n_comments + 1, sizeof *texts);
    for (int i = 0; i < rv->n_comments; i++) {
        texts[i] = utf8_sanitize_lines(rv->comments[i].text);
        comment_h[i] = 12 + f->small_h + 6 + 6 + ui_text_height(f->ui, inner_w - 24, texts[i]) + 12;
        h += 10 + comment_h[i];
    }
    h += 18;
    if (draw) {
        SDL_Color c = rv->away ? NEUTRAL : rv->approved ? UI_OK : UI_FAIL;
        ui_fill_round_bordered(d, (SDL_Rect){x, y, w, h}, 6, UI_PANEL, UI_BORDER);
        ui_fill_round(d, (SDL_Rect){x + 1, y + 1, 4, h - 2}, 2, c);
        ui_avatar(d, x + 20, y + 16, 36, name, rv->reviewer);
        int ly = y + 18;
        int nw = ui_text_fit(d, f->ui_bold, inner_x, ly, inner_w / 2, UI_TEXT, name);
        const char *verb = rv->away ? " could not review" : rv->approved ? " approved these changes" : " requested changes";
        char when[32];
        clock_text(when, sizeof when, rv->t);
        int ww = ui_text_width(f->small, when);
        ui_text_fit(d, f->ui, inner_x + nw, ly, inner_w - nw - ww - 12, UI_TEXT, verb);
        ui_text(d, f->small, inner_x + inner_w - ww, ly + 2, UI_TEXT_DIM, when);
        ly += f->ui_h + 4;
        char *task = xasprintf("on \xe2\x80\x9c%s\xe2\x80\x9d", task_title(v->run, rv->task));
        ui_text_fit(d, f->small, inner_x, ly, inner_w, UI_TEXT_DIM, task);
        free(task);
        ly += f->small_h + 10;
        if (summary) ui_text_wrapped(d, f->ui, inner_x, ly, inner_w, 0, UI_TEXT, summary);
        ly += summary_h;
        for (int i = 0; i < rv->n_comments; i++) {
            const RunReviewComment *cm = &rv->comments[i];
            ly += 10;
            ui_fill_round_bordered(d, (SDL_Rect){inner_x, ly, inner_w, comment_h[i]}, 6, HEAD_BG, UI_BORDER);
            int cx = inner_x + 12, cy = ly + 12;
            SDL_Color kc = kind_colour(cm->kind);
            char *kind = utf8_sanitize(cm->kind, strlen(cm->kind), 40);
            int pw = ui_pill(d, cx, cy - 3, kind, ui_tint(kc, 40), kc);
            free(kind);
            char *path = cm->path ? utf8_sanitize(cm->path, strlen(cm->path), 1000) : xstrdup("");
            char *where = cm->line > 0 ? xasprintf("%s:%d", path, cm->line) : xstrdup(path);
            ui_text_fit(d, f->small, cx + pw + 8, cy, inner_w - 24 - pw - 8, UI_TEXT_DIM, where);
            free(where);
            free(path);
            ui_text_wrapped(d, f->ui, cx, cy + f->small_h + 12, inner_w - 24, 0, UI_TEXT, texts[i]);
            ly += comment_h[i];
        }
    }
    for (int i = 0; i < rv->n_comments; i++) free(texts[i]);
    free(texts);
    free(comment_h);
    free(summary);
    return h;
}

/* The conversation: commits, then the review timeline; returns the content height. */
static int draw_conversation(ReviewView *v, UiDraw *d, SDL_Rect body, int scroll)
{
    const UiFonts *f = d->fonts;
    int x = body.x + PAD, w = body.w - 2 * PAD;
    int y0 = body.y + GAP - scroll, y = y0;

    /* Commits */
    const WorkspaceDiff *wd = v->diff;
    if (wd && !wd->not_git && !wd->snapshot && v->loaded && !v->error) {
        char *head = xasprintf("Commits on %s", wd->branch && *wd->branch ? wd->branch : "HEAD");
        ui_text(d, f->ui_bold, x, y, UI_TEXT, head);
        free(head);
        y += f->ui_h + 10;
        int rh = f->ui_h + 16;
        int n = wd->n_commits;
        int h = n ? n * rh : rh;
        ui_fill_round_bordered(d, (SDL_Rect){x, y, w, h}, 6, UI_PANEL, UI_BORDER);
        if (n == 0) ui_text(d, f->ui, x + 16, y + 8, UI_TEXT_DIM, "No commits since the starting point yet.");
        for (int i = 0; i < n; i++) {
            int ry = y + i * rh;
            if (i) ui_fill(d, (SDL_Rect){x + 1, ry, w - 2, 1}, UI_BORDER);
            const char *c = wd->commits[i];
            const char *sp = strchr(c, ' ');
            size_t hl = sp ? (size_t)(sp - c) : strlen(c);
            char *hash = xstrndup(c, hl);
            int hw = ui_text_width(f->mono, hash);
            ui_fill_round(d, (SDL_Rect){x + 16, ry + rh / 2 - 4, 8, 8}, 4, NEUTRAL);
            ui_text_fit(d, f->ui, x + 36, ry + 8, w - 36 - hw - 32, UI_TEXT, sp ? sp + 1 : "");
            ui_text(d, f->mono, x + w - 16 - hw, ry + 8 + (f->ui_h - f->mono_h) / 2, UI_TEXT_DIM, hash);
            free(hash);
        }
        y += h + 24;
    }

    /* Reviews */
    ui_text(d, f->ui_bold, x, y, UI_TEXT, "Reviews");
    y += f->ui_h + 10;
    bool any = false;
    int n_reviews = 0;
    const RunReview *reviews = run_reviews(v->run, &n_reviews);
    for (int i = 0; i < n_reviews; i++) {
        int h = review_card(v, d, &reviews[i], x, y, w, false);
        if (y + h > body.y && y < body.y + body.h) review_card(v, d, &reviews[i], x, y, w, true);
        y += h + 12;
        any = true;
    }
    const Scenario *sc = run_scenario(v->run);
    for (int ti = 0; ti < sc->n_tasks; ti++) {
        TaskStatus st = run_task_status(v->run, ti);
        if (!sc->tasks[ti].review || (st != TASK_SUBMITTED && st != TASK_IN_REVIEW)) continue;
        const char *name = cast_name(v->run, sc->tasks[ti].review);
        char *line = st == TASK_SUBMITTED
                         ? xasprintf("Checks are running on \xe2\x80\x9c%s\xe2\x80\x9d; %s reviews it next.", sc->tasks[ti].title, name)
                         : xasprintf("%s is reviewing \xe2\x80\x9c%s\xe2\x80\x9d\xe2\x80\xa6", name, sc->tasks[ti].title);
        int h = f->ui_h + 24;
        ui_fill_round_bordered(d, (SDL_Rect){x, y, w, h}, 6, UI_PANEL, UI_BORDER);
        ui_fill_round(d, (SDL_Rect){x + 16, y + h / 2 - 5, 10, 10}, 5, UI_WARN);
        ui_text_fit(d, f->ui, x + 36, y + 12, w - 52, UI_TEXT, line);
        free(line);
        y += h + 12;
        any = true;
    }
    if (!any) {
        y += notice(d, body, y, "No reviews yet",
                    "When you submit a task for review, the reviewer's decision and comments appear here.",
                    UI_ACCENT) + 12;
    }
    return y + GAP - (body.y - scroll);
}

static void review_render(void *self, UiDraw *d, SDL_Rect area)
{
    ReviewView *v = self;
    poll_run(v);
    ui_fill(d, area, UI_BG);
    int header_h = 16 + d->fonts->ui_h + 10 + d->fonts->small_h + 6 + 14 + 38;
    draw_header(v, d, area, header_h);
    SDL_Rect body = {area.x, area.y + header_h, area.w, area.h - header_h};
    v->body_h = body.h;
    if (body.h <= 0) return;
    SDL_Rect old_clip;
    SDL_RenderGetClipRect(d->r, &old_clip);
    bool had_clip = SDL_RenderIsClipEnabled(d->r);
    SDL_RenderSetClipRect(d->r, &body);
    int t = v->tab;
    int max = v->content_h[t] - body.h;
    if (v->scroll[t] > max) v->scroll[t] = max;
    if (v->scroll[t] < 0) v->scroll[t] = 0;
    v->content_h[t] = t == 0 ? draw_conversation(v, d, body, v->scroll[t]) : draw_files(v, d, body, v->scroll[t]);
    /* A thin scroll thumb when the page is longer than the window. */
    if (v->content_h[t] > body.h) {
        int th = body.h * body.h / v->content_h[t];
        if (th < 24) th = 24;
        int ty = body.y + (body.h - th) * v->scroll[t] / (v->content_h[t] - body.h);
        ui_fill_round(d, (SDL_Rect){area.x + area.w - 8, ty, 5, th}, 2, UI_BORDER);
    }
    SDL_RenderSetClipRect(d->r, had_clip ? &old_clip : NULL);
    if (v->focused) v->seen_reviews = review_count(v);
}

static void scroll_by(ReviewView *v, int dy)
{
    int t = v->tab;
    v->scroll[t] += dy;
    int max = v->content_h[t] - v->body_h;
    if (v->scroll[t] > max) v->scroll[t] = max;
    if (v->scroll[t] < 0) v->scroll[t] = 0;
}

static bool review_handle_event(void *self, const SDL_Event *ev, SDL_Rect area)
{
    ReviewView *v = self;
    switch (ev->type) {
    case SDL_MOUSEWHEEL: {
        if (!ui_hit(area, ev->wheel.mouseX, ev->wheel.mouseY)) return false;
        int dir = ev->wheel.direction == SDL_MOUSEWHEEL_FLIPPED ? -1 : 1;
        bool shift = (SDL_GetModState() & KMOD_SHIFT) != 0;
        int dx = ev->wheel.x * dir, dy = ev->wheel.y * dir;
        if (shift && dx == 0) dx = -dy, dy = 0;
        if (dy) scroll_by(v, -dy * 60);
        if (dx && v->tab == 1) {
            v->hscroll += dx * 48;
            if (v->hscroll < 0) v->hscroll = 0;
            if (v->hscroll > REVIEW_MAX_COLUMNS * 8) v->hscroll = REVIEW_MAX_COLUMNS * 8;
        }
        return true;
    }
    case SDL_MOUSEBUTTONDOWN:
        if (ev->button.button != SDL_BUTTON_LEFT || !ui_hit(area, ev->button.x, ev->button.y)) return false;
        for (int t = 0; t < 2; t++) {
            if (ui_hit(v->tab_rect[t], ev->button.x, ev->button.y)) {
                v->tab = t;
                return true;
            }
        }
        return true;
    case SDL_KEYDOWN: {
        int page = v->body_h > 80 ? v->body_h - 60 : 60;
        switch (ev->key.keysym.sym) {
        case SDLK_PAGEDOWN: scroll_by(v, page); return true;
        case SDLK_PAGEUP: scroll_by(v, -page); return true;
        case SDLK_DOWN: scroll_by(v, 40); return true;
        case SDLK_UP: scroll_by(v, -40); return true;
        case SDLK_HOME: v->scroll[v->tab] = 0; return true;
        case SDLK_END: scroll_by(v, v->content_h[v->tab]); return true;
        case SDLK_TAB: v->tab = !v->tab; return true;   /* Conversation <-> Files changed */
        default: return false;
        }
    }
    default: return false;
    }
}

static int review_badge(void *self)
{
    ReviewView *v = self;
    return review_count(v) - v->seen_reviews;
}

static void review_focus(void *self, bool focused)
{
    ReviewView *v = self;
    v->focused = focused;
    if (!focused) return;
    /* Fresh decisions first: open on the conversation when there is something new. */
    if (review_count(v) > v->seen_reviews) v->tab = 0;
    v->seen_reviews = review_count(v);
    start_refresh(v);
}

static void review_free(void *self)
{
    ReviewView *v = self;
    if (!v) return;
    if (v->job) v->job->view = NULL;
    workspace_diff_free(v->diff);
    free(v->rows);
    free(v->error);
    free(v);
}

UiView ui_review_view_new(Run *run)
{
    ReviewView *v = xcalloc(1, sizeof *v);
    v->run = run;
    v->tab = 1;
    run_commands(run, &v->seen_commands);
    v->seen_reviews = review_count(v);
    return (UiView){
        .title = "Code review", .self = v, .render = review_render, .handle_event = review_handle_event,
        .badge = review_badge, .focus = review_focus, .free = review_free,
    };
}

/* ---- accessors for tests and the shell --------------------------------------------------- */

const WorkspaceDiff *ui_review_diff(void *self) { return ((ReviewView *)self)->diff; }

char *ui_review_thread_text(void *self)
{
    ReviewView *v = self;
    Buf b = {0};
    int n = 0;
    const RunReview *reviews = run_reviews(v->run, &n);
    for (int i = 0; i < n; i++) {
        const RunReview *rv = &reviews[i];
        buf_printf(&b, "%s %s on %s: %s\n", cast_name(v->run, rv->reviewer),
                   rv->away ? "could not review" : rv->approved ? "approved" : "requested changes",
                   task_title(v->run, rv->task), rv->summary ? rv->summary : "");
        for (int c = 0; c < rv->n_comments; c++)
            buf_printf(&b, "  [%s] %s:%d %s\n", rv->comments[c].kind, rv->comments[c].path ? rv->comments[c].path : "",
                       rv->comments[c].line, rv->comments[c].text);
    }
    return buf_steal(&b);
}

bool ui_review_loading(void *self)
{
    ReviewView *v = self;
    return v->job != NULL || v->again;
}

const char *ui_review_state(void *self)
{
    ReviewView *v = self;
    if (!v->loaded) return "loading";
    if (v->error) return "error";
    if (v->diff && v->diff->not_git) return "not a git repository";
    return v->n_rows ? "changes" : "no changes";
}

void ui_review_show_files(void *self, bool files) { ((ReviewView *)self)->tab = files ? 1 : 0; }

int ui_review_scroll(void *self)
{
    ReviewView *v = self;
    return v->scroll[v->tab];
}
