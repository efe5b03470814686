/* workspace_diff.c: the learner's diff (workspace_diff.h). The script never uses the
 * learner's git setup: it reads objects through a throwaway git dir (no config, hooks,
 * refs, replace objects or info/attributes of theirs; an `alternates` file points at the
 * workspace's objects) with a throwaway index holding the base tree plus every new file as
 * intent-to-add, so committed, uncommitted and untracked changes are one `git diff <base>`.
 * The learner's repository is only asked for HEAD, the branch name and which files its own
 * index does not track, with hardening flags that keep its config from running anything. */
#define _GNU_SOURCE
#include "core/workspace_diff.h"

#include "base/utf8.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

#define DIFF_TIMEOUT 20.0           /* seconds one read may take */
#define DIFF_MAX_LINES 6000         /* diff lines kept in the model; the rest is summarised */
#define DIFF_MAX_LINE 2000          /* bytes of one line kept */
#define DIFF_MAX_PATH 1000          /* bytes of one path kept */
#define MARK "##worksim## "         /* section marker: no diff line starts with '#' */

/* The body of the script; workspace_diff_script puts `base=HEX` before it. It runs as a check
 * exec, so it sees the engine's snapshot of the start at /base (ns backend): the base
 * commit's objects come from there first, where the learner cannot delete or rewrite them,
 * and a workspace that was no git repository is compared with that snapshot's tree. */
static const char SCRIPT_BODY[] =
    "M='" MARK "'\n"
    "export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null GIT_PAGER=cat PAGER=cat GIT_OPTIONAL_LOCKS=0 \\\n"
    "  GIT_TERMINAL_PROMPT=0 GIT_NO_REPLACE_OBJECTS=1 GIT_ATTR_NOSYSTEM=1 LC_ALL=C\n"
    "unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES \\\n"
    "  GIT_EXTERNAL_DIFF GIT_DIFF_OPTS GIT_CONFIG GIT_CONFIG_PARAMETERS GIT_CONFIG_COUNT GIT_NAMESPACE \\\n"
    "  GIT_COMMON_DIR GIT_EXEC_PATH\n"
    "if [ -n \"$base\" ]; then [ -d /base/.git/objects ] || [ -d .git/objects ]; else [ -d /base ]; fi ||\n"
    "  { echo \"${M}nogit\"; exit 0; }\n"
    "t=$(mktemp -d) || { echo \"${M}error no temporary folder to read the diff in\"; exit 0; }\n"
    "trap 'rm -rf \"$t\"' EXIT\n"
    /* the throwaway git dir: HEAD, refs/ and objects/ make it one; alternates lend the objects */
    "mkdir -p \"$t/g/objects/info\" \"$t/g/refs\" && echo 'ref: refs/heads/none' > \"$t/g/HEAD\" &&\n"
    "  for o in /base/.git/objects \"$PWD/.git/objects\"; do [ ! -d \"$o\" ] || echo \"$o\"; done > \"$t/g/objects/info/alternates\" ||\n"
    "  { echo \"${M}error no temporary git folder\"; exit 0; }\n"
    "g() { git -c core.fsmonitor=false -c core.untrackedCache=false -c core.attributesFile=/dev/null \\\n"
    "  -c core.excludesFile=/dev/null -c core.hooksPath=/dev/null -c core.quotePath=off -c color.ui=never \\\n"
    "  -c diff.external= -c core.pager=cat -c log.showSignature=false -c safe.directory='*' \"$@\"; }\n"
    "w() { GIT_DIR=\"$t/g\" GIT_WORK_TREE=\"$PWD\" GIT_INDEX_FILE=\"$t/index\" g \"$@\"; }\n"
    "l() { g --git-dir=.git --work-tree=. \"$@\"; }\n"
    "if [ -n \"$base\" ]; then\n"
    "  w cat-file -e \"$base^{commit}\" 2>/dev/null || { echo \"${M}nobase\"; exit 0; }\n"
    "  from=$base\n"
    "  echo \"${M}base $(w rev-parse --short \"$base\")\"\n"
    "  if [ -d .git ]; then\n"
    "    head=$(l rev-parse --verify -q 'HEAD^{commit}' 2>/dev/null)\n"
    "    echo \"${M}branch $(l symbolic-ref --short -q HEAD 2>/dev/null || w rev-parse --short \"${head:-$base}\")\"\n"
    "    echo \"${M}commits\"\n"
    "    [ -n \"$head\" ] && w log --no-color --no-mailmap --format='%h %s' \"$base..$head\" -- 2>/dev/null | head -n 200\n"
    "    echo \"${M}untracked\"\n"
    "    l ls-files --others --exclude-standard 2>/dev/null | head -n 1000\n"
    "  fi\n"
    "else\n"
    /* no git at the start: the base is the snapshot's tree, hashed into the throwaway repo */
    "  echo \"${M}snapshot\"\n"
    "  s() { GIT_DIR=\"$t/g\" GIT_WORK_TREE=/base GIT_INDEX_FILE=\"$t/snapshot\" g \"$@\"; }\n"
    "  s add -A 2>/dev/null && from=$(s write-tree) || { echo \"${M}error the snapshot of the start could not be read\"; exit 0; }\n"
    "fi\n"
    "w read-tree \"$from\" 2>/dev/null || { echo \"${M}error the starting point could not be read\"; exit 0; }\n"
    /* new files: the first 100 regular files or links up to 256 KiB are read, the rest listed */
    "echo \"${M}skipped\"\n"
    "n=0\n"
    "w ls-files -z --others --exclude-standard 2>/dev/null | while IFS= read -r -d '' f; do\n"
    "  n=$((n+1))\n"
    "  if [ $n -le 100 ] && { [ -L \"$f\" ] || [ -f \"$f\" ]; } && [ \"$(stat -c %s -- \"$f\")\" -le 262144 ]; then\n"
    "    printf '%s\\0' \"$f\" >&3\n"
    "  else printf '%s\\n' \"${f//$'\\n'/?}\"; fi\n"
    "done 3> \"$t/new\" | head -n 1000\n"
    "w add -N --pathspec-from-file=\"$t/new\" --pathspec-file-nul 2>/dev/null\n"
    "echo \"${M}diff\"\n"
    "w diff --no-color --no-ext-diff --no-textconv -M --src-prefix=a/ --dst-prefix=b/ \"$from\" -- 2>/dev/null | head -c 1000000\n"
    "exit 0\n";

static bool is_hex_name(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    if (n < 4 || n > 64) return false;
    return strspn(s, "0123456789abcdefABCDEF") == n;
}

char *workspace_diff_script(const char *base_commit)
{
    Buf b = {0};
    buf_printf(&b, "base='%s'\n", is_hex_name(base_commit) ? base_commit : "");
    buf_puts(&b, SCRIPT_BODY);
    return buf_steal(&b);
}

const char *diff_file_status_name(DiffFileStatus status)
{
    switch (status) {
    case DIFF_ADDED: return "added";
    case DIFF_DELETED: return "deleted";
    case DIFF_RENAMED: return "renamed";
    default: return "modified";
    }
}

/* ---- parsing ---------------------------------------------------------------------------- */

typedef struct Parser {
    WorkspaceDiff *d;
    char **untracked;          /* the learner's untracked files (unquoted, sanitised) */
    int n_untracked;
    char **skipped;            /* new files the script did not read */
    int n_skipped;
    int n_lines;               /* diff lines kept so far */
    int old_left, new_left;    /* lines still expected in the current hunk */
    int old_no, new_no;
} Parser;

static bool starts(const char *s, size_t n, const char *prefix)
{
    size_t p = strlen(prefix);
    return n >= p && memcmp(s, prefix, p) == 0;
}

static void list_push(char ***list, int *n, char *item)
{
    *list = xrealloc(*list, (size_t)(*n + 1) * sizeof **list);
    (*list)[(*n)++] = item;
}

static void list_free(char **list, int n)
{
    for (int i = 0; i < n; i++) free(list[i]);
    free(list);
}

/* A path as git prints it: plain, or C-quoted ("a\tb\303\251") when it has odd bytes.
 * *used gets the bytes consumed (a quoted path ends at its closing quote). Raw bytes. */
static char *unquote_raw(const char *s, size_t n, size_t *used)
{
    if (n == 0 || s[0] != '"') {
        if (used) *used = n;
        while (n > 0 && s[n - 1] == '\t') n--;   /* git's marker after paths with spaces */
        return xstrndup(s, n);
    }
    Buf b = {0};
    size_t i = 1;
    while (i < n && s[i] != '"') {
        if (s[i] != '\\' || i + 1 >= n) {
            buf_append(&b, &s[i++], 1);
            continue;
        }
        char c = s[i + 1], out = c;
        i += 2;
        if (c >= '0' && c <= '7') {
            int v = c - '0';
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (s[i++] - '0');
            out = (char)v;
        } else {
            const char *from = "abtnvfr", *to = "\a\b\t\n\v\f\r";
            const char *hit = strchr(from, c);
            if (hit && c) out = to[hit - from];
        }
        buf_append(&b, &out, 1);
    }
    if (used) *used = i < n ? i + 1 : n;
    return buf_steal(&b);
}

/* The displayable form of a (possibly quoted) path. */
static char *path_clean(const char *s, size_t n)
{
    char *raw = unquote_raw(s, n, NULL);
    char *clean = utf8_sanitize(raw, strlen(raw), DIFF_MAX_PATH);
    free(raw);
    return clean;
}

/* The path after the "a/" or "b/" of a "---"/"+++" line or header half; NULL for /dev/null. */
static char *side_path(const char *s, size_t n)
{
    if (starts(s, n, "/dev/null")) return NULL;
    char *raw = unquote_raw(s, n, NULL);
    bool prefixed = strncmp(raw, "a/", 2) == 0 || strncmp(raw, "b/", 2) == 0;
    char *clean = utf8_sanitize(raw + (prefixed ? 2 : 0), strlen(raw) - (prefixed ? 2 : 0), DIFF_MAX_PATH);
    free(raw);
    return clean;
}

/* The two paths of "diff --git a/X b/Y": exact when quoted or when X equals Y (the usual
 * case); a rename's real paths follow in "rename from/to" lines. */
static void header_paths(const char *s, size_t n, char **old_path, char **new_path)
{
    *old_path = NULL;
    *new_path = NULL;
    if (n > 0 && s[0] == '"') {
        size_t used = 0;
        free(unquote_raw(s, n, &used));
        *old_path = side_path(s, used);
        if (used < n && s[used] == ' ') used++;
        *new_path = side_path(s + used, n - used);
        return;
    }
    if (n >= 5 && (n - 1) % 2 == 0) {
        size_t half = (n - 1) / 2;
        if (s[half] == ' ' && starts(s, n, "a/") && starts(s + half + 1, n - half - 1, "b/") &&
            memcmp(s + 2, s + half + 3, half - 2) == 0) {
            *old_path = path_clean(s + 2, half - 2);
            *new_path = xstrdup(*old_path);
            return;
        }
    }
    const char *b = NULL;
    for (size_t i = 0; i + 3 <= n; i++)
        if (memcmp(s + i, " b/", 3) == 0) b = s + i;
    if (b) {
        *old_path = side_path(s, (size_t)(b - s));
        *new_path = side_path(b + 1, n - (size_t)(b + 1 - s));
    } else {
        *old_path = path_clean(s, n);
        *new_path = xstrdup(*old_path);
    }
}

static DiffFile *current_file(Parser *p) { return p->d->n_files ? &p->d->files[p->d->n_files - 1] : NULL; }

static DiffFile *file_add(Parser *p, char *old_path, char *new_path, DiffFileStatus status)
{
    WorkspaceDiff *d = p->d;
    d->files = xrealloc(d->files, (size_t)(d->n_files + 1) * sizeof *d->files);
    DiffFile *f = &d->files[d->n_files++];
    *f = (DiffFile){.old_path = old_path, .new_path = new_path, .status = status};
    p->old_left = p->new_left = 0;
    return f;
}

static void line_add(Parser *p, DiffLineKind kind, const char *s, size_t n)
{
    DiffFile *f = current_file(p);
    DiffHunk *h = f && f->n_hunks ? &f->hunks[f->n_hunks - 1] : NULL;
    if (!h) return;
    if (p->n_lines >= DIFF_MAX_LINES) {
        p->d->truncated = true;
        return;
    }
    p->n_lines++;
    h->lines = xrealloc(h->lines, (size_t)(h->n_lines + 1) * sizeof *h->lines);
    DiffLine *l = &h->lines[h->n_lines++];
    *l = (DiffLine){.kind = kind, .text = utf8_sanitize(s, n, DIFF_MAX_LINE)};
    if (kind == DIFF_CONTEXT || kind == DIFF_DEL) {
        l->old_no = p->old_no++;
        p->old_left--;
    }
    if (kind == DIFF_CONTEXT || kind == DIFF_ADD) {
        l->new_no = p->new_no++;
        p->new_left--;
    }
    if (kind == DIFF_ADD) f->adds++, p->d->adds++;
    if (kind == DIFF_DEL) f->dels++, p->d->dels++;
}

/* "@@ -a,b +c,d @@ context": a count left out is 1. */
static void hunk_add(Parser *p, const char *s, size_t n)
{
    DiffFile *f = current_file(p);
    if (!f) return;
    char *text = xstrndup(s, n);
    int a = 0, b = 1, c = 0, e = 1;
    const char *q = strchr(text, '-');
    if (q) {
        a = atoi(q + 1);
        q += 1 + strspn(q + 1, "0123456789");
        if (*q == ',') b = atoi(q + 1);
    }
    q = strchr(text, '+');
    if (q) {
        c = atoi(q + 1);
        q += 1 + strspn(q + 1, "0123456789");
        if (*q == ',') e = atoi(q + 1);
    }
    free(text);
    f->hunks = xrealloc(f->hunks, (size_t)(f->n_hunks + 1) * sizeof *f->hunks);
    f->hunks[f->n_hunks++] = (DiffHunk){.old_start = a, .old_count = b, .new_start = c, .new_count = e,
                                        .header = utf8_sanitize(s, n, DIFF_MAX_LINE)};
    p->old_no = a;
    p->new_no = c;
    p->old_left = b;
    p->new_left = e;
}

static void replace_path(char **slot, char *path)
{
    if (!path) return;
    free(*slot);
    *slot = path;
}

static void parse_diff_line(Parser *p, const char *s, size_t n)
{
    bool in_hunk = p->old_left > 0 || p->new_left > 0;
    if (in_hunk && (n == 0 || s[0] == '+' || s[0] == '-' || s[0] == ' ')) {
        /* an empty line is a context line whose space was stripped */
        DiffLineKind k = n == 0 || s[0] == ' ' ? DIFF_CONTEXT : s[0] == '+' ? DIFF_ADD : DIFF_DEL;
        line_add(p, k, n ? s + 1 : s, n ? n - 1 : 0);
        return;
    }
    if (n > 2 && s[0] == '\\') {
        line_add(p, DIFF_NOTE, s + 2, n - 2);
        return;
    }
    if (starts(s, n, "diff --git ")) {
        char *old_path, *new_path;
        header_paths(s + 11, n - 11, &old_path, &new_path);
        file_add(p, old_path, new_path, DIFF_MODIFIED);
        return;
    }
    DiffFile *f = current_file(p);
    if (!f) return;
    if (starts(s, n, "@@ ")) {
        hunk_add(p, s, n);
    } else if (starts(s, n, "new file mode")) {
        f->status = DIFF_ADDED;
    } else if (starts(s, n, "deleted file mode")) {
        f->status = DIFF_DELETED;
    } else if (starts(s, n, "rename from ")) {
        f->status = DIFF_RENAMED;
        replace_path(&f->old_path, path_clean(s + 12, n - 12));
    } else if (starts(s, n, "rename to ")) {
        f->status = DIFF_RENAMED;
        replace_path(&f->new_path, path_clean(s + 10, n - 10));
    } else if (starts(s, n, "Binary files ")) {
        f->binary = true;
    } else if (starts(s, n, "--- ")) {
        replace_path(&f->old_path, side_path(s + 4, n - 4));
    } else if (starts(s, n, "+++ ")) {
        replace_path(&f->new_path, side_path(s + 4, n - 4));
    }
}

static bool listed(char **list, int n, const char *path)
{
    for (int i = 0; path && i < n; i++)
        if (strcmp(list[i], path) == 0) return true;
    return false;
}

/* Marks new files the learner's git does not track and adds a card for each skipped one. */
static void finish_files(Parser *p)
{
    WorkspaceDiff *d = p->d;
    for (int i = 0; i < p->n_skipped; i++) {
        if (d->n_files >= DIFF_MAX_LINES) {
            d->truncated = true;
            break;
        }
        DiffFile *f = file_add(p, xstrdup(p->skipped[i]), xstrdup(p->skipped[i]), DIFF_ADDED);
        f->not_shown = true;
    }
    for (int i = 0; i < d->n_files; i++) {
        DiffFile *f = &d->files[i];
        if (f->status == DIFF_DELETED && !f->old_path) f->old_path = xstrdup(f->new_path ? f->new_path : "");
        if (!f->new_path) f->new_path = xstrdup(f->old_path ? f->old_path : "");
        if (!f->old_path) f->old_path = xstrdup(f->new_path);
        f->untracked = f->status == DIFF_ADDED && listed(p->untracked, p->n_untracked, f->new_path);
    }
}

WorkspaceDiff *workspace_diff_parse(const char *out, size_t len, bool output_truncated)
{
    WorkspaceDiff *d = xcalloc(1, sizeof *d);
    Parser p = {.d = d};
    enum { S_NONE, S_COMMITS, S_UNTRACKED, S_SKIPPED, S_DIFF } sec = S_NONE;
    const char *s = out ? out : "", *end = s + (out ? len : 0);
    bool any_section = false;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        size_t n = nl ? (size_t)(nl - s) : (size_t)(end - s);
        if (sec != S_DIFF && starts(s, n, MARK)) {
            const char *a = s + strlen(MARK);
            size_t an = n - strlen(MARK);
            any_section = true;
            if (starts(a, an, "nogit")) d->not_git = true;
            else if (starts(a, an, "snapshot")) d->snapshot = true;
            else if (starts(a, an, "nobase")) d->error = xstrdup("the starting commit is missing from the workspace's git repository");
            else if (starts(a, an, "error ")) d->error = utf8_sanitize(a + 6, an - 6, DIFF_MAX_LINE);
            else if (starts(a, an, "base ")) d->base = utf8_sanitize(a + 5, an - 5, 80);
            else if (starts(a, an, "branch ")) d->branch = utf8_sanitize(a + 7, an - 7, DIFF_MAX_PATH);
            else if (starts(a, an, "commits")) sec = S_COMMITS;
            else if (starts(a, an, "untracked")) sec = S_UNTRACKED;
            else if (starts(a, an, "skipped")) sec = S_SKIPPED;
            else if (starts(a, an, "diff")) sec = S_DIFF;
        } else if (sec == S_COMMITS && n > 0) {
            list_push(&d->commits, &d->n_commits, utf8_sanitize(s, n, DIFF_MAX_LINE));
        } else if (sec == S_UNTRACKED && n > 0) {
            list_push(&p.untracked, &p.n_untracked, path_clean(s, n));
        } else if (sec == S_SKIPPED && n > 0) {
            list_push(&p.skipped, &p.n_skipped, utf8_sanitize(s, n, DIFF_MAX_PATH));
        } else if (sec == S_DIFF) {
            parse_diff_line(&p, s, n);
        }
        s = nl ? nl + 1 : end;
    }
    if (!any_section && !d->error) d->error = xstrdup("the diff script printed nothing");
    finish_files(&p);
    if (output_truncated) d->truncated = true;
    list_free(p.untracked, p.n_untracked);
    list_free(p.skipped, p.n_skipped);
    return d;
}

void workspace_diff_free(WorkspaceDiff *d)
{
    if (!d) return;
    for (int i = 0; i < d->n_files; i++) {
        DiffFile *f = &d->files[i];
        for (int h = 0; h < f->n_hunks; h++) {
            for (int l = 0; l < f->hunks[h].n_lines; l++) free(f->hunks[h].lines[l].text);
            free(f->hunks[h].lines);
            free(f->hunks[h].header);
        }
        free(f->hunks);
        free(f->old_path);
        free(f->new_path);
    }
    free(d->files);
    list_free(d->commits, d->n_commits);
    free(d->error);
    free(d->base);
    free(d->branch);
    free(d);
}

/* ---- reading in the sandbox ------------------------------------------------------------- */

typedef struct DiffRead {
    WorkspaceDiffDone done;
    void *ud;
    char *error;               /* the exec could not start: reported from a deadline */
} DiffRead;

static void deliver(DiffRead *r, SandboxExecResult *res)
{
    if (res && res->error) {
        r->done(r->ud, NULL, res->error);
    } else if (res && res->timed_out) {
        r->done(r->ud, NULL, "reading the diff took too long");
    } else if (res) {
        r->done(r->ud, workspace_diff_parse(res->output, res->output_len, res->output_total > res->output_len), NULL);
    } else {
        r->done(r->ud, NULL, r->error ? r->error : "the sandbox is closed");
    }
    free(r->error);
    free(r);
}

static void on_read_done(void *ud, SandboxExecResult *res) { deliver(ud, res); }
static void on_start_failed(void *ud) { deliver(ud, NULL); }

static SandboxExecRequest read_request(const char *script)
{
    /* A check exec: it sees the snapshot at /base, and a throwaway copy of the workspace, so
     * nothing git does while reading can reach the learner's files. */
    return (SandboxExecRequest){.command = script, .check = true, .timeout = DIFF_TIMEOUT};
}

void workspace_diff_read(Sandbox *sb, Loop *loop, const char *base_commit, WorkspaceDiffDone done, void *ud)
{
    DiffRead *r = xcalloc(1, sizeof *r);
    *r = (DiffRead){.done = done, .ud = ud};
    char *script = workspace_diff_script(base_commit);
    SandboxExecRequest req = read_request(script);
    if (!sb || !sandbox_exec_start(sb, loop, &req, on_read_done, r, &r->error))
        loop_add_deadline(loop, 0, on_start_failed, r);
    free(script);
}

WorkspaceDiff *workspace_diff_read_wait(Sandbox *sb, const char *base_commit)
{
    char *script = workspace_diff_script(base_commit);
    SandboxExecRequest req = read_request(script);
    SandboxExecResult *res = sandbox_exec_wait(sb, &req);
    free(script);
    WorkspaceDiff *d;
    if (res->error || res->timed_out) {
        d = xcalloc(1, sizeof *d);
        d->error = xstrdup(res->error ? res->error : "reading the diff took too long");
    } else {
        d = workspace_diff_parse(res->output, res->output_len, res->output_total > res->output_len);
    }
    sandbox_exec_result_free(res);
    return d;
}

/* ---- the text form ---------------------------------------------------------------------- */

static void file_text(Buf *b, const DiffFile *f)
{
    buf_printf(b, "diff --git a/%s b/%s\n", f->old_path, f->new_path);
    if (f->status == DIFF_ADDED) buf_puts(b, "new file\n");
    if (f->status == DIFF_DELETED) buf_puts(b, "deleted file\n");
    if (f->status == DIFF_RENAMED) buf_printf(b, "rename from %s\nrename to %s\n", f->old_path, f->new_path);
    if (f->untracked) buf_puts(b, "untracked: not added to git yet\n");
    if (f->not_shown) buf_puts(b, "Not shown: large, special or one of many new files\n");
    if (f->binary) buf_printf(b, "Binary files a/%s and b/%s differ\n", f->old_path, f->new_path);
    if (f->n_hunks == 0) return;
    if (f->status == DIFF_ADDED) buf_puts(b, "--- /dev/null\n");
    else buf_printf(b, "--- a/%s\n", f->old_path);
    if (f->status == DIFF_DELETED) buf_puts(b, "+++ /dev/null\n");
    else buf_printf(b, "+++ b/%s\n", f->new_path);
    for (int h = 0; h < f->n_hunks; h++) {
        buf_printf(b, "%s\n", f->hunks[h].header);
        for (int i = 0; i < f->hunks[h].n_lines; i++) {
            const DiffLine *l = &f->hunks[h].lines[i];
            const char *mark = l->kind == DIFF_ADD ? "+" : l->kind == DIFF_DEL ? "-" : l->kind == DIFF_NOTE ? "\\ " : " ";
            buf_printf(b, "%s%s\n", mark, l->text);
        }
    }
}

char *workspace_diff_text(const WorkspaceDiff *d, size_t max_bytes)
{
    Buf b = {0};
    for (int i = 0; i < d->n_files; i++) {
        size_t before = b.len;
        file_text(&b, &d->files[i]);
        if (b.len > max_bytes) {
            b.len = before;
            b.data[b.len] = '\0';
            buf_printf(&b, "[... %d more changed file%s not shown]\n", d->n_files - i, d->n_files - i == 1 ? "" : "s");
            break;
        }
    }
    if (d->truncated) buf_puts(&b, "[the diff is too large to show in full]\n");
    return buf_steal(&b);
}
