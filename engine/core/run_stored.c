/* run_stored.c: a finished run rebuilt from the database for showing it (run_stored.h). */
#include "core/run_stored.h"

#include "core/replay_state.h"
#include "core/run_internal.h"
#include "base/util.h"

#include <stdlib.h>
#include <string.h>

typedef struct StoredRow {
    bool found;
    char *scenario_id, *learner, *outcome, *reason;
    double score, max, percent;
} StoredRow;

static bool note_row(void *ud, const StoreRunRow *row)
{
    StoredRow *r = ud;
    r->found = true;
    r->scenario_id = xstrdup(row->scenario_id);
    r->learner = xstrdup(row->learner);
    r->outcome = xstrdup(row->outcome);
    r->reason = xstrdup(row->reason);
    r->score = row->score;
    r->max = row->max;
    r->percent = row->percent;
    return false;
}

static void stored_row_clear(StoredRow *r)
{
    free(r->scenario_id);
    free(r->learner);
    free(r->outcome);
    free(r->reason);
}

static ScoreKind score_kind_from_name(const char *name)
{
    static const ScoreKind all[] = {SCORE_CHECK, SCORE_RUBRIC, SCORE_AWARD, SCORE_PENALTY, SCORE_HINT};
    for (size_t i = 0; name && i < sizeof all / sizeof all[0]; i++)
        if (strcmp(score_kind_name(all[i]), name) == 0) return all[i];
    return SCORE_AWARD;
}

static bool add_result_line(void *ud, const StoreResultLine *l)
{
    score_sheet_add(ud, score_kind_from_name(l->kind), l->item_id, l->task, l->label, l->skill, l->points, l->max,
                    l->passed, l->feedback);
    return true;
}

/* The stored outcome as the static string a ScoreSheet holds. */
static const char *static_outcome(const char *outcome)
{
    static const char *const all[] = {"passed", "failed", "incomplete", "infra_error"};
    for (size_t i = 0; outcome && i < sizeof all / sizeof all[0]; i++)
        if (strcmp(all[i], outcome) == 0) return all[i];
    return "failed";
}

/* Chat, commands, task states, reviews and cost from the log; false + *err when it cannot be read. */
static bool rebuild_from_log(Run *run, Store *st, char **err)
{
    ReplayLog log = {0};
    RunRebuild rb = {0};
    bool ok = replay_log_load(&log, st, run->id, err);
    for (int i = 0; ok && i < log.n; i++) {
        const ReplayEvent *e = &log.events[i];
        char *why = NULL;
        if (!run_rebuild_event(run, &rb, e->t, event_kind_name(e->kind), e->data_json, &why)) free(why);
    }
    run->started = loop_now(run->loop) - rb.last_t;
    run_rebuild_clear(&rb);
    replay_log_clear(&log);
    return ok;
}

Run *run_load_stored(Scenario *sc, Store *st, Loop *loop, int64_t run_id, char **err)
{
    StoredRow row = {0};
    StoreRunFilter filter = {.run_id = run_id};
    if (!store_runs_foreach(st, &filter, note_row, &row)) *err = xasprintf("run %lld: %s", (long long)run_id, store_errmsg(st));
    else if (!row.found) *err = xasprintf("no run %lld in the database", (long long)run_id);
    else if (!row.outcome) *err = xasprintf("run %lld has not finished", (long long)run_id);
    else if (strcmp(row.scenario_id, sc->id) != 0)
        *err = xasprintf("run %lld is a run of '%s', not of '%s'", (long long)run_id, row.scenario_id, sc->id);
    if (!row.found || !row.outcome || strcmp(row.scenario_id, sc->id) != 0) {
        stored_row_clear(&row);
        scenario_free(sc);
        return NULL;
    }
    Run *run = run_new(sc, &(RunOptions){.learner = row.learner, .loop = loop});
    run->id = run_id;
    bool ok = rebuild_from_log(run, st, err) && store_results_foreach(st, run_id, add_result_line, &run->sheet);
    if (ok) {
        bool infra = strcmp(row.outcome, "infra_error") == 0;
        score_sheet_finalize(&run->sheet, sc->pass, false, row.reason, infra);   /* the skills' totals */
        run->sheet.outcome = static_outcome(row.outcome);
        run->sheet.score = row.score;
        run->sheet.max = row.max;
        run->sheet.percent = row.percent;
        run->end_reason = xstrdup(row.reason ? row.reason : "finished");
        if (infra) {
            run->infra = true;
            run->error = xstrdup(row.reason);
        }
        run->finishing = run->finished = true;
    } else if (!*err) {
        *err = xasprintf("run %lld: %s", (long long)run_id, store_errmsg(st));
    }
    stored_row_clear(&row);
    if (!ok) {
        run_free(run);
        return NULL;
    }
    return run;
}
