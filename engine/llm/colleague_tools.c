/* colleague_tools.c: the tools a Claude colleague calls, executed by the engine (DESIGN §6):
 * read_file (host-side, no symlinks, capped), list_files (an async check-mode exec in the
 * sandbox, so the learner's shell is untouched), view_diff and the review context (the
 * core's workspace diff, the very model the learner's Review app draws), recent_activity
 * (commands and check results), give_hint (costs hint_cost), all through the ColleagueContext.
 * review_decision and grade are terminal and read by colleague_claude.c; every call is
 * recorded as a "tool_call" event. */
#include "llm/colleague_internal.h"

#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

#define TOOL_FILE_MAX (64 * 1024)      /* read_file refuses larger files */
#define TOOL_RESULT_CAP 12000          /* characters of a tool result sent to the model */
#define TOOL_LOG_CAP 300               /* characters of a result kept in the event */

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

/* ---- asynchronous tools: the file list and the diff, read by the core ------------------------ */

typedef struct ToolWait {
    ColleagueToolDone done;
    void *ud;
    int slot;
    bool cap;                  /* cut the text at TOOL_RESULT_CAP (the diff comes cut already) */
} ToolWait;

static void on_text_done(void *ud, char *text, bool is_error)
{
    ToolWait *w = ud;
    char *out = is_error || !w->cap ? text : capped(text, strlen(text), TOOL_RESULT_CAP);
    if (out != text) free(text);
    w->done(w->ud, w->slot, out, is_error);
    free(w);
}

static ToolWait *tool_wait(ColleagueToolDone done, void *ud, int slot, bool cap)
{
    ToolWait *w = xcalloc(1, sizeof *w);
    *w = (ToolWait){done, ud, slot, cap};
    return w;
}

/* ---- synchronous tools -------------------------------------------------------------------- */

static char *tool_read(ColleagueContext *cx, const cJSON *input, bool *is_error)
{
    const cJSON *path = cJSON_GetObjectItemCaseSensitive(input, "path");
    *is_error = true;
    if (!cJSON_IsString(path) || !*path->valuestring) return xstrdup("read_file needs a path");
    const char *rel = path->valuestring;
    while (rel[0] == '.' && rel[1] == '/') rel += 2;
    if (strncmp(rel, "/workspace/", 11) == 0) rel += 11;
    char *err = NULL;
    size_t len = 0;
    char *data = cx->read_file(cx, rel, TOOL_FILE_MAX, &len, &err);
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

static char *tool_activity(ColleagueContext *cx)
{
    Buf b = {0};
    int n = 0;
    const TranscriptCommand *cmds = cx->commands(cx, &n);
    buf_printf(&b, "Last commands (%d in total):\n", n);
    for (int i = n > 10 ? n - 10 : 0; i < n; i++)
        buf_printf(&b, "$ %s   (exit %d)\n", cmds[i].line, cmds[i].exit_code);
    const Scenario *sc = cx->scenario;
    buf_puts(&b, "Check results:\n");
    for (int ti = 0; ti < sc->n_tasks; ti++) {
        const ScenarioTask *t = &sc->tasks[ti];
        buf_printf(&b, "- task %s (%s):\n", t->id, cx->task_status(cx, ti));
        for (int ci = 0; ci < t->n_checks; ci++) {
            ColleagueCheck r = cx->task_check(cx, ti, ci);
            buf_printf(&b, "  %s: %s", t->checks[ci].id, !r.ran ? "not run yet" : r.passed ? "passed" : "failed");
            if (r.ran && !r.passed && r.feedback) buf_printf(&b, " (%s)", r.feedback);
            buf_puts(&b, "\n");
        }
    }
    char *all = buf_steal(&b);
    char *out = capped(all, strlen(all), TOOL_RESULT_CAP);
    free(all);
    return out;
}

static char *tool_hint(ColleagueContext *cx, const cJSON *input, bool *is_error)
{
    const cJSON *task = cJSON_GetObjectItemCaseSensitive(input, "task");
    *is_error = true;
    if (!cJSON_IsString(task)) return xstrdup("give_hint needs a task id");
    char *err = NULL;
    char *hint = cx->take_hint(cx, task->valuestring, &err);
    if (!hint) return err ? err : xstrdup("no hint");
    *is_error = false;
    char *out = xasprintf("Hint for the learner (it cost them points; pass it on in your words): %s", hint);
    free(hint);
    return out;
}

void colleague_tool_run(ColleagueContext *cx, const char *who, const char *name, const cJSON *input,
                        ColleagueToolDone done, void *ud, int slot)
{
    (void)who;
    bool is_error = false;
    if (strcmp(name, "list_files") == 0) {
        cx->list_files(cx, on_text_done, tool_wait(done, ud, slot, true));
    } else if (strcmp(name, "view_diff") == 0) {
        cx->read_diff(cx, false, on_text_done, tool_wait(done, ud, slot, false));
    } else if (strcmp(name, "review_context") == 0) {   /* internal: fetched before a review */
        cx->read_diff(cx, true, on_text_done, tool_wait(done, ud, slot, false));
    } else if (strcmp(name, "read_file") == 0) {
        char *r = tool_read(cx, input, &is_error);
        done(ud, slot, r, is_error);
    } else if (strcmp(name, "recent_activity") == 0) {
        done(ud, slot, tool_activity(cx), false);
    } else if (strcmp(name, "give_hint") == 0) {
        char *r = tool_hint(cx, input, &is_error);
        done(ud, slot, r, is_error);
    } else {
        done(ud, slot, xasprintf("unknown tool '%s' here", name), true);
    }
}

void colleague_tool_log(ColleagueContext *cx, const char *who, const char *name, const cJSON *input,
                        const char *result, bool is_error, cJSON *extra)
{
    size_t len = result ? strlen(result) : 0;
    char *short_result = xstrndup(result ? result : "", len > TOOL_LOG_CAP ? TOOL_LOG_CAP : len);
    cx->log_tool_use(cx, &(ColleagueToolUse){.who = who ? who : "judge", .name = name, .input = input,
                                             .result = short_result, .is_error = is_error, .detail = extra});
    cJSON_Delete(extra);
    free(short_result);
}
