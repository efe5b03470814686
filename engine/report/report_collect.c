/* report_collect.c: reads the runs a report shows from the store: finished runs only, with
 * their breakdown lines and LLM cost, and each run's latest regrade (the instructor's verdict,
 * report_run_graded) with its breakdown. Stored text is untrusted (a learner picks their name,
 * colleagues and checks write feedback): every string is repaired to valid UTF-8 here, once,
 * so no emitter can write an invalid document. */
#include "report/report.h"

#include "base/text_safe.h"

#include <stdlib.h>
#include <string.h>

static bool collect_line(void *ud, const StoreResultLine *l)
{
    ReportRun *r = ud;
    r->lines = xrealloc(r->lines, (size_t)(r->n_lines + 1) * sizeof *r->lines);
    r->lines[r->n_lines++] = (StoreResultLine){text_utf8(l->kind), text_utf8(l->item_id), text_utf8(l->task),
                                               text_utf8(l->label), text_utf8(l->skill), l->points, l->max,
                                               l->passed, text_utf8(l->feedback)};
    return true;
}

static bool collect_call(void *ud, const StoreLlmCall *c)
{
    ReportRun *r = ud;
    r->cost += c->cost_usd;
    r->calls++;
    return true;
}

static bool collect_run(void *ud, const StoreRunRow *row)
{
    Report *rep = ud;
    if (!row->outcome) return true;   /* still running */
    rep->runs = xrealloc(rep->runs, (size_t)(rep->n + 1) * sizeof *rep->runs);
    ReportRun *r = &rep->runs[rep->n++];
    memset(r, 0, sizeof *r);
    r->row = *row;
    const char **fields[REPORT_RUN_STRINGS] = {
        &r->row.scenario_id, &r->row.scenario_title, &r->row.scenario_hash, &r->row.learner, &r->row.mode,
        &r->row.sandbox,     &r->row.llm,            &r->row.outcome,       &r->row.reason,  &r->row.learner_uid,
        &r->row.scenario_version, &r->row.import_flag,
    };
    for (int i = 0; i < REPORT_RUN_STRINGS; i++) {
        r->strings[i] = text_utf8(*fields[i]);
        *fields[i] = r->strings[i];
    }
    return true;
}

/* The breakdown lines and LLM cost of runs[0..n). */
static bool load_details(Store *st, ReportRun *runs, int n)
{
    bool ok = true;
    for (int i = 0; ok && i < n; i++)
        ok = store_results_foreach(st, runs[i].row.id, collect_line, &runs[i]) &&
             store_llm_calls_foreach(st, runs[i].row.id, collect_call, &runs[i]);
    return ok;
}

static int by_id(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static int by_run_id(const void *key, const void *run)
{
    int64_t x = *(const int64_t *)key, y = ((const ReportRun *)run)->row.id;
    return (x > y) - (x < y);
}

enum { REGRADES_PER_QUERY = 500 };   /* bound values per query, well under SQLite's limit */

/* Attaches each run's latest regrade (row.regraded_by) with its breakdown: the regrade runs
 * are read by id, REGRADES_PER_QUERY at a time, not one query per run. */
static bool load_regrades(Report *rep, Store *st)
{
    int64_t *ids = xcalloc((size_t)rep->n + 1, sizeof *ids);
    int n = 0;
    for (int i = 0; i < rep->n; i++)
        if (rep->runs[i].row.regraded_by > 0) ids[n++] = rep->runs[i].row.regraded_by;
    qsort(ids, (size_t)n, sizeof *ids, by_id);
    Report found = {0};
    bool ok = true;
    for (int at = 0; ok && at < n; at += REGRADES_PER_QUERY) {
        StoreRunFilter f = {.run_ids = ids + at, .n_run_ids = n - at < REGRADES_PER_QUERY ? n - at : REGRADES_PER_QUERY};
        ok = store_runs_foreach(st, &f, collect_run, &found);
    }
    ok = ok && load_details(st, found.runs, found.n);
    for (int i = 0; ok && i < rep->n; i++) {
        ReportRun *r = &rep->runs[i];
        ReportRun *g = r->row.regraded_by > 0 ? bsearch(&r->row.regraded_by, found.runs, (size_t)found.n,
                                                        sizeof *found.runs, by_run_id)
                                              : NULL;
        if (!g) continue;
        r->regrade = xmalloc(sizeof *r->regrade);
        *r->regrade = *g;   /* moved: found keeps no owner of it */
        memset(g, 0, sizeof *g);
    }
    report_free(&found);
    free(ids);
    return ok;
}

bool report_load(Report *rep, Store *st, const StoreRunFilter *filter)
{
    memset(rep, 0, sizeof *rep);
    bool ok = store_runs_foreach(st, filter, collect_run, rep) && load_details(st, rep->runs, rep->n) &&
              load_regrades(rep, st);
    if (ok) ok = (rep->database_id = store_database_id(st)) != NULL;
    if (!ok) report_free(rep);
    return ok;
}

static void run_free(ReportRun *r)
{
    for (int k = 0; k < REPORT_RUN_STRINGS; k++) free(r->strings[k]);
    for (int k = 0; k < r->n_lines; k++) {
        StoreResultLine *l = &r->lines[k];
        free((char *)l->kind), free((char *)l->item_id), free((char *)l->task);
        free((char *)l->label), free((char *)l->skill), free((char *)l->feedback);
    }
    free(r->lines);
    report_timeline_free(r->timeline);
    if (r->regrade) run_free(r->regrade);
    free(r->regrade);
}

void report_free(Report *rep)
{
    for (int i = 0; i < rep->n; i++) run_free(&rep->runs[i]);
    free(rep->runs);
    free(rep->database_id);
    memset(rep, 0, sizeof *rep);
}
