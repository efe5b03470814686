/* run_colleague.c: the core's side of ColleagueContext (llm/colleague.h): the one narrow view
 * of a run the core hands to colleague backends. Transcript, task states and check results
 * are the run's own records; the workspace is read through the sandbox (a file, the file
 * list, and the learner's diff from core/workspace_diff, the model the Review app draws);
 * hints, LLM calls and tool uses are recorded as the run's events; the scenario's offline
 * answers go through the run's RunHooks. */
#include "core/run_internal.h"

#include "core/workspace_diff.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

#define COLLEAGUE_EXEC_TIMEOUT 20       /* seconds for the file list */
#define COLLEAGUE_DIFF_CAP 12000        /* characters of diff text a colleague reads */

static Run *owner(ColleagueContext *cx) { return cx->owner; }

static double cx_elapsed(ColleagueContext *cx) { return run_elapsed(owner(cx)); }
static const TranscriptMessage *cx_messages(ColleagueContext *cx, int *n) { return run_messages(owner(cx), n); }
static const TranscriptCommand *cx_commands(ColleagueContext *cx, int *n) { return run_commands(owner(cx), n); }
static const char *cx_task_status(ColleagueContext *cx, int ti) { return task_status_name(run_task_status(owner(cx), ti)); }
static ColleagueCheck cx_task_check(ColleagueContext *cx, int ti, int ci)
{
    const CheckResult *r = &run_task_checks(owner(cx), ti)[ci];
    return (ColleagueCheck){.ran = r->ran, .passed = r->passed, .feedback = r->feedback};
}
static char *cx_take_hint(ColleagueContext *cx, const char *task, char **err) { return run_take_hint(owner(cx), task, err); }

static char *cx_read_file(ColleagueContext *cx, const char *path, size_t max, size_t *len, char **err)
{
    Sandbox *sb = run_sandbox(owner(cx));
    if (!sb) {
        *err = xstrdup("the workspace is not available");
        return NULL;
    }
    return sandbox_read_file(sb, path, max, len, err);
}

/* ---- the file list: a check-mode exec, so the learner's shell is untouched ------------------ */

typedef struct TextWait {
    ColleagueTextFn done;
    void *ud;
    bool with_commits;
} TextWait;

static void on_list_done(void *ud, SandboxExecResult *r)
{
    TextWait *w = ud;
    if (r->error) w->done(w->ud, xasprintf("the workspace could not be read: %s", r->error), true);
    else w->done(w->ud, r->output_len ? xstrndup(r->output, r->output_len) : xstrdup("(empty)"), false);
    free(w);
}

static void cx_list_files(ColleagueContext *cx, ColleagueTextFn done, void *ud)
{
    Run *run = owner(cx);
    if (!run->sb) {
        done(ud, xstrdup("the workspace is not available"), true);
        return;
    }
    TextWait *w = xcalloc(1, sizeof *w);
    *w = (TextWait){done, ud, false};
    SandboxExecRequest req = {.command = "find . -type f -not -path './.git/*' | sort | head -200", .check = true,
                              .timeout = COLLEAGUE_EXEC_TIMEOUT};
    char *err = NULL;
    if (!sandbox_exec_start(run->sb, run->loop, &req, on_list_done, w, &err)) {
        free(w);
        done(ud, xasprintf("the workspace could not be read: %s", err ? err : "?"), true);
        free(err);
    }
}

/* ---- the learner's diff, as a colleague reads it ---------------------------------------------- */

/* A summary line, optionally the learner's commits, then the diff. */
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
    char *text = workspace_diff_text(d, COLLEAGUE_DIFF_CAP);
    buf_puts(&b, *text ? text : "(no changes)\n");
    free(text);
    return buf_steal(&b);
}

static void on_diff_read(void *ud, WorkspaceDiff *d, const char *error)
{
    TextWait *w = ud;
    if (!d) w->done(w->ud, xasprintf("the workspace could not be read: %s", error ? error : "?"), true);
    else if (d->error) w->done(w->ud, xasprintf("the diff could not be read: %s", d->error), true);
    else w->done(w->ud, diff_report(d, w->with_commits), false);
    workspace_diff_free(d);
    free(w);
}

static void cx_read_diff(ColleagueContext *cx, bool with_commits, ColleagueTextFn done, void *ud)
{
    Run *run = owner(cx);
    TextWait *w = xcalloc(1, sizeof *w);
    *w = (TextWait){done, ud, with_commits};
    workspace_diff_read(run->sb, run->loop, run->base_commit, on_diff_read, w);
}

/* ---- what the backend did ---------------------------------------------------------------------- */

static void cx_record_llm_call(ColleagueContext *cx, const ColleagueLlmCall *c)
{
    run_record_llm_call(owner(cx), &(StoreLlmCall){
        .who = c->who, .model = c->model, .input_tokens = c->input_tokens, .output_tokens = c->output_tokens,
        .cache_read_tokens = c->cache_read_tokens, .cache_write_tokens = c->cache_write_tokens,
        .cost_usd = c->cost_usd, .latency_ms = c->latency_ms, .request_id = c->request_id,
        .http_status = c->http_status, .error = c->error});
}

static void cx_log_tool_use(ColleagueContext *cx, const ColleagueToolUse *u)
{
    cJSON *no_input = u->input ? NULL : cJSON_CreateObject();
    run_log_tool_call(owner(cx), &(EvToolCall){.who = u->who ? u->who : "judge", .name = u->name,
                                               .input = u->input ? u->input : no_input, .result = u->result,
                                               .is_error = u->is_error,
                                               .detail = cJSON_IsObject(u->detail) ? u->detail : NULL});
    cJSON_Delete(no_input);
}

/* ---- the scenario's offline answers, through the run's hooks --------------------------------- */

typedef struct ScriptWait {
    ColleagueScriptFn done;
    void *ud;
} ScriptWait;

static void on_script_done(Run *run, void *ud, const cJSON *results)
{
    (void)run;
    ScriptWait *w = ud;
    w->done(w->ud, results);
    free(w);
}

static ScriptWait *script_wait(ColleagueScriptFn done, void *ud)
{
    ScriptWait *w = xcalloc(1, sizeof *w);
    *w = (ScriptWait){done, ud};
    return w;
}

static void cx_scripted_reply(ColleagueContext *cx, const char *who, const char *text, const char *channel,
                              ColleagueScriptFn done, void *ud)
{
    run_scripted_reply(owner(cx), who, text, channel, on_script_done, script_wait(done, ud));
}

static void cx_call_script(ColleagueContext *cx, int ref, const char *what, ColleagueScriptFn done, void *ud)
{
    run_call_script_ref(owner(cx), ref, what, on_script_done, script_wait(done, ud));
}

void run_colleague_context_init(Run *run)
{
    run->colleague_cx = (ColleagueContext){
        .owner = run, .scenario = run->sc, .loop = run->loop,
        .elapsed = cx_elapsed, .messages = cx_messages, .commands = cx_commands,
        .task_status = cx_task_status, .task_check = cx_task_check,
        .read_file = cx_read_file, .list_files = cx_list_files, .read_diff = cx_read_diff,
        .take_hint = cx_take_hint, .record_llm_call = cx_record_llm_call, .log_tool_use = cx_log_tool_use,
        .scripted_reply = cx_scripted_reply, .call_script = cx_call_script,
    };
}

ColleagueContext *run_colleague_context(Run *run) { return &run->colleague_cx; }
Run *run_of_colleague_context(ColleagueContext *cx) { return cx->owner; }
