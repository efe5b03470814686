/* report_collect.c: reads the runs a report shows from the store: finished runs only, with
 * their breakdown lines and LLM cost. Stored text is untrusted (a learner picks their name,
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
        &r->row.scenario_version,
    };
    for (int i = 0; i < REPORT_RUN_STRINGS; i++) {
        r->strings[i] = text_utf8(*fields[i]);
        *fields[i] = r->strings[i];
    }
    return true;
}

bool report_load(Report *rep, Store *st, const StoreRunFilter *filter)
{
    memset(rep, 0, sizeof *rep);
    bool ok = store_runs_foreach(st, filter, collect_run, rep);
    for (int i = 0; ok && i < rep->n; i++)
        ok = store_results_foreach(st, rep->runs[i].row.id, collect_line, &rep->runs[i]) &&
             store_llm_calls_foreach(st, rep->runs[i].row.id, collect_call, &rep->runs[i]);
    if (ok) ok = (rep->database_id = store_database_id(st)) != NULL;
    if (!ok) report_free(rep);
    return ok;
}

void report_free(Report *rep)
{
    for (int i = 0; i < rep->n; i++) {
        ReportRun *r = &rep->runs[i];
        for (int k = 0; k < REPORT_RUN_STRINGS; k++) free(r->strings[k]);
        for (int k = 0; k < r->n_lines; k++) {
            StoreResultLine *l = &r->lines[k];
            free((char *)l->kind), free((char *)l->item_id), free((char *)l->task);
            free((char *)l->label), free((char *)l->skill), free((char *)l->feedback);
        }
        free(r->lines);
        report_timeline_free(r->timeline);
    }
    free(rep->runs);
    free(rep->database_id);
    memset(rep, 0, sizeof *rep);
}
