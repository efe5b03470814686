/* run.c: the run state machine (DESIGN §3): tasks flow assigned → submitted → (in review)
 * → done or back to assigned; finishing re-runs every check on the final state, asks the
 * judges, calls on_finish and stores the score sheet. Every change is logged as an event
 * (store first, observers after). Asynchronous steps (checks, reviews, hooks) continue in
 * callbacks; `pending` counts what a finishing run still waits for. */
#define _GNU_SOURCE
#include "core/run.h"

#include "core/check_truth.h"
#include "core/verdict_policy.h"
#include "scenario/scenario_host.h"
#include "util/util.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RUN_CAPTURE_LIMIT 8192   /* bytes of command/check output kept in the run's memory and log */
#define RUN_COLLEAGUE_CHAIN 3    /* colleague turns one learner message may set off by @mentions */

/* Where a reviewed task's review stands: only APPROVED lets the run pass (DESIGN §7). */
typedef enum ReviewState { REVIEW_NONE, REVIEW_PENDING, REVIEW_APPROVED, REVIEW_CHANGES, REVIEW_UNREACHABLE } ReviewState;

typedef struct TaskState {
    TaskStatus status;
    bool submitted_ever;
    TaskSubmits submits;
    int hints_used;
    CheckResult *checks;
    ReviewState review;
    char *review_note;     /* the reviewer's last summary line, or why the review could not happen */
} TaskState;

typedef struct Adjustment {
    bool award;
    char *id, *why;
    double points;
} Adjustment;

typedef struct HintUse {
    char *task;
    double cost;
    int number;
} HintUse;

typedef struct ProtectedChange {
    int ti;                /* the task whose `protect` covers path */
    char *path;            /* workspace-relative, as the audit named it */
} ProtectedChange;

typedef struct RubricGrade {
    bool graded;
    double points;
    char *why;
} RubricGrade;

struct Run {
    Scenario *sc;
    ScenarioHost *host;
    Store *store;
    Loop *loop;
    Sandbox *sb;
    SandboxConfig sandbox_cfg;
    ShellSession *shell;
    ShellOutputFn terminal_fn;  /* the desktop terminal, when one is attached */
    void *terminal_ud;
    ColleagueBackend *colleagues;
    ColleagueBackend *owned_colleagues;
    RunEventFn on_event;
    void *event_ud;
    RunEventFn listener;        /* a frontend's second observer (the desktop) */
    void *listener_ud;
    int64_t id;
    char *learner;
    char *base_commit;          /* HEAD when on_start returned (hex), or NULL */
    bool base_recorded;         /* the sandbox holds the base that checks see at /base */
    ProtectedChange *protected_changes;   /* found by the finish-time audit */
    int n_protected_changes;
    double started;

    TaskState *tasks;
    RunMessage *messages;
    int n_messages;
    RunCommand *commands;
    int n_commands;
    Adjustment *adjustments;
    int n_adjustments;
    HintUse *hints;
    int n_hints;
    RubricGrade *grades;
    RunReviewLog reviews;
    int colleague_chain;   /* colleague-to-colleague turns since the last learner message */
    double cost_usd;

    uint64_t time_limit_timer;
    bool finishing, finished;
    bool freeing;          /* run_free is tearing down: late callbacks change nothing */
    char *end_reason;
    char *error;
    bool script_error;
    bool infra;
    bool reviewer_away;    /* a reviewed task's last review was lost to an outage: infra_error */
    bool record_failed;    /* an event or the results could not be stored: infra_error, never "passed" */
    uint64_t record_timer; /* ends the run soon after the first failed write */
    ScoreSheet sheet;
};

/* ---- small helpers ------------------------------------------------------------------- */

static int task_index(const Run *run, const char *id)
{
    for (int i = 0; id && i < run->sc->n_tasks; i++)
        if (strcmp(run->sc->tasks[i].id, id) == 0) return i;
    return -1;
}

static bool fail(char **err, const char *fmt, const char *arg)
{
    if (err) *err = xasprintf(fmt, arg ? arg : "");
    return false;
}

static char *capped_copy(const char *s, size_t len)
{
    if (!s) return xstrdup("");
    if (len > RUN_CAPTURE_LIMIT) len = RUN_CAPTURE_LIMIT;
    return xstrndup(s, len);
}

const char *task_status_name(TaskStatus status)
{
    switch (status) {
    case TASK_UNASSIGNED: return "unassigned";
    case TASK_ASSIGNED: return "assigned";
    case TASK_SUBMITTED: return "submitted";
    case TASK_IN_REVIEW: return "in_review";
    case TASK_DONE: return "done";
    }
    return "?";
}

static void on_record_failed(void *ud)
{
    Run *run = ud;
    run->record_timer = 0;
    run_finish(run, "infrastructure error");
}

/* A write to the store failed (disk full, read-only file): the run can no longer be trusted
 * as a record, so it ends as an infrastructure error (DESIGN §8). Ending is deferred to the
 * loop: the caller is in the middle of changing the run. */
static void note_record_failure(Run *run, const char *what)
{
    if (run->record_failed) return;
    run->record_failed = true;
    run->infra = true;
    fprintf(stderr, "worksim: %s\n", store_errmsg(run->store));
    if (!run->error) run->error = xasprintf("the run's %s could not be stored: %s", what, store_errmsg(run->store));
    if (!run->finishing) run->record_timer = loop_add_timer(run->loop, 0, on_record_failed, run);
}

void run_log_event(Run *run, const char *kind, const char *data_json)
{
    double t = run_elapsed(run);
    if (run->store && run->id > 0 && !store_event_append(run->store, run->id, t, kind, data_json))
        note_record_failure(run, "event log");
    if (run->on_event) run->on_event(run->event_ud, run, kind, data_json ? data_json : "{}");
    if (run->listener) run->listener(run->listener_ud, run, kind, data_json ? data_json : "{}");
}

void run_log(Run *run, EventKind kind, const void *fields)
{
    char *text = event_to_json(kind, fields);
    run_log_event(run, event_kind_name(kind), text);
    free(text);
}

void run_record_llm_call(Run *run, const StoreLlmCall *call)
{
    if (run->store && run->id > 0) store_llm_call_record(run->store, run->id, call);
    run->cost_usd += call->cost_usd;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "who", call->who ? call->who : "judge");
    cJSON_AddStringToObject(o, "model", call->model ? call->model : "");
    cJSON_AddNumberToObject(o, "input_tokens", (double)call->input_tokens);
    cJSON_AddNumberToObject(o, "output_tokens", (double)call->output_tokens);
    cJSON_AddNumberToObject(o, "cache_read_tokens", (double)call->cache_read_tokens);
    cJSON_AddNumberToObject(o, "cache_write_tokens", (double)call->cache_write_tokens);
    cJSON_AddNumberToObject(o, "cost_usd", call->cost_usd);
    cJSON_AddNumberToObject(o, "latency_ms", call->latency_ms);
    if (call->request_id) cJSON_AddStringToObject(o, "request_id", call->request_id);
    cJSON_AddNumberToObject(o, "http_status", call->http_status);
    if (call->error) cJSON_AddStringToObject(o, "error", call->error);
    char *text = cJSON_PrintUnformatted(o);
    run_log_event(run, "llm_call", text);
    free(text);
    cJSON_Delete(o);
}

double run_cost_usd(const Run *run) { return run->cost_usd; }

/* Logs kind with the JSON object obj (taken over). */
static void log_json(Run *run, const char *kind, cJSON *obj)
{
    char *text = cJSON_PrintUnformatted(obj);
    run_log_event(run, kind, text);
    free(text);
    cJSON_Delete(obj);
}

static void add_message(Run *run, const char *from, const char *to, const char *channel, const char *text)
{
    run->messages = xrealloc(run->messages, (size_t)(run->n_messages + 1) * sizeof *run->messages);
    run->messages[run->n_messages++] = (RunMessage){xstrdup(from), xstrdup(to), xstrdup(channel),
                                                    xstrdup(text), run_elapsed(run)};
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "from", from);
    if (to) cJSON_AddStringToObject(o, "to", to);
    if (channel) cJSON_AddStringToObject(o, "channel", channel);
    cJSON_AddStringToObject(o, "text", text);
    log_json(run, "message", o);
}

/* ---- accessors ----------------------------------------------------------------------- */

bool run_is_finished(const Run *run) { return run->finished; }
const ScoreSheet *run_score(const Run *run) { return &run->sheet; }
const char *run_end_reason(const Run *run) { return run->end_reason; }
const char *run_error(const Run *run) { return run->error; }
bool run_failed_by_scenario(const Run *run) { return run->script_error; }
int64_t run_id(const Run *run) { return run->id; }
const Scenario *run_scenario(const Run *run) { return run->sc; }
Loop *run_loop(Run *run) { return run->loop; }
Sandbox *run_sandbox(Run *run) { return run->sb; }
ShellSession *run_shell(Run *run) { return run->shell; }
const char *run_learner(const Run *run) { return run->learner; }
const char *run_base_commit(const Run *run) { return run->base_commit; }
const char *run_base_dir(const Run *run) { return sandbox_base_dir(run->sb); }
struct ScenarioHost *run_host(Run *run) { return run->host; }
double run_elapsed(Run *run) { return loop_now(run->loop) - run->started; }

TaskStatus run_task_status(const Run *run, int i) { return run->tasks[i].status; }

const RunReview *run_reviews(const Run *run, int *n)
{
    *n = run->reviews.n;
    return run->reviews.items;
}
const CheckResult *run_task_checks(const Run *run, int i) { return run->tasks[i].checks; }
const TaskSubmits *run_task_submits(const Run *run, int i) { return &run->tasks[i].submits; }

const RunMessage *run_messages(const Run *run, int *n)
{
    *n = run->n_messages;
    return run->messages;
}

const RunCommand *run_commands(const Run *run, int *n)
{
    *n = run->n_commands;
    return run->commands;
}

/* ---- actions available to the scenario host and backends ------------------------------ */

static void set_status(Run *run, int ti, TaskStatus status, const char *why)
{
    run->tasks[ti].status = status;
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "task", run->sc->tasks[ti].id);
    cJSON_AddStringToObject(o, "status", task_status_name(status));
    if (why) cJSON_AddStringToObject(o, "why", why);
    log_json(run, "task_status", o);
}

bool run_say(Run *run, const char *who, const char *text, char **err)
{
    if (!scenario_find_cast(run->sc, who)) return fail(err, "unknown cast member '%s'", who);
    add_message(run, who, "learner", NULL, text);
    return true;
}

static bool channel_known(const Run *run, const char *channel)
{
    for (int i = 0; i < run->sc->n_channels; i++)
        if (strcmp(run->sc->channels[i], channel) == 0) return true;
    return false;
}

bool run_post(Run *run, const char *channel, const char *who, const char *text, char **err)
{
    if (!channel_known(run, channel)) return fail(err, "unknown channel '%s'", channel);
    if (!scenario_find_cast(run->sc, who)) return fail(err, "unknown cast member '%s'", who);
    add_message(run, who, NULL, channel, text);
    return true;
}

bool run_assign(Run *run, const char *task, char **err)
{
    int ti = task_index(run, task);
    if (ti < 0) return fail(err, "unknown task '%s'", task);
    if (run->tasks[ti].status != TASK_UNASSIGNED) return true;
    const ScenarioTask *t = &run->sc->tasks[ti];
    set_status(run, ti, TASK_ASSIGNED, "assigned");
    if (t->from) {
        char *text = xasprintf("New task for you: %s%s%s", t->title, t->ticket ? "\n\n" : "",
                               t->ticket ? t->ticket : "");
        add_message(run, t->from, "learner", NULL, text);
        free(text);
    }
    return true;
}

bool run_complete(Run *run, const char *task, char **err)
{
    int ti = task_index(run, task);
    if (ti < 0) return fail(err, "unknown task '%s'", task);
    set_status(run, ti, TASK_DONE, "completed by the scenario");
    return true;
}

bool run_adjust(Run *run, bool award, const char *id, double points, const char *why, char **err)
{
    if (!id || !*id) return fail(err, "%sexpected an id", "");
    if (points < 0) return fail(err, "points must not be negative (%s)", id);
    run->adjustments = xrealloc(run->adjustments, (size_t)(run->n_adjustments + 1) * sizeof *run->adjustments);
    run->adjustments[run->n_adjustments++] = (Adjustment){award, xstrdup(id), xstrdup(why), points};
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "id", id);
    cJSON_AddNumberToObject(o, "points", points);
    if (why) cJSON_AddStringToObject(o, "why", why);
    log_json(run, award ? "award" : "penalty", o);
    return true;
}

char *run_take_hint(Run *run, const char *task, char **err)
{
    int ti = task_index(run, task);
    if (ti < 0) {
        fail(err, "unknown task '%s'", task);
        return NULL;
    }
    const ScenarioTask *t = &run->sc->tasks[ti];
    TaskState *ts = &run->tasks[ti];
    if (ts->hints_used >= t->n_hints) {
        fail(err, "no more hints for task '%s'", task);
        return NULL;
    }
    const char *text = t->hints[ts->hints_used++];
    run->hints = xrealloc(run->hints, (size_t)(run->n_hints + 1) * sizeof *run->hints);
    run->hints[run->n_hints++] = (HintUse){xstrdup(task), t->hint_cost, ts->hints_used};
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "task", task);
    cJSON_AddNumberToObject(o, "number", ts->hints_used);
    cJSON_AddNumberToObject(o, "cost", t->hint_cost);
    cJSON_AddStringToObject(o, "text", text);
    log_json(run, "hint", o);
    return xstrdup(text);
}

void run_note_script_error(Run *run, const char *message)
{
    if (run->error) return;
    run->error = xasprintf("%s", message);
    /* Keep the one-line message for people; the traceback stays in the log. */
    char *nl = strchr(run->error, '\n');
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "error", message);
    log_json(run, "script_error", o);
    if (nl) *nl = '\0';
    run->script_error = true;
    run_finish(run, "scenario error");
}

/* ---- colleague replies --------------------------------------------------------------- */

typedef struct ReplyCtx {
    char *who, *channel;
} ReplyCtx;

static void ask_colleague(Run *run, const char *who, const char *channel, const char *text);

/* A colleague's channel reply that @mentions other cast members brings them in, up to
 * RUN_COLLEAGUE_CHAIN turns per learner message so two colleagues cannot loop. */
static void chain_mentions(Run *run, const char *from, const char *channel, const char *text)
{
    for (int i = 0; i < run->sc->n_cast && !run->finishing; i++) {
        const char *id = run->sc->cast[i].id;
        if (strcmp(id, from) == 0) continue;
        char *mention = xasprintf("@%s", id);
        bool named = strstr(text, mention) != NULL;
        free(mention);
        if (!named) continue;
        if (run->colleague_chain >= RUN_COLLEAGUE_CHAIN) {
            cJSON *o = cJSON_CreateObject();
            cJSON_AddStringToObject(o, "from", from);
            cJSON_AddStringToObject(o, "to", id);
            cJSON_AddNumberToObject(o, "cap", RUN_COLLEAGUE_CHAIN);
            log_json(run, "colleague_chain_capped", o);
            return;
        }
        run->colleague_chain++;
        ask_colleague(run, id, channel, text);
    }
}

static void on_colleague_reply(Run *run, void *ud, const char *text, const char *error)
{
    ReplyCtx *ctx = ud;
    if (error) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "who", ctx->who);
        cJSON_AddStringToObject(o, "error", error);
        log_json(run, "colleague_away", o);
    } else if (text && *text && !run->finished) {
        if (ctx->channel) add_message(run, ctx->who, NULL, ctx->channel, text);
        else add_message(run, ctx->who, "learner", NULL, text);
        if (ctx->channel) chain_mentions(run, ctx->who, ctx->channel, text);
    }
    free(ctx->who);
    free(ctx->channel);
    free(ctx);
}

static void ask_colleague(Run *run, const char *who, const char *channel, const char *text)
{
    ReplyCtx *ctx = xcalloc(1, sizeof *ctx);
    ctx->who = xstrdup(who);
    ctx->channel = xstrdup(channel);
    run->colleagues->reply(run->colleagues, run, who, channel, text, on_colleague_reply, ctx);
}

void run_ask(Run *run, const char *who, const char *prompt, ColleagueReplyFn done, void *ud)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "who", who);
    cJSON_AddStringToObject(o, "prompt", prompt);
    log_json(run, "ask", o);
    run->colleagues->ask(run->colleagues, run, who, prompt, done, ud);
}

typedef struct MessageCtx {
    char *who, *channel, *text;
} MessageCtx;

/* on_message returned: unless it returned true, the addressed colleagues answer. */
static void after_on_message(Run *run, void *ud, const cJSON *results)
{
    MessageCtx *m = ud;
    const cJSON *first = results ? cJSON_GetArrayItem(results, 0) : NULL;
    bool handled = !results || cJSON_IsTrue(first);
    if (!handled && !run->finishing) {
        if (m->who) {
            ask_colleague(run, m->who, NULL, m->text);
        } else {
            /* In a channel, each cast member mentioned as @id answers there. */
            for (int i = 0; i < run->sc->n_cast; i++) {
                char *mention = xasprintf("@%s", run->sc->cast[i].id);
                if (strstr(m->text, mention)) ask_colleague(run, run->sc->cast[i].id, m->channel, m->text);
                free(mention);
            }
        }
    }
    free(m->who);
    free(m->channel);
    free(m->text);
    free(m);
}

static bool learner_message(Run *run, const char *who, const char *channel, const char *text, char **err)
{
    if (run->finishing) return fail(err, "the run has ended%s", "");
    size_t len = strlen(text);
    if (len > RUN_MESSAGE_MAX_BYTES) {
        if (err) *err = xasprintf("the message is too long (%zu bytes; a chat message holds at most %d): "
                                  "put long text in a file in the workspace and say where it is",
                                  len, RUN_MESSAGE_MAX_BYTES);
        return false;
    }
    run->colleague_chain = 0;
    add_message(run, "learner", who, channel, text);
    MessageCtx *m = xcalloc(1, sizeof *m);
    m->who = xstrdup(who);
    m->channel = xstrdup(channel);
    m->text = xstrdup(text);
    cJSON *msg = cJSON_CreateObject();
    if (who) cJSON_AddStringToObject(msg, "to", who);
    if (channel) cJSON_AddStringToObject(msg, "channel", channel);
    cJSON_AddStringToObject(msg, "text", text);
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, msg);
    scenario_host_call_hook(run->host, HOOK_ON_MESSAGE, args, after_on_message, m);
    return true;
}

bool run_learner_say(Run *run, const char *who, const char *text, char **err)
{
    if (!scenario_find_cast(run->sc, who)) return fail(err, "unknown cast member '%s'", who);
    return learner_message(run, who, NULL, text, err);
}

bool run_learner_post(Run *run, const char *channel, const char *text, char **err)
{
    if (!channel_known(run, channel)) return fail(err, "unknown channel '%s'", channel);
    return learner_message(run, NULL, channel, text, err);
}

bool run_learner_hint(Run *run, const char *task, char **err)
{
    if (run->finishing) return fail(err, "the run has ended%s", "");
    int ti = task_index(run, task);
    if (ti < 0) return fail(err, "unknown task '%s'", task);
    char *why = NULL;
    char *text = run_take_hint(run, task, &why);
    const char *from = run->sc->tasks[ti].from;
    if (text && from) add_message(run, from, "learner", NULL, text);
    free(text);
    free(why);   /* no hint left is a fact of the run (logged by the absence), not an error */
    return true;
}

/* ---- the learner's shell ------------------------------------------------------------- */

static void on_shell_command(void *ud, const ShellCommandReport *r)
{
    Run *run = ud;
    run->commands = xrealloc(run->commands, (size_t)(run->n_commands + 1) * sizeof *run->commands);
    run->commands[run->n_commands++] = (RunCommand){xstrdup(r->line), r->exit_code,
                                                    capped_copy(r->output, r->output_len), run_elapsed(run)};
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "line", r->line);
    cJSON_AddNumberToObject(o, "exit", r->exit_code);
    char *out = capped_copy(r->output, r->output_len);
    cJSON_AddStringToObject(o, "output", out);
    free(out);
    cJSON_AddNumberToObject(o, "output_total", (double)r->output_total);
    if (r->timed_out) cJSON_AddBoolToObject(o, "timed_out", true);
    cJSON_AddNumberToObject(o, "seconds", r->seconds);
    cJSON *cmd = cJSON_Duplicate(o, true);
    log_json(run, "command", o);
    if (run->finishing) {
        cJSON_Delete(cmd);
        return;
    }
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cmd);
    scenario_host_call_hook(run->host, HOOK_ON_COMMAND, args, NULL, NULL);
}

static void on_shell_output(void *ud, const char *bytes, size_t n)
{
    Run *run = ud;
    if (run->terminal_fn) run->terminal_fn(run->terminal_ud, bytes, n);
}

static bool ensure_shell_sized(Run *run, int rows, int cols, char **err)
{
    if (run->shell) return true;
    if (!run->sb || run->finishing) return fail(err, "the sandbox is not running%s", "");
    run->shell = shell_session_open(run->sb, run->loop, rows, cols, on_shell_command, on_shell_output, run, err);
    return run->shell != NULL;
}

static bool ensure_shell(Run *run, char **err) { return ensure_shell_sized(run, 24, 80, err); }

ShellSession *run_attach_terminal(Run *run, int rows, int cols, ShellOutputFn on_output, void *ud, char **err)
{
    run->terminal_fn = on_output;
    run->terminal_ud = ud;
    bool fresh = !run->shell;
    if (!ensure_shell_sized(run, rows, cols, err)) return NULL;
    if (!fresh) shell_session_resize(run->shell, rows, cols);
    return run->shell;
}

void run_set_listener(Run *run, RunEventFn fn, void *ud)
{
    run->listener = fn;
    run->listener_ud = ud;
}

void run_detach_terminal(Run *run)
{
    run->terminal_fn = NULL;
    run->terminal_ud = NULL;
}

bool run_learner_sh(Run *run, const char *line, double timeout, char **err)
{
    if (run->finishing) return fail(err, "the run has ended%s", "");
    if (!ensure_shell(run, err)) return false;
    if (!shell_session_type_command(run->shell, line, timeout > 0 ? timeout : 120))
        return fail(err, shell_session_busy(run->shell) ? "the shell is still running the previous command%s"
                                                        : "the line holds control characters a terminal cannot type%s", "");
    return true;
}

/* ---- checks -------------------------------------------------------------------------- */

typedef void (*ChecksDoneFn)(Run *run, int ti);

/* The checks of one task. Each runs in a fresh sandbox of its own, so they are independent
 * and run CHECKS_IN_PARALLEL at a time; results are logged in the task's order whatever
 * order they finish in, so the log reads the same from run to run. */
#define CHECKS_IN_PARALLEL 2

typedef struct CheckBatch {
    Run *run;
    int ti, n;
    int started, in_flight, logged;
    bool final;            /* started by run_finish: only these decide the points */
    bool dropped;          /* the run ended or is being freed: results are ignored */
    bool *complete;        /* per check: result recorded, not yet necessarily logged */
    char **events;         /* per check: its "check" event, logged in order */
    ChecksDoneFn done;
} CheckBatch;

typedef struct CheckJob {
    CheckBatch *batch;
    int index;
} CheckJob;

static char *fail_lines(const char *output)
{
    Buf b = {0};
    const char *p = output;
    while (p && *p) {
        const char *end = strchr(p, '\n');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len >= 5 && strncmp(p, "FAIL:", 5) == 0) {
            const char *text = p + 5;
            size_t tlen = len - 5;
            while (tlen && *text == ' ') text++, tlen--;
            if (b.len) buf_puts(&b, "\n");
            buf_append(&b, text, tlen);
        }
        p = end ? end + 1 : NULL;
    }
    return b.len ? buf_steal(&b) : NULL;
}

static void check_batch_free(CheckBatch *batch)
{
    for (int i = 0; i < batch->n; i++) free(batch->events[i]);
    free(batch->events);
    free(batch->complete);
    free(batch);
}

/* Records check index's result and returns its event text. */
static char *record_check(Run *run, int ti, int index, const SandboxExecResult *r)
{
    const ScenarioTask *t = &run->sc->tasks[ti];
    const ScenarioCheck *c = &t->checks[index];
    CheckResult *res = &run->tasks[ti].checks[index];
    free(res->feedback);
    free(res->output);
    res->ran = true;
    res->exit_code = r->error ? -1 : r->exit_code;
    res->passed = !r->error && r->exit_code == 0;
    res->output = capped_copy(r->output, r->output_len);
    res->feedback = fail_lines(res->output);
    if (r->timed_out && !res->feedback) res->feedback = xasprintf("the check did not finish in time");
    if (r->error) {
        run->infra = true;
        free(run->error);
        run->error = xasprintf("check '%s' could not run: %s", c->id, r->error);
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "task", t->id);
    cJSON_AddStringToObject(o, "check", c->id);
    cJSON_AddBoolToObject(o, "passed", res->passed);
    cJSON_AddNumberToObject(o, "exit", res->exit_code);
    if (res->feedback) cJSON_AddStringToObject(o, "feedback", res->feedback);
    cJSON_AddStringToObject(o, "output", res->output);
    cJSON_AddBoolToObject(o, "final", run->finishing);
    if (r->error) cJSON_AddStringToObject(o, "error", r->error);
    char *text = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    return text;
}

static void start_checks(CheckBatch *batch);

static void on_check_done(void *ud, SandboxExecResult *r)
{
    CheckJob *job = ud;
    CheckBatch *batch = job->batch;
    int index = job->index;
    free(job);
    batch->in_flight--;
    Run *run = batch->run;
    /* sandbox_close reports execs it cut short; a submit's checks still running when the run
     * ends must not overwrite the final ones. */
    if (run->freeing || (run->finishing && !batch->final)) batch->dropped = true;
    if (batch->dropped) {
        if (batch->in_flight == 0) check_batch_free(batch);
        return;
    }
    batch->events[index] = record_check(run, batch->ti, index, r);
    batch->complete[index] = true;
    while (batch->logged < batch->n && batch->complete[batch->logged]) {
        run_log_event(run, "check", batch->events[batch->logged]);
        batch->logged++;
    }
    start_checks(batch);
}

/* Starts checks up to the parallel limit; when none is left to run or running, finishes. */
static void start_checks(CheckBatch *batch)
{
    Run *run = batch->run;
    const ScenarioTask *t = &run->sc->tasks[batch->ti];
    while (!run->infra && batch->started < batch->n && batch->in_flight < CHECKS_IN_PARALLEL) {
        int index = batch->started++;
        const ScenarioCheck *c = &t->checks[index];
        char *command = check_truth_command(run->base_commit, t->protect, t->n_protect, c->run);
        SandboxExecRequest req = {.command = command, .check = true, .timeout = c->timeout};
        CheckJob *job = xcalloc(1, sizeof *job);
        *job = (CheckJob){batch, index};
        batch->in_flight++;
        char *err = NULL;
        bool started = sandbox_exec_start(run->sb, run->loop, &req, on_check_done, job, &err);
        free(command);
        if (!started) {
            SandboxExecResult r = {.exit_code = -1, .error = err ? err : xstrdup("sandbox closed")};
            on_check_done(job, &r);   /* may finish the batch: return without touching it */
            free(r.error);
            return;
        }
    }
    if (batch->in_flight > 0) return;
    ChecksDoneFn done = batch->done;
    int ti = batch->ti;
    check_batch_free(batch);
    done(run, ti);
}

static void run_task_checks_async(Run *run, int ti, ChecksDoneFn done)
{
    if (!run->sb) {
        run->infra = true;
        done(run, ti);
        return;
    }
    CheckBatch *batch = xcalloc(1, sizeof *batch);
    batch->run = run;
    batch->ti = ti;
    batch->n = run->sc->tasks[ti].n_checks;
    batch->final = run->finishing;
    batch->done = done;
    batch->complete = xcalloc((size_t)batch->n + 1, sizeof *batch->complete);
    batch->events = xcalloc((size_t)batch->n + 1, sizeof *batch->events);
    start_checks(batch);
}

static int failing_checks(const Run *run, int ti)
{
    return verdict_failing_checks(run->tasks[ti].checks, run->sc->tasks[ti].n_checks);
}

static void set_review(Run *run, int ti, ReviewState state, const char *note)
{
    TaskState *ts = &run->tasks[ti];
    ts->review = state;
    free(ts->review_note);
    ts->review_note = NULL;
    if (note) {
        const char *nl = strchr(note, '\n');
        ts->review_note = xstrndup(note, nl ? (size_t)(nl - note) : strlen(note));
    }
}

/* ---- submit and review ---------------------------------------------------------------- */

typedef struct ReviewCtx {
    int ti;
} ReviewCtx;

static void after_on_review(Run *run, void *ud, const cJSON *results)
{
    (void)run;
    (void)ud;
    (void)results;
}

static void on_review_verdict(Run *run, void *ud, const ReviewVerdict *v, const char *error)
{
    ReviewCtx *ctx = ud;
    int ti = ctx->ti;
    free(ctx);
    const ScenarioTask *t = &run->sc->tasks[ti];
    if (run->finishing) return;
    if (error) {
        /* The reviewer is unreachable: an infrastructure state, never a learner's fault. */
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "who", t->review);
        cJSON_AddStringToObject(o, "error", error);
        run_review_log_add(&run->reviews, ti, t->review, NULL, run_elapsed(run));
        log_json(run, "colleague_away", o);
        set_review(run, ti, REVIEW_UNREACHABLE, error);
        set_status(run, ti, TASK_ASSIGNED, "review could not happen; submit again later");
        return;
    }
    /* The one approval rule, whatever the backend decided (verdict_policy.h). */
    int failing = failing_checks(run, ti);
    bool approved = verdict_approval_stands(v->approved, failing);
    char *summary = v->summary ? xstrdup(v->summary) : NULL;
    if (v->approved && !approved) {
        char *held = xasprintf("%s%s(Not approved yet: %d of the task's checks still fail.)", summary ? summary : "",
                               summary ? "\n\n" : "", failing);
        free(summary);
        summary = held;
    }
    cJSON *verdict = cJSON_CreateObject();
    cJSON_AddStringToObject(verdict, "task", t->id);
    cJSON_AddStringToObject(verdict, "reviewer", t->review);
    cJSON_AddBoolToObject(verdict, "approved", approved);
    if (summary) cJSON_AddStringToObject(verdict, "summary", summary);
    cJSON *comments = cJSON_AddArrayToObject(verdict, "comments");
    for (int i = 0; i < v->n_comments; i++) {
        cJSON *c = cJSON_CreateObject();
        if (v->comments[i].path) cJSON_AddStringToObject(c, "path", v->comments[i].path);
        cJSON_AddNumberToObject(c, "line", v->comments[i].line);
        cJSON_AddStringToObject(c, "kind", v->comments[i].kind ? v->comments[i].kind : "actionable");
        cJSON_AddStringToObject(c, "text", v->comments[i].text ? v->comments[i].text : "");
        cJSON_AddItemToArray(comments, c);
    }
    if (v->approved && !approved) cJSON_AddBoolToObject(verdict, "held", true);
    cJSON *hook_verdict = cJSON_Duplicate(verdict, true);
    run_review_log_add(&run->reviews, ti, t->review, v, run_elapsed(run));
    log_json(run, "review", verdict);
    if (summary) add_message(run, t->review, "learner", NULL, summary);
    set_review(run, ti, approved ? REVIEW_APPROVED : REVIEW_CHANGES, summary);
    free(summary);
    set_status(run, ti, approved ? TASK_DONE : TASK_ASSIGNED, approved ? "approved by the reviewer" : "changes requested");
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_CreateString(t->id));
    cJSON_DeleteItemFromObject(hook_verdict, "task");
    cJSON_DeleteItemFromObject(hook_verdict, "reviewer");
    cJSON_AddItemToArray(args, hook_verdict);
    scenario_host_call_hook(run->host, HOOK_ON_REVIEW, args, after_on_review, NULL);
}

static void after_submit_checks(Run *run, int ti)
{
    const ScenarioTask *t = &run->sc->tasks[ti];
    if (run->finishing) return;
    if (run->infra) {
        run_finish(run, "infrastructure error");
        return;
    }
    bool passed = failing_checks(run, ti) == 0;
    if (t->review) {
        set_review(run, ti, REVIEW_PENDING, NULL);
        set_status(run, ti, TASK_IN_REVIEW, NULL);
        ReviewCtx *ctx = xcalloc(1, sizeof *ctx);
        ctx->ti = ti;
        run->colleagues->review(run->colleagues, run, t->review, t->id, on_review_verdict, ctx);
    } else if (passed) {
        set_status(run, ti, TASK_DONE, "all checks passed");
    } else {
        set_status(run, ti, TASK_ASSIGNED, "some checks failed");
    }
}

bool run_learner_submit(Run *run, const char *task, char **err)
{
    if (run->finishing) return fail(err, "the run has ended%s", "");
    int ti = task_index(run, task);
    if (ti < 0) return fail(err, "unknown task '%s'", task);
    TaskStatus st = run->tasks[ti].status;
    if (st != TASK_ASSIGNED) {
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "task", task);
        char *why = xasprintf("task is %s", task_status_name(st));
        cJSON_AddStringToObject(o, "why", why);
        free(why);
        log_json(run, "submit_refused", o);
        return true;
    }
    run->tasks[ti].submitted_ever = true;
    TaskSubmits *sub = &run->tasks[ti].submits;
    if (sub->count++ == 0) {
        sub->first_t = run_elapsed(run);
        sub->first_messages = run->n_messages;
        sub->first_commands = run->n_commands;
    }
    sub->last_t = run_elapsed(run);
    sub->last_messages = run->n_messages;
    sub->last_commands = run->n_commands;
    set_status(run, ti, TASK_SUBMITTED, NULL);
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_CreateString(task));
    scenario_host_call_hook(run->host, HOOK_ON_SUBMIT, args, NULL, NULL);
    if (!run->finishing) run_task_checks_async(run, ti, after_submit_checks);
    return true;
}

/* ---- finishing: final checks, judges, on_finish, the score sheet ----------------------- */

static void finish_grade_next(Run *run, int ri);
static void finish_checks_next(Run *run, int ti);

/* One 0-point line per protected path of task ti the learner changed: the checks used the
 * base's version, and learner and instructor should see that something was tampered with. */
static void add_protected_lines(Run *run, int ti)
{
    for (int i = 0; i < run->n_protected_changes; i++) {
        const ProtectedChange *pc = &run->protected_changes[i];
        if (pc->ti != ti) continue;
        char *id = xasprintf("protected:%s", pc->path);
        char *label = xasprintf("Protected path changed: %s", pc->path);
        score_sheet_add(&run->sheet, SCORE_CHECK, id, run->sc->tasks[ti].id, label, NULL, 0, 0, false,
                        "This path is protected: the checks used it as it was at the start of the run, "
                        "so the change did not count.");
        free(id);
        free(label);
    }
}

static const char *review_gate_reason(const TaskState *ts)
{
    switch (ts->review) {
    case REVIEW_NONE: return ts->submitted_ever ? "the task never reached the reviewer" : "the task was never submitted for review";
    case REVIEW_PENDING: return "the review had not finished when the run ended";
    case REVIEW_CHANGES: return "changes requested";
    case REVIEW_UNREACHABLE: return "the reviewer could not be reached";
    case REVIEW_APPROVED: break;
    }
    return NULL;
}

/* The review gate (DESIGN §7): a line for each reviewed task that was not approved, saying
 * why; true when there is one, and the run cannot pass. */
static bool add_review_gate(Run *run, int ti)
{
    const ScenarioTask *t = &run->sc->tasks[ti];
    const TaskState *ts = &run->tasks[ti];
    if (!t->review || ts->review == REVIEW_APPROVED) return false;
    const ScenarioCast *who = scenario_find_cast(run->sc, t->review);
    char *label = xasprintf("Review by %s not approved", who && who->name ? who->name : t->review);
    const char *reason = review_gate_reason(ts);
    char *feedback = ts->review_note ? xasprintf("%s: %s", reason, ts->review_note) : xstrdup(reason);
    score_sheet_add(&run->sheet, SCORE_CHECK, "review", t->id, label, NULL, 0, 0, false, feedback);
    free(feedback);
    free(label);
    return true;
}

static void build_sheet(Run *run)
{
    score_sheet_clear(&run->sheet);
    const Scenario *sc = run->sc;
    bool approvals_missing = false;
    for (int ti = 0; ti < sc->n_tasks; ti++) {
        const ScenarioTask *t = &sc->tasks[ti];
        for (int ci = 0; ci < t->n_checks; ci++) {
            const ScenarioCheck *c = &t->checks[ci];
            const CheckResult *r = &run->tasks[ti].checks[ci];
            bool submitted = run->tasks[ti].submitted_ever;
            bool passed = submitted && r->ran && r->passed;
            const char *fb = !submitted ? "the task was never submitted" : r->feedback;
            score_sheet_add(&run->sheet, SCORE_CHECK, c->id, t->id, c->label, c->skill,
                            passed ? c->points : 0, c->points, passed, passed ? NULL : fb);
        }
        add_protected_lines(run, ti);
        if (add_review_gate(run, ti)) approvals_missing = true;
    }
    for (int ri = 0; ri < sc->n_rubric; ri++) {
        const ScenarioRubric *item = &sc->rubric[ri];
        const RubricGrade *g = &run->grades[ri];
        score_sheet_add(&run->sheet, SCORE_RUBRIC, item->id, NULL, item->label, item->skill,
                        g->points, item->points, g->points >= item->points, g->why);
    }
    for (int i = 0; i < run->n_adjustments; i++) {
        const Adjustment *a = &run->adjustments[i];
        score_sheet_add(&run->sheet, a->award ? SCORE_AWARD : SCORE_PENALTY, a->id, NULL, a->id, NULL,
                        a->award ? a->points : -a->points, 0, a->award, a->why);
    }
    for (int i = 0; i < run->n_hints; i++) {
        const HintUse *h = &run->hints[i];
        char *id = xasprintf("hint-%d", h->number);
        char *label = xasprintf("Hint %d for %s", h->number, h->task);
        score_sheet_add(&run->sheet, SCORE_HINT, id, h->task, label, NULL, -h->cost, 0, false, NULL);
        free(id);
        free(label);
    }
    score_sheet_finalize(&run->sheet, sc->pass, approvals_missing, run->end_reason,
                         run->infra || run->script_error || run->reviewer_away || run->record_failed);
}

static cJSON *sheet_json(const ScoreSheet *sheet)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "outcome", sheet->outcome);
    cJSON_AddNumberToObject(o, "score", sheet->score);
    cJSON_AddNumberToObject(o, "max", sheet->max);
    cJSON_AddNumberToObject(o, "percent", sheet->percent);
    return o;
}

static bool store_results(Run *run)
{
    if (!run->store || run->id <= 0) return true;
    const ScoreSheet *s = &run->sheet;
    StoreResultLine *lines = xcalloc((size_t)s->n_lines + 1, sizeof *lines);
    for (int i = 0; i < s->n_lines; i++) {
        const ScoreLine *l = &s->lines[i];
        lines[i] = (StoreResultLine){score_kind_name(l->kind), l->item_id, l->task, l->label, l->skill,
                                     l->points, l->max, l->passed, l->feedback};
    }
    StoreRunOutcome out = {s->outcome, s->score, s->max, s->percent,
                           run->error ? run->error : run->end_reason};
    bool ok = store_run_finish(run->store, run->id, &out, lines, s->n_lines);
    free(lines);
    return ok;
}

static void finish_complete(Run *run)
{
    build_sheet(run);
    if (!store_results(run)) {
        note_record_failure(run, "results");
        build_sheet(run);                /* now infra_error */
        store_results(run);              /* best effort: record at least that */
    }
    cJSON *o = sheet_json(&run->sheet);
    cJSON_AddStringToObject(o, "reason", run->end_reason);
    if (run->error) cJSON_AddStringToObject(o, "error", run->error);
    run->finished = true;
    log_json(run, "finish", o);
}

static void after_on_finish(Run *run, void *ud, const cJSON *results)
{
    (void)ud;
    (void)results;
    finish_complete(run);
}

static void on_grade(Run *run, void *ud, double points, const char *why, const char *error)
{
    int ri = (int)(intptr_t)ud;
    const ScenarioRubric *item = &run->sc->rubric[ri];
    RubricGrade *g = &run->grades[ri];
    if (error) {
        run->infra = true;
        free(run->error);
        run->error = xasprintf("judge for rubric item '%s' unavailable: %s", item->id, error);
        points = 0;
        why = error;
    }
    double raw = points;
    points = verdict_clamp_points(raw, item->points);   /* the one grade rule (verdict_policy.h) */
    g->graded = true;
    g->points = points;
    free(g->why);
    g->why = xstrdup(why);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "rubric", item->id);
    cJSON_AddNumberToObject(o, "points", points);
    cJSON_AddNumberToObject(o, "max", item->points);
    if (why) cJSON_AddStringToObject(o, "why", why);
    if (raw != points) cJSON_AddNumberToObject(o, "raw_points", raw == raw ? raw : 0);   /* clamped: what was proposed */
    log_json(run, "grade", o);
    finish_grade_next(run, ri + 1);
}

static void finish_grade_next(Run *run, int ri)
{
    if (ri < run->sc->n_rubric && !run->script_error) {
        run->colleagues->grade(run->colleagues, run, ri, on_grade, (void *)(intptr_t)ri);
        return;
    }
    if (run->script_error) {
        finish_complete(run);
        return;
    }
    build_sheet(run);
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, sheet_json(&run->sheet));
    scenario_host_call_hook(run->host, HOOK_ON_FINISH, args, after_on_finish, NULL);
}

static void after_final_checks(Run *run, int ti) { finish_checks_next(run, ti + 1); }

static void finish_checks_next(Run *run, int ti)
{
    while (ti < run->sc->n_tasks && !run->tasks[ti].submitted_ever) ti++;
    if (ti < run->sc->n_tasks && !run->infra && !run->script_error) {
        run_task_checks_async(run, ti, after_final_checks);
        return;
    }
    if (run->infra || run->script_error) {
        finish_complete(run);
        return;
    }
    finish_grade_next(run, 0);
}

/* ---- the protected-path audit: which protected paths the final workspace changed ---- */

/* Every task's protected paths in one list (borrowed strings; the list is the caller's). */
static char **all_protected(const Run *run, int *n)
{
    *n = 0;
    for (int ti = 0; ti < run->sc->n_tasks; ti++) *n += run->sc->tasks[ti].n_protect;
    char **all = xcalloc((size_t)*n + 1, sizeof *all);
    int k = 0;
    for (int ti = 0; ti < run->sc->n_tasks; ti++)
        for (int i = 0; i < run->sc->tasks[ti].n_protect; i++) all[k++] = run->sc->tasks[ti].protect[i];
    return all;
}

static bool any_protect(const Run *run)
{
    int n = 0;
    free(all_protected(run, &n));
    return n > 0;
}

static bool covers(const char *protect, const char *path)
{
    size_t n = strlen(protect);
    return strncmp(path, protect, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

static void note_protected_change(void *ud, const char *path)
{
    Run *run = ud;
    for (int ti = 0; ti < run->sc->n_tasks; ti++) {
        const ScenarioTask *t = &run->sc->tasks[ti];
        bool covered = false;
        for (int i = 0; i < t->n_protect && !covered; i++) covered = covers(t->protect[i], path);
        for (int i = 0; covered && i < run->n_protected_changes; i++)
            if (run->protected_changes[i].ti == ti && strcmp(run->protected_changes[i].path, path) == 0) covered = false;
        if (!covered) continue;
        run->protected_changes = xrealloc(run->protected_changes,
                                          (size_t)(run->n_protected_changes + 1) * sizeof *run->protected_changes);
        run->protected_changes[run->n_protected_changes++] = (ProtectedChange){ti, xstrdup(path)};
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "task", t->id);
        cJSON_AddStringToObject(o, "path", path);
        log_json(run, "protected_changed", o);
    }
}

static void on_protect_audit(void *ud, SandboxExecResult *r)
{
    Run *run = ud;
    if (run->freeing) return;
    if (r->error) {
        /* Only the 0-point notice lines depend on it: the checks themselves still restore. */
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "error", r->error);
        log_json(run, "protect_audit_failed", o);
    } else {
        int n_all = 0;
        char **all = all_protected(run, &n_all);
        check_truth_audit_parse(r->output, r->output_len, all, n_all, note_protected_change, run);
        free(all);
    }
    finish_checks_next(run, 0);
}

/* Starts the audit (then the final checks); the final checks at once when nothing is protected. */
static void audit_protected_then_check(Run *run)
{
    if (!any_protect(run) || !run->base_recorded || !run->sb || run->infra || run->script_error) {
        finish_checks_next(run, 0);
        return;
    }
    int n_all = 0;
    char **all = all_protected(run, &n_all);
    char *script = check_truth_audit_script(all, n_all);
    free(all);
    SandboxExecRequest req = {.command = script, .check = true};
    char *err = NULL;
    bool started = sandbox_exec_start(run->sb, run->loop, &req, on_protect_audit, run, &err);
    free(script);
    if (!started) {
        SandboxExecResult r = {.exit_code = -1, .error = err ? err : xstrdup("sandbox closed")};
        on_protect_audit(run, &r);
        free(r.error);
    }
}

void run_finish(Run *run, const char *reason)
{
    if (run->finishing) return;
    run->finishing = true;
    free(run->end_reason);
    run->end_reason = xstrdup(reason ? reason : "finished");
    if (run->time_limit_timer) loop_cancel(run->loop, run->time_limit_timer);
    run->time_limit_timer = 0;
    for (int ti = 0; ti < run->sc->n_tasks && !run->error; ti++) {
        if (run->tasks[ti].review != REVIEW_UNREACHABLE) continue;
        /* The missing approval is an outage's, not the learner's: never scored as a failure.
         * Checks and judges still run, so the breakdown shows what the work earned. */
        run->reviewer_away = true;
        run->error = xasprintf("the reviewer %s of task '%s' could not be reached: %s", run->sc->tasks[ti].review,
                               run->sc->tasks[ti].id, run->tasks[ti].review_note ? run->tasks[ti].review_note : "");
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "reason", run->end_reason);
    log_json(run, "finishing", o);
    /* No learner process may touch the workspace while it is graded. */
    shell_session_close(run->shell);
    run->shell = NULL;
    audit_protected_then_check(run);
}

static void on_time_limit(void *ud)
{
    Run *run = ud;
    run->time_limit_timer = 0;
    run_finish(run, "time_limit");
}

/* ---- start and free ---------------------------------------------------------------- */

/* Asks git, inside the sandbox, for the workspace's HEAD commit; NULL when the workspace is no
 * git repository (or git is missing). The learner has not acted yet, but git still runs
 * sandboxed and without any config but the repository's own, and only a well-formed hex
 * object name is believed. */
static char *read_head_commit(Sandbox *sb)
{
    SandboxExecRequest req = {
        .command = "[ -e .git ] || exit 3\n"
                   "HOME=/nonexistent GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null GIT_OPTIONAL_LOCKS=0 "
                   "exec git -c safe.directory='*' rev-parse --verify --quiet 'HEAD^{commit}' 2>/dev/null",
        .timeout = 20};
    SandboxExecResult *r = sandbox_exec_wait(sb, &req);
    char *commit = NULL;
    if (!r->error && r->exit_code == 0 && r->output) {
        size_t n = strspn(r->output, "0123456789abcdef");
        bool tail_ok = r->output[n] == '\0' || (r->output[n] == '\n' && r->output[n + 1] == '\0');
        if ((n == 40 || n == 64) && tail_ok) commit = xstrndup(r->output, n);
    }
    sandbox_exec_result_free(r);
    return commit;
}

/* on_start returned: the workspace as it stands now is what checks compare against. */
static void after_on_start(Run *run, void *ud, const cJSON *results)
{
    (void)ud;
    (void)results;
    if (run->finishing || !run->sb) return;
    char *err = NULL;
    if (!sandbox_record_base(run->sb, &err)) {
        run->infra = true;
        free(run->error);
        run->error = xasprintf("the run's base could not be recorded: %s", err ? err : "unknown error");
        free(err);
        run_finish(run, "infrastructure error");
        return;
    }
    run->base_recorded = true;
    run->base_commit = read_head_commit(run->sb);
    cJSON *o = cJSON_CreateObject();
    if (run->base_commit) cJSON_AddStringToObject(o, "commit", run->base_commit);
    else cJSON_AddNullToObject(o, "commit");
    log_json(run, "base_recorded", o);
}

Run *run_start(Scenario *sc, const RunOptions *opts)
{
    Run *run = xcalloc(1, sizeof *run);
    run->sc = sc;
    run->store = opts->store;
    run->loop = opts->loop;
    run->on_event = opts->on_event;
    run->event_ud = opts->event_ud;
    run->learner = xstrdup(opts->learner ? opts->learner : "learner");
    run->started = loop_now(run->loop);
    run->tasks = xcalloc((size_t)sc->n_tasks, sizeof *run->tasks);
    for (int i = 0; i < sc->n_tasks; i++)
        run->tasks[i].checks = xcalloc((size_t)sc->tasks[i].n_checks, sizeof(CheckResult));
    run->grades = xcalloc((size_t)sc->n_rubric + 1, sizeof *run->grades);
    run->colleagues = opts->colleagues;
    if (!run->colleagues) run->colleagues = run->owned_colleagues = colleague_scripted_new();

    run->sandbox_cfg = opts->sandbox;
    run->sandbox_cfg.workspace_src = sc->workspace;
    run->sandbox_cfg.checks_src = sc->checks_dir;

    if (run->store) {
        char *version = scenario_folder_version(sc->dir, NULL);
        StoreRunInfo info = {.scenario_id = sc->id, .scenario_title = sc->title, .scenario_hash = sc->hash,
                             .scenario_version = version, .learner = run->learner,
                             .mode = opts->mode ? opts->mode : "run", .sandbox = "ns",
                             .llm = run->colleagues->name};
        run->id = store_run_begin(run->store, &info);
        free(version);
        if (run->id < 0) {
            /* Nothing of this run could be recorded: it must not go on as if it counted. */
            run->infra = true;
            run->error = xasprintf("the run could not be stored: %s", store_errmsg(run->store));
            fprintf(stderr, "worksim: %s\n", run->error);
            run->finishing = true;
            run->end_reason = xstrdup("infrastructure error");
            finish_complete(run);
            return run;
        }
    }
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "scenario", sc->id);
    cJSON_AddStringToObject(o, "hash", sc->hash);
    cJSON_AddStringToObject(o, "learner", run->learner);
    cJSON_AddStringToObject(o, "colleagues", run->colleagues->name);
    log_json(run, "start", o);

    char *err = NULL;
    run->sb = sandbox_open(&run->sandbox_cfg, &err);
    if (!run->sb) {
        run->infra = true;
        run->error = xasprintf("the sandbox could not start: %s", err ? err : "unknown error");
        free(err);
        run->finishing = true;
        run->end_reason = xstrdup("infrastructure error");
        finish_complete(run);
        return run;
    }
    cJSON *sbo = cJSON_CreateObject();
    cJSON_AddStringToObject(sbo, "backend", sandbox_backend_name(run->sb));
    log_json(run, "sandbox", sbo);

    run->host = scenario_host_new(run, sc);
    if (sc->time_limit > 0) run->time_limit_timer = loop_add_timer(run->loop, sc->time_limit, on_time_limit, run);
    for (int i = 0; i < sc->n_tasks; i++)
        if (sc->tasks[i].assign_at_start) run_assign(run, sc->tasks[i].id, NULL);
    scenario_host_call_hook(run->host, HOOK_ON_START, cJSON_CreateArray(), after_on_start, NULL);
    return run;
}

void run_free(Run *run)
{
    if (!run) return;
    run->freeing = true;
    if (run->record_timer) loop_cancel(run->loop, run->record_timer);
    shell_session_close(run->shell);
    scenario_host_free(run->host);
    sandbox_close(run->sb);
    if (run->owned_colleagues && run->owned_colleagues->free) run->owned_colleagues->free(run->owned_colleagues);
    for (int i = 0; i < run->sc->n_tasks; i++) {
        for (int c = 0; c < run->sc->tasks[i].n_checks; c++) {
            free(run->tasks[i].checks[c].feedback);
            free(run->tasks[i].checks[c].output);
        }
        free(run->tasks[i].checks);
        free(run->tasks[i].review_note);
    }
    free(run->tasks);
    for (int i = 0; i < run->n_messages; i++) {
        free(run->messages[i].from);
        free(run->messages[i].to);
        free(run->messages[i].channel);
        free(run->messages[i].text);
    }
    free(run->messages);
    for (int i = 0; i < run->n_commands; i++) {
        free(run->commands[i].line);
        free(run->commands[i].output);
    }
    free(run->commands);
    for (int i = 0; i < run->n_adjustments; i++) {
        free(run->adjustments[i].id);
        free(run->adjustments[i].why);
    }
    free(run->adjustments);
    for (int i = 0; i < run->n_hints; i++) free(run->hints[i].task);
    free(run->hints);
    for (int i = 0; i < run->sc->n_rubric; i++) free(run->grades[i].why);
    free(run->grades);
    run_review_log_free(&run->reviews);
    score_sheet_clear(&run->sheet);
    scenario_free(run->sc);
    free(run->learner);
    free(run->base_commit);
    for (int i = 0; i < run->n_protected_changes; i++) free(run->protected_changes[i].path);
    free(run->protected_changes);
    free(run->end_reason);
    free(run->error);
    free(run);
}
