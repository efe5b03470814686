/* run.c: the run state machine (DESIGN §3): tasks flow assigned → submitted → (in review)
 * → done or back to assigned; finishing re-runs every check on the final state, asks the
 * judges, calls on_finish and stores the score sheet. Every change is logged as an event
 * (store first, observers after). Asynchronous steps (checks, reviews, hooks) continue in
 * callbacks; `pending` counts what a finishing run still waits for. */
#define _GNU_SOURCE
#include "core/run_internal.h"

#include "core/check_truth.h"
#include "core/run_resume.h"
#include "core/verdict_policy.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- small helpers ------------------------------------------------------------------- */

int run_task_index(const Run *run, const char *id)
{
    for (int i = 0; id && i < run->sc->n_tasks; i++)
        if (strcmp(run->sc->tasks[i].id, id) == 0) return i;
    return -1;
}

bool run_fail(char **err, const char *fmt, const char *arg)
{
    if (err) *err = xasprintf(fmt, arg ? arg : "");
    return false;
}

char *run_capped_copy(const char *s, size_t len)
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
void run_note_record_failure(Run *run, const char *what)
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
    run_state_before_event(run, kind);
    if (run->store && run->id > 0 && !store_event_append(run->store, run->id, t, kind, data_json))
        run_note_record_failure(run, "event log");
    if (run->on_event) run->on_event(run->event_ud, run, kind, data_json ? data_json : "{}");
    if (run->listener) run->listener(run->listener_ud, run, kind, data_json ? data_json : "{}");
    run_state_after_event(run, kind);
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
    run_log_llm_call(run, &(EvLlmCall){.who = call->who ? call->who : "judge", .model = call->model ? call->model : "",
                                       .input_tokens = (double)call->input_tokens,
                                       .output_tokens = (double)call->output_tokens,
                                       .cache_read_tokens = (double)call->cache_read_tokens,
                                       .cache_write_tokens = (double)call->cache_write_tokens,
                                       .cost_usd = call->cost_usd, .latency_ms = call->latency_ms,
                                       .request_id = call->request_id, .http_status = call->http_status,
                                       .error = call->error});
}

double run_cost_usd(const Run *run) { return run->cost_usd; }

void run_push_message(Run *run, const char *from, const char *to, const char *channel, const char *text, double t)
{
    run->messages = xrealloc(run->messages, (size_t)(run->n_messages + 1) * sizeof *run->messages);
    run->messages[run->n_messages++] = (RunMessage){xstrdup(from), xstrdup(to), xstrdup(channel), xstrdup(text), t};
}

void run_add_message(Run *run, const char *from, const char *to, const char *channel, const char *text)
{
    run_push_message(run, from, to, channel, text, run_elapsed(run));
    run_log_message(run, &(EvMessage){.from = from, .to = to, .channel = channel, .text = text});
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
double run_elapsed(Run *run) { return loop_now(run->loop) - run->started; }

TaskStatus run_task_status(const Run *run, int i) { return run->tasks[i].status; }

const RunReview *run_reviews(const Run *run, int *n)
{
    *n = run->reviews.n;
    return run->reviews.items;
}
const CheckResult *run_task_checks(const Run *run, int i) { return run->tasks[i].checks; }
const TaskSubmits *run_task_submits(const Run *run, int i) { return &run->tasks[i].submits; }

void run_record_submit(Run *run, int ti, double t)
{
    TaskState *ts = &run->tasks[ti];
    TaskSubmits *sub = &ts->submits;
    bool blank = run->n_inputs == run->n_submits;   /* every earlier input was a submit */
    bool first = !blank && !task_submits_has_first(sub);
    ts->submitted_ever = true;
    run->n_submits++;
    sub->count++;
    if (blank) sub->blank++;
    if (first) {
        sub->first_t = t;
        sub->first_messages = run->n_messages;
        sub->first_commands = run->n_commands;
    }
    sub->last_t = t;
    sub->last_messages = run->n_messages;
    sub->last_commands = run->n_commands;
}

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


/* ---- start and free ---------------------------------------------------------------- */

/* Asks git, inside the sandbox, for the workspace's HEAD commit; NULL when the workspace is no
 * git repository (or git is missing). The learner has not acted yet, but git still runs
 * sandboxed and without any config but the repository's own, and only a well-formed hex
 * object name is believed. */
static char *read_head_commit(Sandbox *sb)
{
    /* The base was just recorded from the workspace: with nothing at .git there, the
     * sandbox's `[ -e .git ]` below would fail too, so none need start. */
    const char *base = sandbox_base_dir(sb);
    char *git = base ? xasprintf("%s/.git", base) : NULL;
    struct stat st;
    bool absent = git && lstat(git, &st) != 0 && errno == ENOENT;
    free(git);
    if (absent) return NULL;
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
    run_state_save_base(run);
    run_log_base_recorded(run, &(EvBaseRecorded){.commit = run->base_commit});
}

Run *run_new(Scenario *sc, const RunOptions *opts)
{
    Run *run = xcalloc(1, sizeof *run);
    run->sc = sc;
    run->store = opts->store;
    run->loop = opts->loop;
    run->on_event = opts->on_event;
    run->event_ud = opts->event_ud;
    run->on_commit = opts->on_commit;
    run->learner = xstrdup(opts->learner ? opts->learner : "learner");
    run->keep_snapshot = !opts->mode || (strcmp(opts->mode, "demo") != 0 && strcmp(opts->mode, "regrade") != 0);
    run->resumable = run_resume_mode_allowed(opts->mode ? opts->mode : "run");
    run->started = loop_now(run->loop);
    run->tasks = xcalloc((size_t)sc->n_tasks, sizeof *run->tasks);
    for (int i = 0; i < sc->n_tasks; i++)
        run->tasks[i].checks = xcalloc((size_t)sc->tasks[i].n_checks, sizeof(CheckResult));
    for (int i = 0; i < sc->n_tasks; i++)
        run->tasks[i].memo = xcalloc((size_t)sc->tasks[i].n_checks + 1, sizeof(CheckResult));
    run->grades = xcalloc((size_t)sc->n_rubric + 1, sizeof *run->grades);
    run->hooks = opts->hooks;
    run->colleagues = opts->colleagues;
    run_colleague_context_init(run);
    if (!run->colleagues) run->colleagues = run->owned_colleagues = colleague_scripted_new();

    run->sandbox_cfg = opts->sandbox;
    run->sandbox_cfg.workspace_src = sc->workspace;
    run->sandbox_cfg.checks_src = sc->checks_dir;
    run->sandbox_cfg.checks_shared_src = sc->checks_shared_dir;
    return run;
}

bool run_open_sandbox(Run *run, const SandboxConfig *cfg)
{
    char *err = NULL;
    run->sb = run->hooks ? sandbox_open(cfg, &err) : NULL;
    if (run->sb) return true;
    run->infra = true;
    run->error = run->hooks ? xasprintf("the sandbox could not start: %s", err ? err : "unknown error")
                            : xstrdup("the run has no scenario host (RunOptions.hooks)");
    free(err);
    run->finishing = true;
    run->end_reason = xstrdup("infrastructure error");
    run_finish_complete(run);
    return false;
}

Run *run_start(Scenario *sc, const RunOptions *opts)
{
    Run *run = run_new(sc, opts);
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
            run_finish_complete(run);
            return run;
        }
        run_state_open(run);
    }
    run_log_start(run, &(EvStart){.scenario = sc->id, .hash = sc->hash, .learner = run->learner,
                                  .colleagues = run->colleagues->name});

    if (!run_open_sandbox(run, &run->sandbox_cfg)) return run;
    run_log_sandbox(run, &(EvSandbox){.backend = sandbox_backend_name(run->sb)});

    run->host = run->hooks->attach(run, sc);
    if (sc->time_limit > 0) run->time_limit_timer = loop_add_timer(run->loop, sc->time_limit, run_on_time_limit, run);
    for (int i = 0; i < sc->n_tasks; i++)
        if (sc->tasks[i].assign_at_start) run_assign(run, sc->tasks[i].id, NULL);
    run_call_hook(run, HOOK_ON_START, cJSON_CreateArray(), after_on_start, NULL);
    return run;
}

/* ---- the scenario's scripts, through RunHooks ------------------------------------------- */

/* Completes done at once with no results: the run has no host (it never started). */
static void complete_empty(Run *run, RunHookDoneFn done, void *ud)
{
    if (!done) return;
    cJSON *empty = cJSON_CreateArray();
    done(run, ud, empty);
    cJSON_Delete(empty);
}

void run_call_hook(Run *run, ScenarioHook hook, cJSON *args, RunHookDoneFn done, void *ud)
{
    if (!run->host) {
        cJSON_Delete(args);
        complete_empty(run, done, ud);
        return;
    }
    run->hooks->call_hook(run->host, hook, args, done, ud);
}

bool run_has_hook(const Run *run, ScenarioHook hook) { return scenario_has_hook(run->sc, hook); }

void run_note_hook_done(Run *run, ScenarioHook hook, int input)
{
    if (run_has_hook(run, hook) && !run->finished)
        run_log_hook_done(run, &(EvHookDone){.hook = scenario_hook_name(hook), .input = input});
}

bool run_atomic_begin(Run *run)
{
    return run->store && run->id > 0 && !store_in_transaction(run->store) && store_transaction_begin(run->store);
}

void run_atomic_end(Run *run, bool opened)
{
    if (!opened) return;
    if (!store_transaction_commit(run->store)) run_note_record_failure(run, "event log");
    else if (run->on_commit) run->on_commit(run->event_ud, run);
}

bool run_atomic_open(const Run *run) { return run->store && store_in_transaction(run->store); }

void run_call_script_ref(Run *run, int ref, const char *what, RunHookDoneFn done, void *ud)
{
    if (!run->host) complete_empty(run, done, ud);
    else run->hooks->call_ref(run->host, ref, what, cJSON_CreateArray(), done, ud);
}

void run_scripted_reply(Run *run, const char *who, const char *text, const char *channel,
                        RunHookDoneFn done, void *ud)
{
    if (!run->host) complete_empty(run, done, ud);
    else run->hooks->scripted_reply(run->host, who, text, channel, done, ud);
}

void run_free(Run *run)
{
    if (!run) return;
    run->freeing = true;
    if (run->record_timer) loop_cancel(run->loop, run->record_timer);
    if (run->checkpoint_deadline) loop_cancel(run->loop, run->checkpoint_deadline);
    free(run->state_dir);   /* kept on disk: an unfinished run can be resumed */
    shell_session_close(run->shell);
    if (run->hooks) run->hooks->detach(run->host);
    sandbox_close(run->sb);
    if (run->owned_colleagues && run->owned_colleagues->free) run->owned_colleagues->free(run->owned_colleagues);
    for (int i = 0; i < run->sc->n_tasks; i++) {
        for (int c = 0; c < run->sc->tasks[i].n_checks; c++) {
            run_check_result_clear(&run->tasks[i].checks[c]);
            run_check_result_clear(&run->tasks[i].memo[c]);
        }
        free(run->tasks[i].checks);
        free(run->tasks[i].memo);
        free(run->tasks[i].review_note);
    }
    free(run->tasks);
    free(run->final_tree);
    for (int i = 0; i < run->n_messages; i++) {
        free(run->messages[i].from);
        free(run->messages[i].to);
        free(run->messages[i].channel);
        free(run->messages[i].text);
    }
    free(run->messages);
    run_free_commands(run);
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
