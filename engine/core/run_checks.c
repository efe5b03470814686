/* run_checks.c: a task's checks, each in a fresh sandbox of its own, run a few at a time and
 * logged in the task's order; and where a reviewed task's review stands. */
#define _GNU_SOURCE
#include "core/run_internal.h"

#include "core/check_reuse.h"
#include "core/check_truth.h"
#include "core/verdict_policy.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- checks -------------------------------------------------------------------------- */

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

void run_check_result_clear(CheckResult *res)
{
    free(res->feedback);
    free(res->output);
    free(res->tree);
    memset(res, 0, sizeof *res);
}

static void check_result_copy(CheckResult *dst, const CheckResult *src)
{
    run_check_result_clear(dst);
    *dst = *src;
    dst->feedback = src->feedback ? xstrdup(src->feedback) : NULL;
    dst->output = src->output ? xstrdup(src->output) : NULL;
    dst->tree = src->tree ? xstrdup(src->tree) : NULL;
}

/* A result of check (ti, index) held for exactly this tree (check_reuse.h)? */
static bool memo_fits(const Run *run, int ti, int index, const char *tree)
{
    const CheckResult *memo = &run->tasks[ti].memo[index];
    return memo->ran && check_reuse_allowed(memo->tree, memo->timed_out, tree);
}

typedef struct CheckJob {
    CheckBatch *batch;     /* NULL: a hook's run:check (run_check_now) */
    Run *run;
    int ti, index;
    bool backend_tree;     /* the sandbox fingerprints the check's copy (check_reuse.h) */
    CheckNowFn now_done;   /* run_check_now's */
    void *now_ud;
    CheckResult held;      /* the memo as it stood when the sandbox reused it */
} CheckJob;

/* The sandbox's question once it fingerprinted the check's copy: is a result held for it?
 * That result is kept with the job (the memo may change before the job completes). */
static bool reuse_memo(void *ud, const char *tree)
{
    CheckJob *job = ud;
    if (!memo_fits(job->run, job->ti, job->index, tree)) return false;
    check_result_copy(&job->held, &job->run->tasks[job->ti].memo[job->index]);
    return true;
}

static void check_job_free(CheckJob *job)
{
    run_check_result_clear(&job->held);
    free(job);
}

/* The exec request of check (ti, index): what it runs (*command, *unrestored; caller frees),
 * with the copy's fingerprint and the memo's offer (fingerprint: a submit's or a hook's run;
 * the final pass's own results are never reused, so its checks go without). */
static SandboxExecRequest check_request(Run *run, int ti, int index, bool fingerprint, CheckJob *job,
                                        char **command, char **unrestored)
{
    const ScenarioTask *t = &run->sc->tasks[ti];
    const ScenarioCheck *c = &t->checks[index];
    job->run = run;
    job->ti = ti;
    job->index = index;
    char *truth = check_truth_command(run->base_commit, t->protect, t->n_protect, c->run);
    SandboxExecRequest req = {.check = true, .timeout = c->timeout};
    *command = fingerprint ? check_reuse_request(run->sb, &req, truth) : truth;
    if (*command != truth) free(truth);
    if (req.fingerprint) {
        req.reuse = reuse_memo;
        req.reuse_ud = job;
    }
    req.command = *command;
    /* Where the backend proves the protected paths of the check's copy are the base's,
     * putting them back is skipped (sandbox.h). */
    *unrestored = t->n_protect > 0 ? check_truth_command(run->base_commit, NULL, 0, c->run) : NULL;
    req.protect = t->protect;
    req.n_protect = t->n_protect;
    req.command_if_protected_same = *unrestored;
    return req;
}

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

/* The check event of a result (final: logged by the final pass; reused: not run again). */
static char *check_event(const Run *run, int ti, int index, const char *error, bool reused)
{
    const ScenarioTask *t = &run->sc->tasks[ti];
    const CheckResult *res = &run->tasks[ti].checks[index];
    return ev_check_json(&(EvCheck){.task = t->id, .check = t->checks[index].id, .passed = res->passed,
                                    .exit = res->exit_code, .feedback = res->feedback, .output = res->output,
                                    .final = run->finishing, .error = error, .reused = reused, .tree = res->tree});
}

/* Fills res from an exec's result r of check c (tree: the copy's fingerprint, taken). */
static void fill_check_result(Run *run, const ScenarioCheck *c, CheckResult *res, char *tree, SandboxExecResult *r)
{
    run_check_result_clear(res);
    res->tree = tree;
    res->ran = true;
    res->timed_out = r->timed_out;
    res->exit_code = r->error ? -1 : r->exit_code;
    res->passed = !r->error && r->exit_code == 0;
    res->output = run_capped_copy(r->output, r->output_len);
    res->feedback = fail_lines(res->output);
    if (r->timed_out && !res->feedback) res->feedback = xasprintf("the check did not finish in time");
    if (r->error) {
        run->infra = true;
        free(run->error);
        run->error = xasprintf("check '%s' could not run: %s", c->id, r->error);
    }
}

/* Records check index's result and returns its event text. A submit's result with its
 * fingerprint is also the check's memo; one the sandbox reused (r->reused) is the memo's. */
static char *record_check(Run *run, int ti, int index, bool backend_tree, SandboxExecResult *r, const CheckResult *held)
{
    const ScenarioCheck *c = &run->sc->tasks[ti].checks[index];
    CheckResult *res = &run->tasks[ti].checks[index];
    CheckResult *memo = &run->tasks[ti].memo[index];
    /* only a submit's checks print one (start_checks): a final result is never reused */
    char *tree = r->error || run->finishing ? NULL : check_reuse_result_tree(backend_tree, r);
    if (r->reused && !r->error) {
        free(tree);
        check_result_copy(res, held);
        return check_event(run, ti, index, NULL, true);
    }
    fill_check_result(run, c, res, tree, r);
    if (res->tree && !r->error) check_result_copy(memo, res);
    return check_event(run, ti, index, r->error, false);
}

/* Logs the batch's completed results that are next in the task's order. */
static void log_completed_in_order(CheckBatch *batch)
{
    while (batch->logged < batch->n && batch->complete[batch->logged]) {
        run_log_event(batch->run, event_kind_name(EV_CHECK), batch->events[batch->logged]);
        batch->logged++;
    }
}

/* In the final pass, a check whose last result (or memo) was taken on a workspace identical
 * to the final one is not run again (check_reuse.h): its result is logged again as final. */
static bool reuse_final_result(CheckBatch *batch, int index)
{
    Run *run = batch->run;
    CheckResult *res = &run->tasks[batch->ti].checks[index];
    if (!batch->final) return false;
    if (!(res->ran && check_reuse_allowed(res->tree, res->timed_out, run->final_tree))) {
        if (!memo_fits(run, batch->ti, index, run->final_tree)) return false;
        check_result_copy(res, &run->tasks[batch->ti].memo[index]);
    }
    batch->events[index] = check_event(run, batch->ti, index, NULL, true);
    batch->complete[index] = true;
    return true;
}

static void start_checks(CheckBatch *batch);

static void on_check_done(void *ud, SandboxExecResult *r)
{
    CheckJob *job = ud;
    CheckBatch *batch = job->batch;
    int index = job->index;
    bool backend_tree = job->backend_tree;
    CheckResult held = job->held;
    job->held = (CheckResult){0};
    free(job);
    batch->in_flight--;
    Run *run = batch->run;
    /* sandbox_close reports execs it cut short; a submit's checks still running when the run
     * ends must not overwrite the final ones. */
    if (run->freeing || (run->finishing && !batch->final)) batch->dropped = true;
    if (batch->dropped) {
        run_check_result_clear(&held);
        if (batch->in_flight == 0) check_batch_free(batch);
        return;
    }
    batch->events[index] = record_check(run, batch->ti, index, backend_tree, r, &held);
    run_check_result_clear(&held);
    batch->complete[index] = true;
    log_completed_in_order(batch);
    start_checks(batch);
}

/* Starts checks up to the parallel limit; when none is left to run or running, finishes. */
static void start_checks(CheckBatch *batch)
{
    Run *run = batch->run;
    while (!run->infra && batch->started < batch->n && batch->in_flight < CHECKS_IN_PARALLEL) {
        int index = batch->started++;
        if (reuse_final_result(batch, index)) {
            log_completed_in_order(batch);
            continue;
        }
        CheckJob *job = xcalloc(1, sizeof *job);
        char *command = NULL, *unrestored = NULL;
        SandboxExecRequest req = check_request(run, batch->ti, index, !batch->final, job, &command, &unrestored);
        job->batch = batch;
        job->index = index;
        job->backend_tree = req.fingerprint;
        batch->in_flight++;
        char *err = NULL;
        bool started = sandbox_exec_start(run->sb, run->loop, &req, on_check_done, job, &err);
        free(command);
        free(unrestored);
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

void run_checks_start(Run *run, int ti, ChecksDoneFn done)
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

/* ---- a hook's run:check ------------------------------------------------------------------ */

static void on_check_now_done(void *ud, SandboxExecResult *r)
{
    CheckJob *job = ud;
    Run *run = job->run;
    if (run->freeing) {
        job->now_done(job->now_ud, NULL, false, "the run ended");
        check_job_free(job);
        return;
    }
    if (r->reused && !r->error) {
        job->now_done(job->now_ud, &job->held, true, NULL);
        check_job_free(job);
        return;
    }
    if (r->error) {
        /* A hook's question: its failure to run is the hook's to handle, never a check result. */
        job->now_done(job->now_ud, NULL, false, r->error);
        check_job_free(job);
        return;
    }
    CheckResult res = {0};
    char *tree = check_reuse_result_tree(job->backend_tree, r);
    const ScenarioCheck *c = &run->sc->tasks[job->ti].checks[job->index];
    fill_check_result(run, c, &res, tree, r);
    if (res.tree) check_result_copy(&run->tasks[job->ti].memo[job->index], &res);
    job->now_done(job->now_ud, &res, false, NULL);
    run_check_result_clear(&res);
    check_job_free(job);
}

bool run_check_now(Run *run, const char *task, const char *check, CheckNowFn done, void *ud, char **err)
{
    int ti = -1, index = -1;
    for (int i = 0; i < run->sc->n_tasks && ti < 0; i++)
        if (strcmp(run->sc->tasks[i].id, task) == 0) ti = i;
    for (int c = 0; ti >= 0 && c < run->sc->tasks[ti].n_checks && index < 0; c++)
        if (strcmp(run->sc->tasks[ti].checks[c].id, check) == 0) index = c;
    if (ti < 0 || index < 0) {
        *err = ti < 0 ? xasprintf("no task '%s'", task) : xasprintf("task '%s' has no check '%s'", task, check);
        return false;
    }
    if (!run->sb) {
        *err = xstrdup("the sandbox is not running");
        return false;
    }
    CheckJob *job = xcalloc(1, sizeof *job);
    char *command = NULL, *unrestored = NULL;
    SandboxExecRequest req = check_request(run, ti, index, true, job, &command, &unrestored);
    job->backend_tree = req.fingerprint;
    job->now_done = done;
    job->now_ud = ud;
    bool started = sandbox_exec_start(run->sb, run->loop, &req, on_check_now_done, job, err);
    free(command);
    free(unrestored);
    if (!started) check_job_free(job);
    return started;
}

int run_failing_checks(const Run *run, int ti)
{
    return verdict_failing_checks(run->tasks[ti].checks, run->sc->tasks[ti].n_checks);
}

/* The line of a review's summary that says why: the core's own reason when it held an
 * approval back (its last line, "(Not approved yet: ...)", without the parentheses), since the
 * reviewer's first line then praises work that is not approvable; otherwise its first line with
 * words after any heading ("Changes requested:" alone on a line) and list marker, so the
 * breakdown shows the reason, not the heading. Caller frees. */
static char *review_reason_line(const char *note)
{
    const char *last = strrchr(note, '\n');
    last = last ? last + 1 : note;
    if (strncmp(last, REVIEW_HELD_OPENING, strlen(REVIEW_HELD_OPENING)) == 0) {
        const char *reason = last + 1;
        size_t n = strlen(reason);
        if (n > 0 && reason[n - 1] == ')') n--;
        return xstrndup(reason, n);
    }
    const char *line = note;
    for (const char *p = note; *p;) {
        size_t len = strcspn(p, "\n");
        const char *start = p;
        while (start < p + len && (*start == ' ' || *start == '-' || *start == '*')) start++;
        size_t n = (size_t)(p + len - start);
        bool heading = n == 0 || start[n - 1] == ':';
        if (!heading) return xstrndup(start, n);
        p += len;
        if (*p == '\n') p++;
    }
    return xstrndup(line, strcspn(line, "\n"));
}

void run_set_review(Run *run, int ti, ReviewState state, const char *note)
{
    TaskState *ts = &run->tasks[ti];
    ts->review = state;
    free(ts->review_note);
    ts->review_note = NULL;
    if (note) ts->review_note = review_reason_line(note);
}
