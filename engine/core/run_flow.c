/* run_flow.c: task flow (DESIGN §3): what the scenario host and backends may do to a task
 * (assign, complete, award, hints) and submit → checks → review → done or back to assigned. */
#define _GNU_SOURCE
#include "core/run_internal.h"

#include "core/check_truth.h"
#include "core/verdict_policy.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- actions available to the scenario host and backends ------------------------------ */

void run_set_status(Run *run, int ti, TaskStatus status, const char *why)
{
    run->tasks[ti].status = status;
    run_log_task_status(run, &(EvTaskStatus){.task = run->sc->tasks[ti].id, .status = task_status_name(status), .why = why});
}

bool run_assign(Run *run, const char *task, char **err)
{
    int ti = run_task_index(run, task);
    if (ti < 0) return run_fail(err, "unknown task '%s'", task);
    if (run->tasks[ti].status != TASK_UNASSIGNED) return true;
    const ScenarioTask *t = &run->sc->tasks[ti];
    run_set_status(run, ti, TASK_ASSIGNED, "assigned");
    if (t->from) {
        char *text = xasprintf("New task for you: %s%s%s", t->title, t->ticket ? "\n\n" : "",
                               t->ticket ? t->ticket : "");
        run_add_message(run, t->from, "learner", NULL, text);
        free(text);
    }
    return true;
}

bool run_complete(Run *run, const char *task, char **err)
{
    int ti = run_task_index(run, task);
    if (ti < 0) return run_fail(err, "unknown task '%s'", task);
    run_set_status(run, ti, TASK_DONE, "completed by the scenario");
    return true;
}

bool run_adjust(Run *run, bool award, const char *id, double points, const char *why, char **err)
{
    if (!id || !*id) return run_fail(err, "%sexpected an id", "");
    if (points < 0) return run_fail(err, "points must not be negative (%s)", id);
    run->adjustments = xrealloc(run->adjustments, (size_t)(run->n_adjustments + 1) * sizeof *run->adjustments);
    run->adjustments[run->n_adjustments++] = (Adjustment){award, xstrdup(id), xstrdup(why), points};
    if (award) run_log_award(run, &(EvAward){.id = id, .points = points, .why = why});
    else run_log_penalty(run, &(EvPenalty){.id = id, .points = points, .why = why});
    return true;
}

char *run_take_hint(Run *run, const char *task, char **err)
{
    int ti = run_task_index(run, task);
    if (ti < 0) {
        run_fail(err, "unknown task '%s'", task);
        return NULL;
    }
    const ScenarioTask *t = &run->sc->tasks[ti];
    TaskState *ts = &run->tasks[ti];
    if (ts->hints_used >= t->n_hints) {
        run_fail(err, "no more hints for task '%s'", task);
        return NULL;
    }
    const char *text = t->hints[ts->hints_used++];
    run->hints = xrealloc(run->hints, (size_t)(run->n_hints + 1) * sizeof *run->hints);
    run->hints[run->n_hints++] = (HintUse){xstrdup(task), t->hint_cost, ts->hints_used};
    run_log_hint(run, &(EvHint){.task = task, .number = ts->hints_used, .cost = t->hint_cost, .text = text});
    return xstrdup(text);
}

void run_note_script_error(Run *run, const char *message)
{
    if (run->error) return;
    run->error = xasprintf("%s", message);
    /* Keep the one-line message for people; the traceback stays in the log. */
    char *nl = strchr(run->error, '\n');
    run_log_script_error(run, &(EvScriptError){.error = message});
    if (nl) *nl = '\0';
    run->script_error = true;
    run_finish(run, "scenario error");
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

static void on_review_verdict(ColleagueContext *cx, void *ud, const ReviewVerdict *v, const char *error)
{
    Run *run = run_of_colleague_context(cx);
    ReviewCtx *ctx = ud;
    int ti = ctx->ti;
    free(ctx);
    const ScenarioTask *t = &run->sc->tasks[ti];
    if (run->finishing) return;
    if (error) {
        /* The reviewer is unreachable: an infrastructure state, never a learner's fault. */
        run_review_log_add(&run->reviews, ti, t->review, NULL, run_elapsed(run));
        run_log_colleague_away(run, &(EvColleagueAway){.who = t->review, .error = error});
        run_set_review(run, ti, REVIEW_UNREACHABLE, error);
        run_set_status(run, ti, TASK_ASSIGNED, "review could not happen; submit again later");
        return;
    }
    /* The one approval rule, whatever the backend decided (verdict_policy.h). */
    int failing = run_failing_checks(run, ti);
    bool approved = verdict_approval_stands(v->approved, failing);
    char *summary = v->summary ? xstrdup(v->summary) : NULL;
    if (v->approved && !approved) {
        char *held = xasprintf("%s%s" REVIEW_HELD_OPENING "%d of the task's checks still fail.)", summary ? summary : "",
                               summary ? "\n\n" : "", failing);
        free(summary);
        summary = held;
    }
    cJSON *comments = cJSON_CreateArray();
    for (int i = 0; i < v->n_comments; i++) {
        cJSON *c = cJSON_CreateObject();
        if (v->comments[i].path) cJSON_AddStringToObject(c, "path", v->comments[i].path);
        cJSON_AddNumberToObject(c, "line", v->comments[i].line);
        cJSON_AddStringToObject(c, "kind", v->comments[i].kind ? v->comments[i].kind : "actionable");
        cJSON_AddStringToObject(c, "text", v->comments[i].text ? v->comments[i].text : "");
        cJSON_AddItemToArray(comments, c);
    }
    char *json = ev_review_json(&(EvReview){.task = t->id, .reviewer = t->review, .approved = approved,
                                            .summary = summary, .comments = comments,
                                            .held = v->approved && !approved});
    cJSON_Delete(comments);
    cJSON *hook_verdict = cJSON_Parse(json);   /* on_review's verdict: the event less task and reviewer */
    run_review_log_add(&run->reviews, ti, t->review, v, run_elapsed(run));
    run_log_event(run, event_kind_name(EV_REVIEW), json);
    free(json);
    if (summary) run_add_message(run, t->review, "learner", NULL, summary);
    run_set_review(run, ti, approved ? REVIEW_APPROVED : REVIEW_CHANGES, summary);
    free(summary);
    run_set_status(run, ti, approved ? TASK_DONE : TASK_ASSIGNED, approved ? "approved by the reviewer" : "changes requested");
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_CreateString(t->id));
    cJSON_DeleteItemFromObject(hook_verdict, "task");
    cJSON_DeleteItemFromObject(hook_verdict, "reviewer");
    cJSON_AddItemToArray(args, hook_verdict);
    run_call_hook(run, HOOK_ON_REVIEW, args, after_on_review, NULL);
}

static void request_review(Run *run, int ti)
{
    ReviewCtx *ctx = xcalloc(1, sizeof *ctx);
    ctx->ti = ti;
    run->colleagues->review(run->colleagues, &run->colleague_cx, run->sc->tasks[ti].review, run->sc->tasks[ti].id,
                            on_review_verdict, ctx);
}

static void after_submit_checks(Run *run, int ti)
{
    const ScenarioTask *t = &run->sc->tasks[ti];
    if (run->finishing) return;
    if (run->infra) {
        run_finish(run, "infrastructure error");
        return;
    }
    bool passed = run_failing_checks(run, ti) == 0;
    if (t->review) {
        run_set_review(run, ti, REVIEW_PENDING, NULL);
        run_set_status(run, ti, TASK_IN_REVIEW, NULL);
        request_review(run, ti);
    } else if (passed) {
        run_set_status(run, ti, TASK_DONE, "all checks passed");
    } else {
        run_set_status(run, ti, TASK_ASSIGNED, "some checks failed");
    }
}

bool run_learner_submit(Run *run, const char *task, char **err)
{
    if (run->finishing) return run_fail(err, "the run has ended%s", "");
    int ti = run_task_index(run, task);
    if (ti < 0) return run_fail(err, "unknown task '%s'", task);
    TaskStatus st = run->tasks[ti].status;
    if (st != TASK_ASSIGNED) {
        char *why = xasprintf("task is %s", task_status_name(st));
        run_log_submit_refused(run, &(EvSubmitRefused){.task = task, .why = why});
        free(why);
        return true;
    }
    run_record_submit(run, ti, run_elapsed(run));
    int input = ++run->n_inputs;
    bool tx = run_atomic_begin(run);
    run_set_status(run, ti, TASK_SUBMITTED, NULL);
    run_call_on_submit(run, task, input);
    run_atomic_end(run, tx);
    if (!run->finishing) run_checks_start(run, ti, after_submit_checks);
    return true;
}

static void after_on_submit(Run *run, void *ud, const cJSON *results)
{
    (void)results;
    run_note_hook_done(run, HOOK_ON_SUBMIT, (int)(intptr_t)ud);
}

void run_call_on_submit(Run *run, const char *task, int input)
{
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, cJSON_CreateString(task));
    run_call_hook(run, HOOK_ON_SUBMIT, args, after_on_submit, (void *)(intptr_t)input);
}

/* Resume: the log stopped while task ti's submit was being checked (submitted: its checks run
 * again on the saved workspace) or reviewed (in review: the reviewer is asked again). */
void run_continue_submit(Run *run, int ti)
{
    if (run->finishing) return;
    if (run->tasks[ti].status == TASK_SUBMITTED) run_checks_start(run, ti, after_submit_checks);
    else if (run->tasks[ti].status == TASK_IN_REVIEW) request_review(run, ti);
}
