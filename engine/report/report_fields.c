/* report_fields.c: the run-level fields every report format shows, under one set of names and
 * in one order, so text, CSV, JSON, HTML, JUnit properties and xAPI extensions cannot drift
 * apart: run_id, learner, learner_id, scenario, scenario_title, scenario_version, mode,
 * outcome, reason, started, ended, learner_seconds, score, max, percent, hints, cost_usd,
 * llm_calls, import_flags, regrade_of, regraded_run, regraded_outcome, regraded_score,
 * regraded_max, regraded_percent, regraded_version; and which run's verdict counts. */
#include "report/report.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

const ReportRun *report_run_graded(const ReportRun *r) { return r->regrade ? r->regrade : r; }

int report_hints_used(const ReportRun *r)
{
    int n = 0;
    for (int k = 0; k < r->n_lines; k++) n += strcmp(r->lines[k].kind, "hint") == 0;
    return n;
}

static void field_text(ReportFields *out, int *i, const char *name, const char *text)
{
    out->f[*i] = (ReportField){name, text ? text : "", 0, false, false};
    (*i)++;
}

/* A text field that may have no value (text NULL: null). */
static void field_text_or_null(ReportFields *out, int *i, const char *name, const char *text)
{
    out->f[*i] = (ReportField){name, text ? text : "", 0, false, text == NULL};
    (*i)++;
}

static void field_number(ReportFields *out, int *i, const char *name, double value)
{
    snprintf(out->scratch[*i], sizeof out->scratch[*i], "%.15g", value);
    out->f[*i] = (ReportField){name, out->scratch[*i], value, true, false};
    (*i)++;
}

/* A number field that may have no value (present false: null). */
static void field_number_or_null(ReportFields *out, int *i, const char *name, bool present, double value)
{
    if (present) {
        field_number(out, i, name, value);
        return;
    }
    out->f[*i] = (ReportField){name, "", NAN, true, true};
    (*i)++;
}

static void field_date(ReportFields *out, int *i, const char *name, double t)
{
    if (t > 0) report_format_date(t, out->scratch[*i], sizeof out->scratch[*i]);
    else out->scratch[*i][0] = '\0';
    field_text(out, i, name, out->scratch[*i]);
}

void report_run_fields(const ReportRun *r, ReportFields *out)
{
    const StoreRunRow *w = &r->row;
    int i = 0;
    field_number(out, &i, "run_id", (double)w->id);
    field_text(out, &i, "learner", w->learner);
    field_text(out, &i, "learner_id", w->learner_uid);
    field_text(out, &i, "scenario", w->scenario_id);
    field_text(out, &i, "scenario_title", w->scenario_title);
    field_text(out, &i, "scenario_version", w->scenario_version ? w->scenario_version : w->scenario_hash);
    field_text(out, &i, "mode", w->mode);
    field_text(out, &i, "outcome", w->outcome);
    field_text(out, &i, "reason", w->reason);
    field_date(out, &i, "started", w->started_at);
    field_date(out, &i, "ended", w->ended_at);
    field_number(out, &i, "learner_seconds", w->active_seconds);
    field_number(out, &i, "score", w->score);
    field_number(out, &i, "max", w->max);
    field_number(out, &i, "percent", w->percent);
    field_number(out, &i, "hints", report_hints_used(r));
    field_number(out, &i, "cost_usd", r->cost);
    field_number(out, &i, "llm_calls", (double)r->calls);
    field_text_or_null(out, &i, "import_flags", w->imported ? (w->import_flag ? w->import_flag : "") : NULL);
    field_number_or_null(out, &i, "regrade_of", w->regrade_of > 0, (double)w->regrade_of);
    const StoreRunRow *g = r->regrade ? &r->regrade->row : NULL;
    field_number_or_null(out, &i, "regraded_run", g != NULL, g ? (double)g->id : 0);
    field_text_or_null(out, &i, "regraded_outcome", g ? g->outcome : NULL);
    field_number_or_null(out, &i, "regraded_score", g != NULL, g ? g->score : 0);
    field_number_or_null(out, &i, "regraded_max", g != NULL, g ? g->max : 0);
    field_number_or_null(out, &i, "regraded_percent", g != NULL, g ? g->percent : 0);
    const char *version = g ? (g->scenario_version ? g->scenario_version : g->scenario_hash) : NULL;
    field_text_or_null(out, &i, "regraded_version", g ? (version ? version : "") : NULL);
}

const ReportField *report_field(const ReportFields *fields, const char *name)
{
    for (int i = 0; i < REPORT_N_FIELDS; i++)
        if (strcmp(fields->f[i].name, name) == 0) return &fields->f[i];
    return NULL;
}
