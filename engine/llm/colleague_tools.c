/* colleague_tools.c: the tools a Claude colleague calls, executed by the engine (DESIGN §6):
 * read_file (host-side, no symlinks, capped), list_files (an async check-mode exec in the
 * sandbox, so the learner's shell is untouched), view_diff and the review context (the
 * core's workspace diff, the very model the learner's Review app draws), recent_activity (run
 * accessors), give_hint (run_take_hint: costs hint_cost). review_decision and grade are
 * terminal and read by colleague_claude.c; every call is recorded as a "tool_call" event. */
#include "llm/colleague_internal.h"

#include "core/run.h"
#include "core/workspace_diff.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#define TOOL_FILE_MAX (64 * 1024)      /* read_file refuses larger files */
#define TOOL_RESULT_CAP 12000          /* characters of a tool result sent to the model */
#define TOOL_LOG_CAP 300               /* characters of a result kept in the event */
#define TOOL_EXEC_TIMEOUT 20

#define NO_INPUT "{\"type\":\"object\",\"properties\":{}}"

static const AnthropicTool T_READ = {"read_file", "Read a text file of the learner's workspace (path relative to the workspace root).",
                                     "{\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"}},\"required\":[\"path\"]}"};
static const AnthropicTool T_LIST = {"list_files", "List the files of the learner's workspace (at most 200).", NO_INPUT};
static const AnthropicTool T_DIFF = {"view_diff", "Show every change the learner made since the task started: "
                                     "committed, uncommitted and new files, as a unified diff against the starting commit.", NO_INPUT};
static const AnthropicTool T_ACTIVITY = {"recent_activity", "The learner's last commands with exit codes and the latest check results of each task.", NO_INPUT};
static const AnthropicTool T_HINT = {"give_hint", "Give the learner the next prepared hint of a task. It costs the learner points: only when they are stuck and ask for help.",
                                     "{\"type\":\"object\",\"properties\":{\"task\":{\"type\":\"string\"}},\"required\":[\"task\"]}"};
static const AnthropicTool T_REVIEW = {"review_decision", "Your review verdict on the submitted task. The only way to approve or request changes.",
    "{\"type\":\"object\",\"properties\":{\"approved\":{\"type\":\"boolean\"},\"summary\":{\"type\":\"string\","
    "\"description\":\"what you tell the learner\"},\"comments\":{\"type\":\"array\",\"items\":{\"type\":\"object\","
    "\"properties\":{\"path\":{\"type\":\"string\"},\"line\":{\"type\":\"integer\"},\"kind\":{\"type\":\"string\","
    "\"enum\":[\"essential\",\"actionable\",\"celebratory\"]},\"text\":{\"type\":\"string\"}},"
    "\"required\":[\"kind\",\"text\"]}}},\"required\":[\"approved\",\"summary\"]}"};
static const AnthropicTool T_GRADE = {"grade", "Your score for the rubric item. The only way to award points.",
    "{\"type\":\"object\",\"properties\":{\"points\":{\"type\":\"number\"},\"evidence\":{\"type\":\"string\","
    "\"description\":\"quoted verbatim from the transcript or workspace\"},\"why\":{\"type\":\"string\"}},"
    "\"required\":[\"points\",\"evidence\",\"why\"]}"};

static const AnthropicTool CHAT_TOOLS[] = {T_READ, T_LIST, T_DIFF, T_ACTIVITY, T_HINT};
static const AnthropicTool REVIEW_TOOLS[] = {T_READ, T_LIST, T_DIFF, T_ACTIVITY, T_REVIEW};
static const AnthropicTool GRADE_TOOLS[] = {T_READ, T_LIST, T_DIFF, T_ACTIVITY, T_GRADE};

const AnthropicTool *colleague_tools_for(ColleagueCallKind kind, size_t *n)
{
    switch (kind) {
    case COLLEAGUE_REVIEW: *n = sizeof REVIEW_TOOLS / sizeof *REVIEW_TOOLS; return REVIEW_TOOLS;
    case COLLEAGUE_GRADE: *n = sizeof GRADE_TOOLS / sizeof *GRADE_TOOLS; return GRADE_TOOLS;
    default: *n = sizeof CHAT_TOOLS / sizeof *CHAT_TOOLS; return CHAT_TOOLS;
    }
}

static char *capped(const char *s, size_t len, size_t cap)
{
    if (len <= cap) return xstrndup(s, len);
    return xasprintf("%.*s\n[... %zu more bytes not shown]", (int)cap, s, len - cap);
}

/* ---- async execs ------------------------------------------------------------------------ */

typedef struct ExecWait {
    ColleagueToolDone done;
    void *ud;
    int slot;
} ExecWait;

static void on_exec_done(void *ud, SandboxExecResult *r)
{
    ExecWait *w = ud;
    if (r->error) w->done(w->ud, w->slot, xasprintf("the workspace could not be read: %s", r->error), true);
    else w->done(w->ud, w->slot, r->output_len ? capped(r->output, r->output_len, TOOL_RESULT_CAP) : xstrdup("(empty)"), false);
    free(w);
}

static void tool_exec(Run *run, const char *command, ColleagueToolDone done, void *ud, int slot)
{
    Sandbox *sb = run_sandbox(run);
    if (!sb) {
        done(ud, slot, xstrdup("the workspace is not available"), true);
        return;
    }
    ExecWait *w = xcalloc(1, sizeof *w);
    *w = (ExecWait){done, ud, slot};
    SandboxExecRequest req = {.command = command, .check = true, .timeout = TOOL_EXEC_TIMEOUT};
    char *err = NULL;
    if (!sandbox_exec_start(sb, run_loop(run), &req, on_exec_done, w, &err)) {
        free(w);
        done(ud, slot, xasprintf("the workspace could not be read: %s", err ? err : "?"), true);
        free(err);
    }
}

/* ---- the learner's diff ------------------------------------------------------------------ */

typedef struct DiffWait {
    ColleagueToolDone done;
    void *ud;
    int slot;
    bool with_commits;         /* the review context: the learner's commits first */
} DiffWait;

/* What view_diff tells the model: a summary line, optionally the commits, then the diff. */
static char *diff_report(const WorkspaceDiff *d, bool with_commits)
{
    if (d->not_git)
        return xstrdup("The workspace is not a git repository, so there is no starting commit to compare with; "
                       "use list_files and read_file.");
    Buf b = {0};
    if (d->snapshot)
        buf_printf(&b, "The workspace is not a git repository; changes since the task started, against the engine's "
                   "copy of the workspace then: %d file%s, +%d -%d.\n", d->n_files, d->n_files == 1 ? "" : "s",
                   d->adds, d->dels);
    else buf_printf(&b, "Changes since the starting commit %s on %s: %d file%s, +%d -%d (committed, uncommitted and new "
               "files alike).\n", d->base ? d->base : "?", d->branch ? d->branch : "HEAD", d->n_files,
               d->n_files == 1 ? "" : "s", d->adds, d->dels);
    if (with_commits && !d->snapshot) {
        buf_puts(&b, "The learner's commits since then, newest first:\n");
        for (int i = 0; i < d->n_commits; i++) buf_printf(&b, "- %s\n", d->commits[i]);
        if (d->n_commits == 0) buf_puts(&b, "(none)\n");
    }
    char *text = workspace_diff_text(d, TOOL_RESULT_CAP);
    buf_puts(&b, *text ? text : "(no changes)\n");
    free(text);
    return buf_steal(&b);
}

static void on_diff_read(void *ud, WorkspaceDiff *d, const char *error)
{
    DiffWait *w = ud;
    if (!d) w->done(w->ud, w->slot, xasprintf("the workspace could not be read: %s", error ? error : "?"), true);
    else if (d->error) w->done(w->ud, w->slot, xasprintf("the diff could not be read: %s", d->error), true);
    else w->done(w->ud, w->slot, diff_report(d, w->with_commits), false);
    workspace_diff_free(d);
    free(w);
}

static void tool_diff(Run *run, bool with_commits, ColleagueToolDone done, void *ud, int slot)
{
    DiffWait *w = xcalloc(1, sizeof *w);
    *w = (DiffWait){done, ud, slot, with_commits};
    workspace_diff_read(run_sandbox(run), run_loop(run), run_base_commit(run), on_diff_read, w);
}

/* ---- synchronous tools -------------------------------------------------------------------- */

static char *tool_read(Run *run, const cJSON *input, bool *is_error)
{
    const cJSON *path = cJSON_GetObjectItemCaseSensitive(input, "path");
    *is_error = true;
    if (!cJSON_IsString(path) || !*path->valuestring) return xstrdup("read_file needs a path");
    const char *rel = path->valuestring;
    while (rel[0] == '.' && rel[1] == '/') rel += 2;
    if (strncmp(rel, "/workspace/", 11) == 0) rel += 11;
    if (!run_sandbox(run)) return xstrdup("the workspace is not available");
    char *err = NULL;
    size_t len = 0;
    char *data = sandbox_read_file(run_sandbox(run), rel, TOOL_FILE_MAX, &len, &err);
    if (!data) {
        char *out = xasprintf("cannot read %s: %s", path->valuestring, err ? err : "unknown error");
        free(err);
        return out;
    }
    if (memchr(data, '\0', len)) {
        free(data);
        return xasprintf("%s is a binary file", path->valuestring);
    }
    *is_error = false;
    char *out = capped(data, len, TOOL_RESULT_CAP);
    free(data);
    return out;
}

static char *tool_activity(Run *run)
{
    Buf b = {0};
    int n = 0;
    const RunCommand *cmds = run_commands(run, &n);
    buf_printf(&b, "Last commands (%d in total):\n", n);
    for (int i = n > 10 ? n - 10 : 0; i < n; i++)
        buf_printf(&b, "$ %s   (exit %d)\n", cmds[i].line, cmds[i].exit_code);
    const Scenario *sc = run_scenario(run);
    buf_puts(&b, "Check results:\n");
    for (int ti = 0; ti < sc->n_tasks; ti++) {
        const ScenarioTask *t = &sc->tasks[ti];
        const CheckResult *r = run_task_checks(run, ti);
        buf_printf(&b, "- task %s (%s):\n", t->id, task_status_name(run_task_status(run, ti)));
        for (int ci = 0; ci < t->n_checks; ci++) {
            buf_printf(&b, "  %s: %s", t->checks[ci].id, !r[ci].ran ? "not run yet" : r[ci].passed ? "passed" : "failed");
            if (r[ci].ran && !r[ci].passed && r[ci].feedback) buf_printf(&b, " (%s)", r[ci].feedback);
            buf_puts(&b, "\n");
        }
    }
    char *all = buf_steal(&b);
    char *out = capped(all, strlen(all), TOOL_RESULT_CAP);
    free(all);
    return out;
}

static char *tool_hint(Run *run, const cJSON *input, bool *is_error)
{
    const cJSON *task = cJSON_GetObjectItemCaseSensitive(input, "task");
    *is_error = true;
    if (!cJSON_IsString(task)) return xstrdup("give_hint needs a task id");
    char *err = NULL;
    char *hint = run_take_hint(run, task->valuestring, &err);
    if (!hint) return err ? err : xstrdup("no hint");
    *is_error = false;
    char *out = xasprintf("Hint for the learner (it cost them points; pass it on in your words): %s", hint);
    free(hint);
    return out;
}

void colleague_tool_run(Run *run, const char *who, const char *name, const cJSON *input,
                        ColleagueToolDone done, void *ud, int slot)
{
    (void)who;
    bool is_error = false;
    if (strcmp(name, "list_files") == 0) {
        tool_exec(run, "find . -type f -not -path './.git/*' | sort | head -200", done, ud, slot);
    } else if (strcmp(name, "view_diff") == 0) {
        tool_diff(run, false, done, ud, slot);
    } else if (strcmp(name, "review_context") == 0) {   /* internal: fetched before a review */
        tool_diff(run, true, done, ud, slot);
    } else if (strcmp(name, "read_file") == 0) {
        char *r = tool_read(run, input, &is_error);
        done(ud, slot, r, is_error);
    } else if (strcmp(name, "recent_activity") == 0) {
        done(ud, slot, tool_activity(run), false);
    } else if (strcmp(name, "give_hint") == 0) {
        char *r = tool_hint(run, input, &is_error);
        done(ud, slot, r, is_error);
    } else {
        done(ud, slot, xasprintf("unknown tool '%s' here", name), true);
    }
}

void colleague_tool_log(Run *run, const char *who, const char *name, const cJSON *input,
                        const char *result, bool is_error, cJSON *extra)
{
    size_t len = result ? strlen(result) : 0;
    char *short_result = xstrndup(result ? result : "", len > TOOL_LOG_CAP ? TOOL_LOG_CAP : len);
    cJSON *no_input = input ? NULL : cJSON_CreateObject();
    run_log_tool_call(run, &(EvToolCall){.who = who ? who : "judge", .name = name, .input = input ? input : no_input,
                                         .result = short_result, .is_error = is_error,
                                         .detail = cJSON_IsObject(extra) ? extra : NULL});
    cJSON_Delete(no_input);
    cJSON_Delete(extra);
    free(short_result);
}
