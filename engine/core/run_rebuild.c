/* run_rebuild.c: a run's state rebuilt from its event log (DESIGN §2: the log is the source of
 * truth), for `worksim resume` and for closing an abandoned run with the score it had. Each
 * stored event is parsed with its typed schema (core/events.h) and applied to the Run the way
 * the engine changed it when the event was logged, without logging anything or calling hooks:
 * task status and submits, chat, learner commands, check results, hints, awards and penalties,
 * reviews (and reviewers away), protected-path findings and LLM cost. The run clock is the
 * last event's. The scenario's Lua state (locals of scenario.lua) is not part of the log and
 * starts afresh (docs/resume.md). */
#define _GNU_SOURCE
#include "core/run_internal.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

static int task_status_from_name(const char *name)
{
    static const TaskStatus all[] = {TASK_UNASSIGNED, TASK_ASSIGNED, TASK_SUBMITTED, TASK_IN_REVIEW, TASK_DONE};
    for (size_t i = 0; name && i < sizeof all / sizeof all[0]; i++)
        if (strcmp(task_status_name(all[i]), name) == 0) return (int)all[i];
    return -1;
}

static int check_index(const Run *run, int ti, const char *id)
{
    for (int i = 0; ti >= 0 && id && i < run->sc->tasks[ti].n_checks; i++)
        if (strcmp(run->sc->tasks[ti].checks[i].id, id) == 0) return i;
    return -1;
}

static void apply_task_status(Run *run, RunRebuild *rb, const EvTaskStatus *e, double t)
{
    int ti = run_task_index(run, e->task);
    int status = task_status_from_name(e->status);
    if (ti < 0 || status < 0) return;
    TaskState *ts = &run->tasks[ti];
    if (status == TASK_SUBMITTED) run_record_submit(run, ti, t);
    if (status == TASK_IN_REVIEW) run_set_review(run, ti, REVIEW_PENDING, NULL);
    if (status == TASK_ASSIGNED && ts->status == TASK_IN_REVIEW && ts->review == REVIEW_PENDING) {
        /* Back from review without a verdict: the reviewer was away (run_flow.c). */
        run_review_log_add(&run->reviews, ti, run->sc->tasks[ti].review, NULL, t);
        run_set_review(run, ti, REVIEW_UNREACHABLE, rb->away_error);
    }
    ts->status = (TaskStatus)status;
}

static void apply_check(Run *run, const EvCheck *e)
{
    int ti = run_task_index(run, e->task);
    int ci = check_index(run, ti, e->check);
    if (ci < 0) return;
    CheckResult *r = &run->tasks[ti].checks[ci];
    free(r->feedback);
    free(r->output);
    r->ran = true;
    r->passed = e->passed;
    r->exit_code = (int)e->exit;
    r->feedback = xstrdup(e->feedback);
    r->output = xstrdup(e->output);
}

static void apply_review(Run *run, const EvReview *e, double t)
{
    int ti = run_task_index(run, e->task);
    if (ti < 0) return;
    int n = cJSON_GetArraySize(e->comments);
    ReviewComment *comments = xcalloc((size_t)n + 1, sizeof *comments);
    for (int i = 0; i < n; i++) {
        const cJSON *c = cJSON_GetArrayItem(e->comments, i);
        const cJSON *line = cJSON_GetObjectItemCaseSensitive(c, "line");
        comments[i] = (ReviewComment){cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(c, "path")),
                                      cJSON_IsNumber(line) ? (int)line->valuedouble : 0,
                                      cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(c, "kind")),
                                      cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(c, "text"))};
    }
    /* The log holds the verdict as it stood (held approvals already turned into changes). */
    ReviewVerdict v = {e->approved || e->held, e->summary, comments, n};
    run_review_log_add(&run->reviews, ti, e->reviewer, &v, t);
    free(comments);
    run_set_review(run, ti, e->approved ? REVIEW_APPROVED : REVIEW_CHANGES, e->summary);
}

static void apply_adjustment(Run *run, bool award, const EvAward *e)
{
    run->adjustments = xrealloc(run->adjustments, (size_t)(run->n_adjustments + 1) * sizeof *run->adjustments);
    run->adjustments[run->n_adjustments++] = (Adjustment){award, xstrdup(e->id), xstrdup(e->why), e->points};
}

static void apply_hint(Run *run, const EvHint *e)
{
    int ti = run_task_index(run, e->task);
    if (ti < 0) return;
    run->tasks[ti].hints_used = (int)e->number;
    run->hints = xrealloc(run->hints, (size_t)(run->n_hints + 1) * sizeof *run->hints);
    run->hints[run->n_hints++] = (HintUse){xstrdup(e->task), e->cost, (int)e->number};
}

static void apply_protected(Run *run, const EvProtectedChanged *e)
{
    int ti = run_task_index(run, e->task);
    if (ti < 0) return;
    run->protected_changes = xrealloc(run->protected_changes,
                                      (size_t)(run->n_protected_changes + 1) * sizeof *run->protected_changes);
    run->protected_changes[run->n_protected_changes++] = (ProtectedChange){ti, xstrdup(e->path)};
}

/* A learner's input (counted as the run counts them); its hook is pending until its hook_done. */
static void add_pending(Run *run, RunRebuild *rb, ScenarioHook hook, const char *json)
{
    int input = ++run->n_inputs;
    if (!run_has_hook(run, hook)) return;
    rb->pending = xrealloc(rb->pending, (size_t)(rb->n_pending + 1) * sizeof *rb->pending);
    rb->pending[rb->n_pending++] = (PendingInput){input, hook, xstrdup(json)};
}

static void remove_pending(RunRebuild *rb, int input)
{
    for (int i = 0; i < rb->n_pending; i++) {
        if (rb->pending[i].input != input) continue;
        free(rb->pending[i].json);
        memmove(&rb->pending[i], &rb->pending[i + 1], (size_t)(rb->n_pending - i - 1) * sizeof *rb->pending);
        rb->n_pending--;
        return;
    }
}

/* A scenario_state event holds the locals that changed: merged over the earlier ones. */
static void apply_scenario_state(RunRebuild *rb, const EvScenarioState *e)
{
    if (!rb->scenario_state) rb->scenario_state = cJSON_CreateObject();
    for (const cJSON *v = e->values ? e->values->child : NULL; v; v = v->next) {
        if (!v->string) continue;
        cJSON_DeleteItemFromObjectCaseSensitive(rb->scenario_state, v->string);
        cJSON_AddItemToObject(rb->scenario_state, v->string, cJSON_Duplicate(v, true));
    }
}

static void apply_lifecycle(Run *run, RunRebuild *rb, EventKind kind, const void *f)
{
    switch (kind) {
    case EV_START: free(rb->start_hash); rb->start_hash = xstrdup(((const EvStart *)f)->hash); break;
    case EV_BASE_RECORDED:
        rb->base_recorded = true;
        free(run->base_commit);
        run->base_commit = xstrdup(((const EvBaseRecorded *)f)->commit);
        break;
    case EV_FINISHING:
        rb->finishing = true;
        free(rb->finishing_reason);
        rb->finishing_reason = xstrdup(((const EvFinishing *)f)->reason);
        break;
    case EV_FINISH: rb->finished = true; break;
    case EV_SANDBOX:
        free(rb->backend);
        rb->backend = xstrdup(((const EvSandbox *)f)->backend);
        break;
    case EV_RESUMED:                   /* an earlier resume: what it re-does starts over */
        rb->finishing = false;
        free(rb->backend);
        rb->backend = xstrdup(((const EvResumed *)f)->backend);
        break;
    default: break;
    }
}

/* The parsed fields of one kind, as one blob large enough for any. */
typedef union AnyEvent {
#define EV_UNION_MEMBER(NAME, lower, Struct) Struct lower;
    WORKSIM_EVENT_KINDS(EV_UNION_MEMBER)
#undef EV_UNION_MEMBER
} AnyEvent;

bool run_rebuild_event(Run *run, RunRebuild *rb, double t, const char *kind_name, const char *data_json, char **err)
{
    rb->n_events++;
    if (t > rb->last_t) rb->last_t = t;
    EventKind kind = event_kind_from_name(kind_name);
    if (kind == EV_UNKNOWN) return true;   /* a newer engine's kind: nothing this one rebuilds */
    AnyEvent f;
    memset(&f, 0, sizeof f);
    cJSON *doc = NULL;
    if (!event_from_json(kind, data_json, &f, &doc, err)) return false;
    switch (kind) {
    case EV_MESSAGE:
        if (strcmp(f.message.from, "learner") == 0) {
            run->colleague_chain = 0;
            add_pending(run, rb, HOOK_ON_MESSAGE, data_json);
        }
        run_push_message(run, f.message.from, f.message.to, f.message.channel, f.message.text, t);
        break;
    case EV_TASK_STATUS:
        apply_task_status(run, rb, &f.task_status, t);
        if (strcmp(f.task_status.status, "submitted") == 0) add_pending(run, rb, HOOK_ON_SUBMIT, data_json);
        break;
    case EV_COMMAND:
        run_push_command(run, &f.command, t);
        add_pending(run, rb, HOOK_ON_COMMAND, data_json);
        break;
    case EV_EXECS: run_push_background_execs(run, &f.execs); break;
    case EV_HOOK_DONE: remove_pending(rb, (int)f.hook_done.input); break;
    case EV_CHECK: apply_check(run, &f.check); break;
    case EV_HINT: apply_hint(run, &f.hint); break;
    case EV_AWARD: apply_adjustment(run, true, &f.award); break;
    case EV_PENALTY: apply_adjustment(run, false, &(EvAward){f.penalty.id, f.penalty.points, f.penalty.why}); break;
    case EV_REVIEW: apply_review(run, &f.review, t); break;
    case EV_COLLEAGUE_AWAY:
        free(rb->away_error);
        rb->away_error = xstrdup(f.colleague_away.error);
        break;
    case EV_COLLEAGUE_CHAIN_CAPPED: run->colleague_chain = (int)f.colleague_chain_capped.cap; break;
    case EV_PROTECTED_CHANGED: apply_protected(run, &f.protected_changed); break;
    case EV_LLM_CALL: run->cost_usd += f.llm_call.cost_usd; break;
    case EV_SCENARIO_STATE: apply_scenario_state(rb, &f.scenario_state); break;
    default: apply_lifecycle(run, rb, kind, &f); break;
    }
    cJSON_Delete(doc);
    return true;
}

void run_rebuild_clear(RunRebuild *rb)
{
    free(rb->finishing_reason);
    free(rb->start_hash);
    free(rb->away_error);
    free(rb->backend);
    cJSON_Delete(rb->scenario_state);
    for (int i = 0; i < rb->n_pending; i++) free(rb->pending[i].json);
    free(rb->pending);
    memset(rb, 0, sizeof *rb);
}
