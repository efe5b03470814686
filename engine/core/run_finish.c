/* run_finish.c: finishing a run: the protected-path audit, the final check pass, the judges,
 * on_finish, the review gate and the score sheet, stored and logged. */
#define _GNU_SOURCE
#include "core/run_internal.h"

#include "core/check_reuse.h"
#include "core/check_truth.h"
#include "core/verdict_policy.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    bool approvals_missing = false, gate_closed = false;
    for (int ti = 0; ti < sc->n_tasks; ti++) {
        const ScenarioTask *t = &sc->tasks[ti];
        for (int ci = 0; ci < t->n_checks; ci++) {
            const ScenarioCheck *c = &t->checks[ci];
            const CheckResult *r = &run->tasks[ti].checks[ci];
            bool submitted = run->tasks[ti].submitted_ever;
            bool passed = submitted && r->ran && r->passed;
            const char *fb = !submitted ? "the task was never submitted" : r->feedback;
            /* a required check that fails is a gate, like a missing approval: say so first */
            char *gated = !passed && c->required ? xasprintf("required to pass the run: %s", fb ? fb : "failed") : NULL;
            if (gated) gate_closed = true;
            score_sheet_add(&run->sheet, SCORE_CHECK, c->id, t->id, c->label, c->skill,
                            passed ? c->points : 0, c->points, passed, passed ? NULL : gated ? gated : fb);
            free(gated);
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
    score_sheet_finalize(&run->sheet, sc->pass, approvals_missing || gate_closed, run->end_reason,
                         run->infra || run->script_error || run->reviewer_away || run->record_failed);
}

/* on_finish's result argument. */
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

void run_finish_complete(Run *run)
{
    build_sheet(run);
    if (!store_results(run)) {
        run_note_record_failure(run, "results");
        build_sheet(run);                /* now infra_error */
        store_results(run);              /* best effort: record at least that */
    }
    const ScoreSheet *s = &run->sheet;
    run->finished = true;
    run_log_finish(run, &(EvFinish){.outcome = s->outcome, .score = s->score, .max = s->max, .percent = s->percent,
                                    .reason = run->end_reason, .error = run->error});
}

static void after_on_finish(Run *run, void *ud, const cJSON *results)
{
    (void)ud;
    (void)results;
    run_finish_complete(run);
}

static void on_grade(ColleagueContext *cx, void *ud, double points, const char *why, const char *error)
{
    Run *run = run_of_colleague_context(cx);
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
    /* raw_points only when clamping changed it: what the judge proposed */
    run_log_grade(run, &(EvGrade){.rubric = item->id, .points = points, .max = item->points, .why = why,
                                  .raw_points = raw != points ? (raw == raw ? raw : 0) : NAN});
    finish_grade_next(run, ri + 1);
}

static void finish_grade_next(Run *run, int ri)
{
    if (ri < run->sc->n_rubric && !run->script_error) {
        run->colleagues->grade(run->colleagues, &run->colleague_cx, ri, on_grade, (void *)(intptr_t)ri);
        return;
    }
    if (run->script_error) {
        run_finish_complete(run);
        return;
    }
    build_sheet(run);
    cJSON *args = cJSON_CreateArray();
    cJSON_AddItemToArray(args, sheet_json(&run->sheet));
    run_call_hook(run, HOOK_ON_FINISH, args, after_on_finish, NULL);
}

static void after_final_checks(Run *run, int ti) { finish_checks_next(run, ti + 1); }

static void finish_checks_next(Run *run, int ti)
{
    while (ti < run->sc->n_tasks && !run->tasks[ti].submitted_ever) ti++;
    if (ti < run->sc->n_tasks && !run->infra && !run->script_error) {
        run_checks_start(run, ti, after_final_checks);
        return;
    }
    if (run->infra || run->script_error) {
        run_finish_complete(run);
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

/* Caches a learner's own tool runs leave beside protected files (python's bytecode, pytest's
 * cache): no change to what the checks read, so no tampering to report. */
static bool tool_cache_path(const char *path)
{
    static const char *const caches[] = {"__pycache__", ".pytest_cache"};
    for (size_t i = 0; i < sizeof caches / sizeof caches[0]; i++) {
        size_t n = strlen(caches[i]);
        for (const char *p = strstr(path, caches[i]); p; p = strstr(p + 1, caches[i]))
            if ((p == path || p[-1] == '/') && (p[n] == '\0' || p[n] == '/')) return true;
    }
    size_t len = strlen(path);
    return len > 4 && strcmp(path + len - 4, ".pyc") == 0;
}

static void note_protected_change(void *ud, const char *path)
{
    Run *run = ud;
    if (tool_cache_path(path)) return;
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
        run_log_protected_changed(run, &(EvProtectedChanged){.task = t->id, .path = path});
    }
}

/* Some check has a result taken on a known workspace, which the final pass might reuse. */
static bool any_reusable_result(const Run *run)
{
    for (int ti = 0; ti < run->sc->n_tasks; ti++)
        for (int c = 0; run->tasks[ti].submitted_ever && c < run->sc->tasks[ti].n_checks; c++)
            if (run->tasks[ti].checks[c].tree) return true;
    return false;
}

typedef struct FinalSurvey {
    Run *run;
    bool audit;                 /* the protected-path audit ran after the fingerprint */
    bool backend_tree;          /* the sandbox fingerprinted the copy (check_reuse.h) */
} FinalSurvey;

static void on_final_survey(void *ud, SandboxExecResult *r)
{
    FinalSurvey *survey = ud;
    Run *run = survey->run;
    bool audit = survey->audit;
    bool backend_tree = survey->backend_tree;
    free(survey);
    if (run->freeing) return;
    if (!r->error) {
        free(run->final_tree);
        run->final_tree = check_reuse_result_tree(backend_tree, r);
    }
    if (audit && r->error) {
        /* Only the 0-point notice lines depend on it: the checks themselves still restore. */
        run_log_protect_audit_failed(run, &(EvProtectAuditFailed){.error = r->error});
    } else if (audit) {
        int n_all = 0;
        char **all = all_protected(run, &n_all);
        check_truth_audit_parse(r->output, r->output_len, all, n_all, note_protected_change, run);
        free(all);
    }
    finish_checks_next(run, 0);
}

/* The final workspace, frozen now that no learner process runs, stored as the run's snapshot
 * (run_snapshot.c) and surveyed once in a check sandbox: its fingerprint (so checks whose last result was taken on the same tree need not
 * run again) and the protected-path audit. Then the final checks. */
void run_audit_protected_then_check(Run *run)
{
    run_snapshot_store(run);
    bool ready = run->sb && !run->infra && !run->script_error;
    bool audit = ready && any_protect(run) && run->base_recorded;
    bool fingerprint = ready && any_reusable_result(run);
    if (!audit && !fingerprint) {
        finish_checks_next(run, 0);
        return;
    }
    char *text = NULL;
    int n_all = 0;
    char **all = all_protected(run, &n_all);
    if (audit) text = check_truth_audit_script(all, n_all);
    SandboxExecRequest req = {.check = true};
    char *script = fingerprint ? check_reuse_request(run->sb, &req, text ? text : "") : xstrdup(text);
    free(text);
    req.command = script;
    /* Where the backend proves every protected path of the copy is the base's, the audit
     * would name none: only the fingerprint part runs (on ns: no sandbox at all). */
    SandboxExecRequest plain = {.check = true};
    char *unaudited = audit ? (fingerprint ? check_reuse_request(run->sb, &plain, "") : xstrdup("")) : NULL;
    if (audit && plain.fingerprint == req.fingerprint) {
        req.protect = all;
        req.n_protect = n_all;
        req.command_if_protected_same = unaudited;
    }
    FinalSurvey *survey = xcalloc(1, sizeof *survey);
    *survey = (FinalSurvey){run, audit, req.fingerprint};
    char *err = NULL;
    bool started = sandbox_exec_start(run->sb, run->loop, &req, on_final_survey, survey, &err);
    free(script);
    free(unaudited);
    free(all);
    if (!started) {
        SandboxExecResult r = {.exit_code = -1, .error = err ? err : xstrdup("sandbox closed")};
        on_final_survey(survey, &r);
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
    run_log_finishing(run, &(EvFinishing){.reason = run->end_reason});
    /* No learner process may touch the workspace while it is graded. What it ran last is
     * logged first. */
    shell_session_flush_execs(run->shell);
    shell_session_close(run->shell);
    run->shell = NULL;
    run_audit_protected_then_check(run);
}

void run_on_time_limit(void *ud)
{
    Run *run = ud;
    run->time_limit_timer = 0;
    run_finish(run, "time_limit");
}
