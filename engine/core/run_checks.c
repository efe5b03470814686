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

typedef struct CheckJob {
    CheckBatch *batch;
    int index;
    bool backend_tree;     /* the sandbox fingerprints the check's copy (check_reuse.h) */
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

/* The check event of a result (final: logged by the final pass; reused: not run again). */
static char *check_event(const Run *run, int ti, int index, const char *error, bool reused)
{
    const ScenarioTask *t = &run->sc->tasks[ti];
    const CheckResult *res = &run->tasks[ti].checks[index];
    return ev_check_json(&(EvCheck){.task = t->id, .check = t->checks[index].id, .passed = res->passed,
                                    .exit = res->exit_code, .feedback = res->feedback, .output = res->output,
                                    .final = run->finishing, .error = error, .reused = reused, .tree = res->tree});
}

/* Records check index's result and returns its event text. */
static char *record_check(Run *run, int ti, int index, bool backend_tree, SandboxExecResult *r)
{
    const ScenarioCheck *c = &run->sc->tasks[ti].checks[index];
    CheckResult *res = &run->tasks[ti].checks[index];
    free(res->feedback);
    free(res->output);
    free(res->tree);
    /* only a submit's checks print one (start_checks): a final result is never reused */
    res->tree = r->error || run->finishing ? NULL : check_reuse_result_tree(backend_tree, r);
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

/* In the final pass, a check whose last result was taken on a workspace identical to the
 * final one is not run again (check_reuse.h): its result is logged again as final. */
static bool reuse_final_result(CheckBatch *batch, int index)
{
    Run *run = batch->run;
    const CheckResult *res = &run->tasks[batch->ti].checks[index];
    if (!batch->final || !res->ran || !check_reuse_allowed(res->tree, res->timed_out, run->final_tree)) return false;
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
    batch->events[index] = record_check(run, batch->ti, index, backend_tree, r);
    batch->complete[index] = true;
    log_completed_in_order(batch);
    start_checks(batch);
}

/* Starts checks up to the parallel limit; when none is left to run or running, finishes. */
static void start_checks(CheckBatch *batch)
{
    Run *run = batch->run;
    const ScenarioTask *t = &run->sc->tasks[batch->ti];
    while (!run->infra && batch->started < batch->n && batch->in_flight < CHECKS_IN_PARALLEL) {
        int index = batch->started++;
        if (reuse_final_result(batch, index)) {
            log_completed_in_order(batch);
            continue;
        }
        const ScenarioCheck *c = &t->checks[index];
        char *truth = check_truth_command(run->base_commit, t->protect, t->n_protect, c->run);
        /* The fingerprint lets the final pass reuse a submit's result; the final pass's own
         * results are never reused, so its checks go without. */
        SandboxExecRequest req = {.check = true, .timeout = c->timeout};
        char *command = batch->final ? truth : check_reuse_request(run->sb, &req, truth);
        if (command != truth) free(truth);
        req.command = command;
        /* Where the backend proves the protected paths of the check's copy are the base's,
         * putting them back is skipped (sandbox.h). */
        char *unrestored = t->n_protect > 0 ? check_truth_command(run->base_commit, NULL, 0, c->run) : NULL;
        req.protect = t->protect;
        req.n_protect = t->n_protect;
        req.command_if_protected_same = unrestored;
        CheckJob *job = xcalloc(1, sizeof *job);
        *job = (CheckJob){batch, index, req.fingerprint};
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
