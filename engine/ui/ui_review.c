/* ui_review.c: the Code review app (ui_review.h), laid out like a pull-request page.
 * "Files changed" shows the workspace's diff against the scenario's starting commit
 * (run_base_commit, recorded by the engine; else the root commit), plus
 * untracked files, read by one script run in the sandbox with sandbox_exec_start on the
 * run's loop: never blocking, one read in flight, re-read on focus and after each learner
 * command. "Conversation" lists the learner's commits and each reviewer's decisions. Git's
 * output is untrusted: it is parsed as text, sanitised and drawn as text, never interpreted. */
#define _GNU_SOURCE
#include "ui/ui_review.h"

#include "util/util.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REVIEW_TIMEOUT 20.0       /* seconds one diff read may take */
#define REVIEW_MAX_ROWS 6000      /* diff rows kept; the rest is summarised */
#define REVIEW_MAX_LINE 2000      /* bytes of one diff line kept */
#define MARK "##worksim## "       /* section marker: no diff line starts with '#' */

/* One script prints every section ($base is set before it: the engine's base commit or empty); the learner's git config cannot redirect it (no pager,
 * external diff or textconv; fixed prefixes) and it takes no lock the learner could trip on. */
static const char REVIEW_SCRIPT[] =
    "export GIT_OPTIONAL_LOCKS=0 GIT_PAGER=cat GIT_TERMINAL_PROMPT=0\n"
    "g() { git -c safe.directory='*' -c core.quotepath=off -c color.ui=never \"$@\"; }\n"
    "g rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo '" MARK "nogit'; exit 0; }\n"
    "g cat-file -e \"${base:-none}^{commit}\" 2>/dev/null || base=$(g rev-list --max-parents=0 HEAD 2>/dev/null | tail -n 1)\n"
    "if [ -n \"$base\" ]; then echo \"" MARK "base $(g rev-parse --short \"$base\")\";\n"
    "else base=$(g hash-object -t tree /dev/null); fi\n"
    "echo \"" MARK "branch $(g symbolic-ref --short -q HEAD || g rev-parse --short HEAD 2>/dev/null)\"\n"
    "echo '" MARK "commits'\n"
    "g log --no-color --format='%h %s' \"$base..HEAD\" 2>/dev/null | head -n 200\n"
    "echo '" MARK "untracked'\n"
    "g ls-files --others --exclude-standard 2>/dev/null | head -n 200\n"
    "echo '" MARK "diff'\n"
    "g diff --no-color --no-ext-diff --no-textconv --src-prefix=a/ --dst-prefix=b/ \"$base\" 2>/dev/null\n"
    "n=0\n"
    "g ls-files -z --others --exclude-standard 2>/dev/null | while IFS= read -r -d '' f; do\n"
    "  n=$((n+1)); [ $n -le 20 ] || break\n"
    "  [ -f \"$f\" ] && [ ! -L \"$f\" ] && [ \"$(stat -c %s -- \"$f\")\" -le 65536 ] || continue\n"
    "  g diff --no-color --no-ext-diff --no-index --src-prefix=a/ --dst-prefix=b/ -- /dev/null \"$f\"\n"
    "done\n"
    "exit 0\n";

/* Diff colours (GitHub-like: tinted rows, coloured markers). */
static const SDL_Color ADD_BG = {0xe6, 0xff, 0xec, 0xff}, ADD_GUTTER = {0xcc, 0xff, 0xd8, 0xff},
                       ADD_FG = {0x11, 0x63, 0x29, 0xff};
static const SDL_Color DEL_BG = {0xff, 0xeb, 0xe9, 0xff}, DEL_GUTTER = {0xff, 0xd7, 0xd5, 0xff},
                       DEL_FG = {0x82, 0x07, 0x1e, 0xff};
static const SDL_Color HUNK_BG = {0xdd, 0xf4, 0xff, 0xff}, HUNK_GUTTER = {0xc8, 0xe8, 0xfa, 0xff};
static const SDL_Color HEAD_BG = {0xf6, 0xf8, 0xfa, 0xff};
static const SDL_Color NEUTRAL = {0x8c, 0x95, 0x9f, 0xff};

typedef enum RowKind { ROW_FILE, ROW_HUNK, ROW_ADD, ROW_DEL, ROW_CTX, ROW_NOTE, ROW_END } RowKind;

typedef struct DiffRow {
    RowKind kind;
    char *text;               /* sanitised: path, hunk header or line without its marker */
    int old_no, new_no;       /* line numbers (0: none) */
    int adds, dels;           /* ROW_FILE: the file's counts */
    const char *tag;          /* ROW_FILE: "new", "deleted", "renamed", "binary", "untracked" or NULL */
} DiffRow;

typedef struct Comment {
    char *path, *kind, *text;
    int line;
} Comment;

typedef struct Decision {
    int task;                 /* index into the scenario's tasks, or -1 */
    char *reviewer;           /* cast id */
    bool approved, away;      /* away: the review could not happen (infrastructure) */
    char *summary;
    Comment *comments;
    int n_comments;
    double t;                 /* run clock */
} Decision;

typedef struct ReviewView ReviewView;

typedef struct DiffJob {
    ReviewView *view;         /* NULL once the view is gone: the job then only frees itself */
} DiffJob;

struct ReviewView {
    Run *run;
    /* the diff */
    DiffJob *job;
    bool again;               /* a refresh was asked for while one was in flight */
    bool loaded, not_git;
    char *error;              /* why the last read failed, or NULL */
    bool truncated;
    char *raw;                /* the diff section as git printed it */
    char *base, *branch;
    char **commits;
    int n_commits;
    char **untracked;
    int n_untracked;
    DiffRow *rows;
    int n_rows;
    int n_files, adds, dels;
    int seen_commands;
    /* the review thread */
    Decision *decisions;
    int n_decisions, seen_decisions;
    bool events_fed;
    TaskStatus *last_status;
    int seen_messages;
    /* the page */
    bool focused;
    int tab;                  /* 0 conversation, 1 files changed */
    int scroll[2], content_h[2], body_h, hscroll;
    SDL_Rect tab_rect[2];
};

/* ---- text helpers ------------------------------------------------------------------- */

static size_t utf8_seq(const unsigned char *p, size_t left)
{
    unsigned char c = p[0];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || n > left) return 0;
    for (size_t i = 1; i < n; i++)
        if ((p[i] & 0xc0) != 0x80) return 0;
    return n;
}

/* A copy safe to draw: tabs expanded to 4 columns, control bytes and invalid UTF-8 as '?'. */
static char *clean_text(const char *s, size_t len)
{
    if (len > REVIEW_MAX_LINE) len = REVIEW_MAX_LINE;
    Buf b = {0};
    int col = 0;
    for (size_t i = 0; i < len;) {
        const unsigned char *p = (const unsigned char *)s + i;
        if (*p == '\t') {
            do buf_puts(&b, " "); while (++col % 4);
            i++;
        } else if (*p == '\r' && i + 1 == len) {
            i++;
        } else if (*p < 0x20 || *p == 0x7f) {
            buf_puts(&b, "?");
            col++;
            i++;
        } else {
            size_t n = utf8_seq(p, len - i);
            if (n == 0) {
                buf_puts(&b, "?");
                n = 1;
            } else {
                buf_append(&b, p, n);
            }
            col++;
            i += n;
        }
    }
    return buf_steal(&b);
}

/* Pointer to the character `skip` characters in and the byte length of the next `take`. */
static const char *utf8_slice(const char *s, int skip, int take, size_t *len)
{
    const char *p = s;
    for (int i = 0; i < skip && *p; i++) {
        size_t n = utf8_seq((const unsigned char *)p, strlen(p));
        p += n ? n : 1;
    }
    const char *q = p;
    for (int i = 0; i < take && *q; i++) {
        size_t n = utf8_seq((const unsigned char *)q, strlen(q));
        q += n ? n : 1;
    }
    *len = (size_t)(q - p);
    return p;
}

static void text_n(UiDraw *d, TTF_Font *f, int x, int y, SDL_Color c, const char *s, size_t n)
{
    char *tmp = xstrndup(s, n);
    ui_text(d, f, x, y, c, tmp);
    free(tmp);
}

/* Draws s cut with an ellipsis to fit w pixels; returns the width drawn. */
static int text_fit(UiDraw *d, TTF_Font *f, int x, int y, int w, SDL_Color c, const char *s)
{
    if (ui_text_width(f, s) <= w) {
        ui_text(d, f, x, y, c, s);
        return ui_text_width(f, s);
    }
    size_t len = strlen(s);
    char *tmp = xmalloc(len + 4);
    while (len > 0) {
        do len--; while (len > 0 && ((unsigned char)s[len] & 0xc0) == 0x80);
        memcpy(tmp, s, len);
        memcpy(tmp + len, "\xe2\x80\xa6", 4);
        if (ui_text_width(f, tmp) <= w) break;
    }
    if (len == 0) memcpy(tmp, "\xe2\x80\xa6", 4);
    ui_text(d, f, x, y, c, tmp);
    int used = ui_text_width(f, tmp);
    free(tmp);
    return used;
}

/* Draws a path cut at its start ("…/folder/file.py") to fit w pixels: the file name is
 * what matters. Returns the width drawn. */
static int path_fit(UiDraw *d, TTF_Font *f, int x, int y, int w, SDL_Color c, const char *s)
{
    if (ui_text_width(f, s) <= w) return text_fit(d, f, x, y, w, c, s);
    const char *p = s;
    char *tmp = NULL;
    while (*p) {
        p++;
        while (*p && ((unsigned char)*p & 0xc0) == 0x80) p++;
        free(tmp);
        tmp = xasprintf("\xe2\x80\xa6%s", p);
        if (ui_text_width(f, tmp) <= w) break;
    }
    int used = text_fit(d, f, x, y, w, c, tmp ? tmp : s);
    free(tmp);
    return used;
}

/* ---- shapes ------------------------------------------------------------------------- */

/* A card: 1 px border, rounded corners. */
static void card(UiDraw *d, SDL_Rect r, SDL_Color bg, SDL_Color border) { ui_fill_round_bordered(d, r, 6, bg, border); }

/* A pill with a label in the small font; returns its width. */
static int pill(UiDraw *d, int x, int y, const char *label, SDL_Color bg, SDL_Color fg)
{
    TTF_Font *f = d->fonts->small;
    int w = ui_text_width(f, label) + 16, h = d->fonts->small_h + 6;
    ui_fill_round(d, (SDL_Rect){x, y, w, h}, h / 2, bg);
    ui_text(d, f, x + 8, y + 3, fg, label);
    return w;
}


/* ---- the diff model ------------------------------------------------------------------ */

static void rows_clear(ReviewView *v)
{
    for (int i = 0; i < v->n_rows; i++) free(v->rows[i].text);
    free(v->rows);
    v->rows = NULL;
    v->n_rows = v->n_files = v->adds = v->dels = 0;
    for (int i = 0; i < v->n_commits; i++) free(v->commits[i]);
    free(v->commits);
    v->commits = NULL;
    v->n_commits = 0;
    for (int i = 0; i < v->n_untracked; i++) free(v->untracked[i]);
    free(v->untracked);
    v->untracked = NULL;
    v->n_untracked = 0;
    free(v->raw);
    free(v->base);
    free(v->branch);
    v->raw = v->base = v->branch = NULL;
    v->not_git = v->truncated = false;
}

static DiffRow *row_add(ReviewView *v, RowKind kind, char *text)
{
    v->rows = xrealloc(v->rows, (size_t)(v->n_rows + 1) * sizeof *v->rows);
    DiffRow *r = &v->rows[v->n_rows++];
    *r = (DiffRow){.kind = kind, .text = text};
    return r;
}

static bool is_untracked(const ReviewView *v, const char *path)
{
    for (int i = 0; i < v->n_untracked; i++)
        if (strcmp(v->untracked[i], path) == 0) return true;
    return false;
}

static bool starts(const char *s, size_t n, const char *prefix)
{
    size_t p = strlen(prefix);
    return n >= p && memcmp(s, prefix, p) == 0;
}

/* Parses one hunk header's start numbers and counts ("@@ -a,b +c,d @@"). */
static void parse_hunk(const char *s, int *old_no, int *old_left, int *new_no, int *new_left)
{
    int a = 0, b = 1, c = 0, e = 1;
    const char *p = strchr(s, '-');
    if (p) {
        a = atoi(p + 1);
        const char *q = p + 1 + strspn(p + 1, "0123456789");
        if (*q == ',') b = atoi(q + 1);
    }
    p = strchr(s, '+');
    if (p) {
        c = atoi(p + 1);
        const char *q = p + 1 + strspn(p + 1, "0123456789");
        if (*q == ',') e = atoi(q + 1);
    }
    *old_no = a;
    *old_left = b;
    *new_no = c;
    *new_left = e;
}

/* The path of a "diff --git a/X b/Y" line: Y when both halves are plain. */
static char *git_line_path(const char *s, size_t n)
{
    const char *b = NULL;
    for (size_t i = 0; i + 3 < n; i++)
        if (memcmp(s + i, " b/", 3) == 0) b = s + i + 3;
    if (!b) return clean_text(s, n);
    return clean_text(b, (size_t)(s + n - b));
}

static void parse_diff_line(ReviewView *v, const char *s, size_t n, int *file, int *old_no, int *new_no,
                            int *old_left, int *new_left)
{
    if (v->n_rows >= REVIEW_MAX_ROWS) {
        v->truncated = true;
        return;
    }
    bool in_hunk = *old_left > 0 || *new_left > 0;
    if (in_hunk && n > 0 && (s[0] == '+' || s[0] == '-' || s[0] == ' ')) {
        RowKind k = s[0] == '+' ? ROW_ADD : s[0] == '-' ? ROW_DEL : ROW_CTX;
        DiffRow *r = row_add(v, k, clean_text(s + 1, n - 1));
        if (k != ROW_ADD) {
            r->old_no = (*old_no)++;
            (*old_left)--;
        }
        if (k != ROW_DEL) {
            r->new_no = (*new_no)++;
            (*new_left)--;
        }
        if (*file >= 0 && k == ROW_ADD) {
            v->rows[*file].adds++;
            v->adds++;
        }
        if (*file >= 0 && k == ROW_DEL) {
            v->rows[*file].dels++;
            v->dels++;
        }
        return;
    }
    if (in_hunk && n == 0) {   /* an empty context line whose space was stripped */
        DiffRow *r = row_add(v, ROW_CTX, xstrdup(""));
        r->old_no = (*old_no)++;
        r->new_no = (*new_no)++;
        (*old_left)--;
        (*new_left)--;
        return;
    }
    if (n > 0 && s[0] == '\\') {
        row_add(v, ROW_NOTE, clean_text(s + 2 < s + n ? s + 2 : s, n > 2 ? n - 2 : n));
        return;
    }
    if (starts(s, n, "diff --git ")) {
        if (*file >= 0) row_add(v, ROW_END, NULL);
        *file = v->n_rows;
        row_add(v, ROW_FILE, git_line_path(s, n));
        v->n_files++;
        *old_left = *new_left = 0;
        return;
    }
    if (starts(s, n, "@@ ")) {
        parse_hunk(s, old_no, old_left, new_no, new_left);
        row_add(v, ROW_HUNK, clean_text(s, n));
        return;
    }
    if (*file < 0) return;
    DiffRow *f = &v->rows[*file];
    if (starts(s, n, "+++ b/")) {
        free(f->text);
        f->text = clean_text(s + 6, n - 6);
    } else if (starts(s, n, "new file mode")) {
        f->tag = "new";
    } else if (starts(s, n, "deleted file mode")) {
        f->tag = "deleted";
    } else if (starts(s, n, "rename to ")) {
        f->tag = "renamed";
    } else if (starts(s, n, "Binary files ")) {
        f->tag = "binary";
        row_add(v, ROW_NOTE, xstrdup("Binary file not shown"));
    }
}

/* Splits the script's output into its sections and the diff into rows. */
static void parse_output(ReviewView *v, const char *out, size_t len)
{
    rows_clear(v);
    enum { S_NONE, S_COMMITS, S_UNTRACKED, S_DIFF } sec = S_NONE;
    Buf raw = {0};
    int file = -1, old_no = 0, new_no = 0, old_left = 0, new_left = 0;
    const char *p = out, *end = out + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        if (starts(p, n, MARK)) {
            const char *a = p + strlen(MARK);
            size_t an = n - strlen(MARK);
            if (starts(a, an, "nogit")) v->not_git = true;
            else if (starts(a, an, "base ")) v->base = clean_text(a + 5, an - 5);
            else if (starts(a, an, "branch ")) v->branch = clean_text(a + 7, an - 7);
            else if (starts(a, an, "commits")) sec = S_COMMITS;
            else if (starts(a, an, "untracked")) sec = S_UNTRACKED;
            else if (starts(a, an, "diff")) sec = S_DIFF;
        } else if (sec == S_COMMITS && n > 0) {
            v->commits = xrealloc(v->commits, (size_t)(v->n_commits + 1) * sizeof *v->commits);
            v->commits[v->n_commits++] = clean_text(p, n);
        } else if (sec == S_UNTRACKED && n > 0) {
            v->untracked = xrealloc(v->untracked, (size_t)(v->n_untracked + 1) * sizeof *v->untracked);
            v->untracked[v->n_untracked++] = clean_text(p, n);
        } else if (sec == S_DIFF) {
            buf_append(&raw, p, n);
            buf_puts(&raw, "\n");
            parse_diff_line(v, p, n, &file, &old_no, &new_no, &old_left, &new_left);
        }
        p = nl ? nl + 1 : end;
    }
    /* Untracked files git did not show (too many, too large, special) still get a card. */
    for (int i = 0; i < v->n_untracked && v->n_rows < REVIEW_MAX_ROWS; i++) {
        bool shown = false;
        for (int r = 0; r < v->n_rows && !shown; r++)
            shown = v->rows[r].kind == ROW_FILE && strcmp(v->rows[r].text, v->untracked[i]) == 0;
        if (shown) continue;
        if (file >= 0) row_add(v, ROW_END, NULL);
        file = v->n_rows;
        row_add(v, ROW_FILE, xstrdup(v->untracked[i]));
        v->n_files++;
        row_add(v, ROW_NOTE, xstrdup("Not shown: large, special or one of many new files"));
    }
    if (file >= 0) row_add(v, ROW_END, NULL);
    for (int r = 0; r < v->n_rows; r++)
        if (v->rows[r].kind == ROW_FILE && is_untracked(v, v->rows[r].text)) v->rows[r].tag = "untracked";
    v->raw = buf_steal(&raw);
}

/* ---- reading the diff in the sandbox ------------------------------------------------- */

static void start_refresh(ReviewView *v);

static void on_diff_done(void *ud, SandboxExecResult *r)
{
    DiffJob *job = ud;
    ReviewView *v = job->view;
    free(job);
    if (!v) return;
    v->job = NULL;
    free(v->error);
    v->error = NULL;
    if (r->error) {
        v->error = xstrdup(r->error);
    } else if (r->timed_out) {
        v->error = xstrdup("reading the diff took too long");
    } else {
        parse_output(v, r->output ? r->output : "", r->output_len);
        if (r->output_total > r->output_len) v->truncated = true;
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
    Sandbox *sb = run_sandbox(v->run);
    if (!sb) {
        free(v->error);
        v->error = xstrdup("the sandbox is not running");
        v->loaded = true;
        return;
    }
    DiffJob *job = xcalloc(1, sizeof *job);
    job->view = v;
    v->job = job;
    /* The base commit is hex from the engine, never a file the learner could rewrite. */
    const char *base = run_base_commit(v->run);
    char *script = xasprintf("base=%s\n%s", base ? base : "", REVIEW_SCRIPT);
    SandboxExecRequest req = {.command = script, .timeout = REVIEW_TIMEOUT};
    char *err = NULL;
    bool started = sandbox_exec_start(sb, run_loop(v->run), &req, on_diff_done, job, &err);
    free(script);
    if (!started) {
        if (v->job == job) {
            v->job = NULL;
            free(job);
        }
        free(v->error);
        v->error = err ? err : xstrdup("the sandbox is closed");
        v->loaded = true;
    }
}

/* ---- the review thread ----------------------------------------------------------------- */

static int task_of(const Run *run, const char *id)
{
    const Scenario *sc = run_scenario(run);
    for (int i = 0; id && i < sc->n_tasks; i++)
        if (strcmp(sc->tasks[i].id, id) == 0) return i;
    return -1;
}

static Decision *decision_add(ReviewView *v, int task, const char *reviewer, bool approved, const char *summary)
{
    v->decisions = xrealloc(v->decisions, (size_t)(v->n_decisions + 1) * sizeof *v->decisions);
    Decision *dec = &v->decisions[v->n_decisions++];
    *dec = (Decision){.task = task, .reviewer = xstrdup(reviewer ? reviewer : "reviewer"), .approved = approved,
                      .summary = summary ? clean_text(summary, strlen(summary)) : NULL,
                      .t = run_elapsed(v->run)};
    /* clean_text turned newlines into '?': keep the summary's own lines. */
    if (summary) {
        free(dec->summary);
        Buf b = {0};
        const char *p = summary;
        for (;;) {
            size_t n = strcspn(p, "\n");
            char *line = clean_text(p, n);
            buf_puts(&b, line);
            free(line);
            if (!p[n]) break;
            buf_puts(&b, "\n");
            p += n + 1;
        }
        dec->summary = buf_steal(&b);
    }
    return dec;
}

static const char *json_str(const cJSON *o, const char *key)
{
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(it) ? it->valuestring : NULL;
}

void ui_review_note_event(void *self, const char *kind, const char *data_json)
{
    ReviewView *v = self;
    v->events_fed = true;
    if (!kind || (strcmp(kind, "review") != 0 && strcmp(kind, "colleague_away") != 0)) return;
    cJSON *o = cJSON_Parse(data_json ? data_json : "{}");
    if (!o) return;
    if (strcmp(kind, "review") == 0) {
        Decision *dec = decision_add(v, task_of(v->run, json_str(o, "task")), json_str(o, "reviewer"),
                                     cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(o, "approved")),
                                     json_str(o, "summary"));
        const cJSON *cs = cJSON_GetObjectItemCaseSensitive(o, "comments");
        int n = cJSON_IsArray(cs) ? cJSON_GetArraySize(cs) : 0;
        dec->comments = xcalloc((size_t)n + 1, sizeof *dec->comments);
        const cJSON *c;
        cJSON_ArrayForEach(c, cs) {
            const char *text = json_str(c, "text");
            const char *path = json_str(c, "path");
            const char *ck = json_str(c, "kind");
            const cJSON *line = cJSON_GetObjectItemCaseSensitive(c, "line");
            Comment *cm = &dec->comments[dec->n_comments++];
            cm->text = clean_text(text ? text : "", strlen(text ? text : ""));
            cm->path = path ? clean_text(path, strlen(path)) : NULL;
            cm->kind = clean_text(ck ? ck : "actionable", strlen(ck ? ck : "actionable"));
            cm->line = cJSON_IsNumber(line) ? (int)line->valuedouble : 0;
        }
    } else {
        /* A reviewer who could not be reached: say so, it is never the learner's fault. */
        const char *who = json_str(o, "who");
        int task = -1;
        const Scenario *sc = run_scenario(v->run);
        for (int i = 0; who && i < sc->n_tasks; i++)
            if (sc->tasks[i].review && strcmp(sc->tasks[i].review, who) == 0 &&
                run_task_status(v->run, i) != TASK_DONE) task = i;
        if (task >= 0) {
            Decision *dec = decision_add(v, task, who, false, "I couldn't review this right now. Please submit again in a little while.");
            dec->away = true;
        }
    }
    cJSON_Delete(o);
}

/* Without forwarded events: a task leaving submitted/in review for done or assigned was
 * decided; the reviewer's latest DM since the last look is the decision's summary. */
static void derive_decisions(ReviewView *v)
{
    const Scenario *sc = run_scenario(v->run);
    int n_msgs = 0;
    const RunMessage *msgs = run_messages(v->run, &n_msgs);
    for (int ti = 0; ti < sc->n_tasks; ti++) {
        TaskStatus st = run_task_status(v->run, ti), prev = v->last_status[ti];
        v->last_status[ti] = st;
        const char *who = sc->tasks[ti].review;
        if (v->events_fed || !who || (prev != TASK_SUBMITTED && prev != TASK_IN_REVIEW)) continue;
        if (st != TASK_DONE && st != TASK_ASSIGNED) continue;
        const RunMessage *said = NULL;
        for (int i = v->seen_messages; i < n_msgs; i++)
            if (msgs[i].from && strcmp(msgs[i].from, who) == 0 && !msgs[i].channel && msgs[i].to &&
                strcmp(msgs[i].to, "learner") == 0)
                said = &msgs[i];
        if (!said && st == TASK_ASSIGNED) continue;   /* no verdict (e.g. the reviewer was away) */
        Decision *dec = decision_add(v, ti, who, st == TASK_DONE, said ? said->text : NULL);
        if (said) dec->t = said->t;
    }
    v->seen_messages = n_msgs;
}

/* ---- polling ---------------------------------------------------------------------------- */

static void poll_run(ReviewView *v)
{
    int n = 0;
    run_commands(v->run, &n);
    if (n != v->seen_commands) {
        v->seen_commands = n;
        start_refresh(v);
    }
    derive_decisions(v);
    if (v->focused) v->seen_decisions = v->n_decisions;
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
    if (v->n_decisions > 0) {
        const Decision *last = &v->decisions[v->n_decisions - 1];
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
    text_fit(d, f->ui_bold, x, y, area.w - 2 * PAD, UI_TEXT, title ? title : "Code review");
    y += f->ui_h + 10;

    SDL_Color sc_col;
    const char *state = page_state(v, &sc_col);
    x += pill(d, x, y, state, sc_col, UI_ACCENT_TEXT) + 10;
    Buf meta = {0};
    buf_printf(&meta, "%s", run_learner(v->run));
    if (v->not_git) {
        buf_puts(&meta, " \xc2\xb7 the workspace is not a git repository");
    } else if (v->loaded && !v->error) {
        buf_printf(&meta, " \xc2\xb7 %d commit%s on %s", v->n_commits, v->n_commits == 1 ? "" : "s",
                   v->branch && *v->branch ? v->branch : "HEAD");
        if (v->base) buf_printf(&meta, " since %s", v->base);
        buf_printf(&meta, " \xc2\xb7 %d file%s changed", v->n_files, v->n_files == 1 ? "" : "s");
    }
    int right = area.x + area.w - PAD;
    const char *busy = v->job ? "Refreshing\xe2\x80\xa6" : NULL;
    int busy_w = busy ? ui_text_width(f->small, busy) + 12 : 0;
    int used = text_fit(d, f->small, x, y + 3, right - busy_w - x, UI_TEXT_DIM, meta.data ? meta.data : "");
    if (v->loaded && !v->error && !v->not_git && v->n_files > 0) {
        char add[32], del[32];
        snprintf(add, sizeof add, "+%d", v->adds);
        snprintf(del, sizeof del, "\xe2\x88\x92%d", v->dels);
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
    int counts[2] = {v->n_decisions, v->n_files};
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
    card(d, (SDL_Rect){x, y, w, h}, UI_PANEL, UI_BORDER);
    ui_fill_round(d, (SDL_Rect){x + 1, y + 1, 4, h - 2}, 2, accent);
    ui_text(d, f->ui_bold, x + 24, y + 28, UI_TEXT, title);
    ui_text_wrapped(d, f->ui, x + 24, y + 28 + f->ui_h + 8, w - 48, 0, UI_TEXT_DIM, text);
    return h;
}

static int row_height(const ReviewView *v, const UiFonts *f, RowKind k)
{
    (void)v;
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
    if (v->not_git)
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
    const DiffRow *file = NULL;
    for (int i = 0; i < v->n_rows; i++) {
        const DiffRow *r = &v->rows[i];
        int h = row_height(v, f, r->kind);
        bool visible = y + h > body.y && y < body.y + body.h;
        if (r->kind == ROW_FILE) file = r;
        if (visible) {
            SDL_Rect row = {cx, y, cw, h};
            switch (r->kind) {
            case ROW_FILE: {
                ui_fill_round(d, row, 6, UI_BORDER);
                ui_fill_round(d, (SDL_Rect){cx + 1, y + 1, cw - 2, h + 4}, 5, HEAD_BG);
                ui_fill(d, (SDL_Rect){cx + 1, y + h - 1, cw - 2, 1}, UI_BORDER);
                /* counts and a five-block bar on the right, like GitHub's */
                char counts[48];
                snprintf(counts, sizeof counts, "+%d \xe2\x88\x92%d", r->adds, r->dels);
                int blocks_w = 5 * 10;
                int rx = cx + cw - 14 - blocks_w;
                int total = r->adds + r->dels;
                int green = total ? (r->adds * 5 + total / 2) / total : 0;
                int red = total ? 5 - green : 0;
                if (total && r->dels && red == 0) red = 1, green = 4;
                if (total && r->adds && green == 0) green = 1, red = 4;
                for (int b = 0; b < 5; b++) {
                    SDL_Color bc = b < green ? UI_OK : b < green + red ? UI_FAIL : UI_BORDER;
                    ui_fill(d, (SDL_Rect){rx + b * 10, y + (h - 8) / 2, 8, 8}, bc);
                }
                char add[24], del[24];
                snprintf(add, sizeof add, "+%d", r->adds);
                snprintf(del, sizeof del, "\xe2\x88\x92%d", r->dels);
                int dw = ui_text_width(f->small, del), aw = ui_text_width(f->small, add);
                int ty = y + (h - f->small_h) / 2;
                ui_text(d, f->small, rx - 10 - dw, ty, DEL_FG, del);
                ui_text(d, f->small, rx - 16 - dw - aw, ty, ADD_FG, add);
                int right = rx - 28 - dw - aw;
                int px = cx + 16;
                int tag_w = r->tag ? ui_text_width(f->small, r->tag) + 16 + 10 : 0;
                int pw = path_fit(d, f->ui_bold, px, y + (h - f->ui_h) / 2, right - px - tag_w, UI_TEXT, r->text);
                if (r->tag) {
                    SDL_Color tc = strcmp(r->tag, "deleted") == 0 ? UI_FAIL : strcmp(r->tag, "untracked") == 0 ? UI_WARN
                                   : strcmp(r->tag, "new") == 0 ? UI_OK : NEUTRAL;
                    pill(d, px + pw + 10, y + (h - f->small_h - 6) / 2, r->tag, ui_tint(tc, 40), tc);
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
    (void)file;
    if (v->truncated) {
        ui_text(d, f->small, cx, y + 4, UI_TEXT_DIM, "The diff is too large to show in full.");
        y += f->small_h + 8;
    }
    return y + GAP - (body.y - scroll);
}

static void avatar(UiDraw *d, int x, int y, int size, const char *name, SDL_Color c)
{
    ui_fill_round(d, (SDL_Rect){x, y, size, size}, size / 2, c);
    char initial[8] = {0};
    size_t n = name && *name ? utf8_seq((const unsigned char *)name, strlen(name)) : 0;
    memcpy(initial, n ? name : "?", n ? n : 1);
    TTF_Font *bf = d->fonts->ui_bold;
    ui_text(d, bf, x + (size - ui_text_width(bf, initial)) / 2, y + (size - d->fonts->ui_h) / 2, UI_ACCENT_TEXT, initial);
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

/* One decision's card; returns its height (draws only when draw is set). */
static int decision_card(ReviewView *v, UiDraw *d, const Decision *dec, int x, int y, int w, bool draw)
{
    const UiFonts *f = d->fonts;
    const char *name = cast_name(v->run, dec->reviewer);
    int inner_x = x + 20 + 36 + 14, inner_w = w - (inner_x - x) - 20;
    int h = 18 + f->ui_h + 4 + f->small_h + 10;
    int summary_h = dec->summary ? ui_text_height(f->ui, inner_w, dec->summary) : 0;
    h += summary_h;
    int *comment_h = xcalloc((size_t)dec->n_comments + 1, sizeof *comment_h);
    for (int i = 0; i < dec->n_comments; i++) {
        comment_h[i] = 12 + f->small_h + 6 + 6 + ui_text_height(f->ui, inner_w - 24, dec->comments[i].text) + 12;
        h += 10 + comment_h[i];
    }
    h += 18;
    if (draw) {
        SDL_Color c = dec->away ? NEUTRAL : dec->approved ? UI_OK : UI_FAIL;
        card(d, (SDL_Rect){x, y, w, h}, UI_PANEL, UI_BORDER);
        ui_fill_round(d, (SDL_Rect){x + 1, y + 1, 4, h - 2}, 2, c);
        avatar(d, x + 20, y + 16, 36, name, c);
        int ly = y + 18;
        int nw = text_fit(d, f->ui_bold, inner_x, ly, inner_w / 2, UI_TEXT, name);
        const char *verb = dec->away ? " could not review" : dec->approved ? " approved these changes" : " requested changes";
        char when[32];
        clock_text(when, sizeof when, dec->t);
        int ww = ui_text_width(f->small, when);
        text_fit(d, f->ui, inner_x + nw, ly, inner_w - nw - ww - 12, UI_TEXT, verb);
        ui_text(d, f->small, inner_x + inner_w - ww, ly + 2, UI_TEXT_DIM, when);
        ly += f->ui_h + 4;
        char *task = xasprintf("on \xe2\x80\x9c%s\xe2\x80\x9d", task_title(v->run, dec->task));
        text_fit(d, f->small, inner_x, ly, inner_w, UI_TEXT_DIM, task);
        free(task);
        ly += f->small_h + 10;
        if (dec->summary) ui_text_wrapped(d, f->ui, inner_x, ly, inner_w, 0, UI_TEXT, dec->summary);
        ly += summary_h;
        for (int i = 0; i < dec->n_comments; i++) {
            const Comment *cm = &dec->comments[i];
            ly += 10;
            card(d, (SDL_Rect){inner_x, ly, inner_w, comment_h[i]}, HEAD_BG, UI_BORDER);
            int cx = inner_x + 12, cy = ly + 12;
            SDL_Color kc = kind_colour(cm->kind);
            int pw = pill(d, cx, cy - 3, cm->kind, ui_tint(kc, 40), kc);
            char *where = cm->path ? (cm->line > 0 ? xasprintf("%s:%d", cm->path, cm->line) : xstrdup(cm->path)) : xstrdup("");
            text_fit(d, f->small, cx + pw + 8, cy, inner_w - 24 - pw - 8, UI_TEXT_DIM, where);
            free(where);
            ui_text_wrapped(d, f->ui, cx, cy + f->small_h + 12, inner_w - 24, 0, UI_TEXT, cm->text);
            ly += comment_h[i];
        }
    }
    free(comment_h);
    return h;
}

/* The conversation: commits, then the review timeline; returns the content height. */
static int draw_conversation(ReviewView *v, UiDraw *d, SDL_Rect body, int scroll)
{
    const UiFonts *f = d->fonts;
    int x = body.x + PAD, w = body.w - 2 * PAD;
    int y0 = body.y + GAP - scroll, y = y0;

    /* Commits */
    if (!v->not_git && v->loaded && !v->error) {
        char *head = xasprintf("Commits on %s", v->branch && *v->branch ? v->branch : "HEAD");
        ui_text(d, f->ui_bold, x, y, UI_TEXT, head);
        free(head);
        y += f->ui_h + 10;
        int rh = f->ui_h + 16;
        int n = v->n_commits;
        int h = n ? n * rh : rh;
        card(d, (SDL_Rect){x, y, w, h}, UI_PANEL, UI_BORDER);
        if (n == 0) ui_text(d, f->ui, x + 16, y + 8, UI_TEXT_DIM, "No commits since the starting point yet.");
        for (int i = 0; i < n; i++) {
            int ry = y + i * rh;
            if (i) ui_fill(d, (SDL_Rect){x + 1, ry, w - 2, 1}, UI_BORDER);
            const char *c = v->commits[i];
            const char *sp = strchr(c, ' ');
            size_t hl = sp ? (size_t)(sp - c) : strlen(c);
            char *hash = xstrndup(c, hl);
            int hw = ui_text_width(f->mono, hash);
            ui_fill_round(d, (SDL_Rect){x + 16, ry + rh / 2 - 4, 8, 8}, 4, NEUTRAL);
            text_fit(d, f->ui, x + 36, ry + 8, w - 36 - hw - 32, UI_TEXT, sp ? sp + 1 : "");
            ui_text(d, f->mono, x + w - 16 - hw, ry + 8 + (f->ui_h - f->mono_h) / 2, UI_TEXT_DIM, hash);
            free(hash);
        }
        y += h + 24;
    }

    /* Reviews */
    ui_text(d, f->ui_bold, x, y, UI_TEXT, "Reviews");
    y += f->ui_h + 10;
    bool any = false;
    for (int i = 0; i < v->n_decisions; i++) {
        const Decision *dec = &v->decisions[i];
        int h = decision_card(v, d, dec, x, y, w, false);
        if (y + h > body.y && y < body.y + body.h) decision_card(v, d, dec, x, y, w, true);
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
        card(d, (SDL_Rect){x, y, w, h}, UI_PANEL, UI_BORDER);
        ui_fill_round(d, (SDL_Rect){x + 16, y + h / 2 - 5, 10, 10}, 5, UI_WARN);
        text_fit(d, f->ui, x + 36, y + 12, w - 52, UI_TEXT, line);
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
    if (v->focused) v->seen_decisions = v->n_decisions;
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
            if (v->hscroll > REVIEW_MAX_LINE * 8) v->hscroll = REVIEW_MAX_LINE * 8;
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
        default: return false;
        }
    }
    default: return false;
    }
}

static int review_badge(void *self)
{
    ReviewView *v = self;
    if (!v->focused) derive_decisions(v);
    return v->n_decisions - v->seen_decisions;
}

static void review_focus(void *self, bool focused)
{
    ReviewView *v = self;
    v->focused = focused;
    if (!focused) return;
    /* Fresh decisions first: open on the conversation when there is something new. */
    derive_decisions(v);
    if (v->n_decisions > v->seen_decisions) v->tab = 0;
    v->seen_decisions = v->n_decisions;
    start_refresh(v);
}

static void review_free(void *self)
{
    ReviewView *v = self;
    if (!v) return;
    if (v->job) v->job->view = NULL;
    rows_clear(v);
    free(v->error);
    for (int i = 0; i < v->n_decisions; i++) {
        Decision *dec = &v->decisions[i];
        for (int c = 0; c < dec->n_comments; c++) {
            free(dec->comments[c].path);
            free(dec->comments[c].kind);
            free(dec->comments[c].text);
        }
        free(dec->comments);
        free(dec->reviewer);
        free(dec->summary);
    }
    free(v->decisions);
    free(v->last_status);
    free(v);
}

UiView ui_review_view_new(Run *run)
{
    ReviewView *v = xcalloc(1, sizeof *v);
    v->run = run;
    v->tab = 1;
    const Scenario *sc = run_scenario(run);
    v->last_status = xcalloc((size_t)sc->n_tasks + 1, sizeof *v->last_status);
    for (int i = 0; i < sc->n_tasks; i++) v->last_status[i] = run_task_status(run, i);
    run_messages(run, &v->seen_messages);
    run_commands(run, &v->seen_commands);
    return (UiView){
        .title = "Code review", .self = v, .render = review_render, .handle_event = review_handle_event,
        .badge = review_badge, .focus = review_focus, .free = review_free,
    };
}

/* ---- accessors for tests and the shell --------------------------------------------------- */

char *ui_review_diff_text(void *self)
{
    ReviewView *v = self;
    return xstrdup(v->raw ? v->raw : "");
}

char *ui_review_thread_text(void *self)
{
    ReviewView *v = self;
    Buf b = {0};
    for (int i = 0; i < v->n_decisions; i++) {
        const Decision *dec = &v->decisions[i];
        buf_printf(&b, "%s %s on %s: %s\n", cast_name(v->run, dec->reviewer),
                   dec->away ? "could not review" : dec->approved ? "approved" : "requested changes",
                   task_title(v->run, dec->task), dec->summary ? dec->summary : "");
        for (int c = 0; c < dec->n_comments; c++)
            buf_printf(&b, "  [%s] %s:%d %s\n", dec->comments[c].kind, dec->comments[c].path ? dec->comments[c].path : "",
                       dec->comments[c].line, dec->comments[c].text);
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
    if (v->not_git) return "not a git repository";
    return v->n_rows ? "changes" : "no changes";
}

int ui_review_decision_count(void *self) { return ((ReviewView *)self)->n_decisions; }

void ui_review_show_files(void *self, bool files) { ((ReviewView *)self)->tab = files ? 1 : 0; }

int ui_review_scroll(void *self)
{
    ReviewView *v = self;
    return v->scroll[v->tab];
}
