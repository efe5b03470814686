/* cmd_report.c: `worksim report` reads finished runs back from the database for instructors
 * (with their breakdown lines and LLM cost) and writes them in one of the formats of
 * engine/report, to stdout or, whole or not at all, to --out FILE. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "report/report.h"
#include "util/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char REPORT_HELP[] =
    "usage: worksim report [--learner NAME] [--scenario ID] [--format text|csv|json|junit|html|xapi] [--out FILE]\n"
    "Reports the finished runs in the database (--db, WORKSIM_DB or the default path).\n"
    "  text   one line per run: id, date, learner, scenario, outcome, score, LLM cost (default)\n"
    "  csv    one row per breakdown line of every run\n"
    "  json   an array of runs, each with its breakdown and cost\n"
    "  junit  JUnit XML: a test suite per run, a test case per check and rubric item\n"
    "  html   one self-contained page: a table of runs and each run's breakdown (no scripts)\n"
    "  xapi   a JSON array of xAPI statements (actor, verb passed/failed/terminated, scenario\n"
    "         activity, scaled score, duration), ready to POST to an LRS's /statements;\n"
    "         the learner accounts' homePage is $WORKSIM_XAPI_HOMEPAGE (e.g. your LMS's URL)\n";

static bool collect_line(void *ud, const StoreResultLine *l)
{
    ReportRun *r = ud;
    r->lines = xrealloc(r->lines, (size_t)(r->n_lines + 1) * sizeof *r->lines);
    r->lines[r->n_lines++] = (StoreResultLine){xstrdup(l->kind), xstrdup(l->item_id), xstrdup(l->task),
                                               xstrdup(l->label), xstrdup(l->skill), l->points, l->max,
                                               l->passed, xstrdup(l->feedback)};
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
    const char **fields[] = {&r->row.scenario_id, &r->row.scenario_title, &r->row.scenario_hash, &r->row.learner,
                             &r->row.mode, &r->row.llm, &r->row.outcome, &r->row.reason};
    for (int i = 0; i < 8; i++) {
        r->strings[i] = xstrdup(*fields[i]);
        *fields[i] = r->strings[i];
    }
    r->row.sandbox = NULL;
    return true;
}

static void report_free(Report *rep)
{
    for (int i = 0; i < rep->n; i++) {
        ReportRun *r = &rep->runs[i];
        for (int k = 0; k < 8; k++) free(r->strings[k]);
        for (int k = 0; k < r->n_lines; k++) {
            StoreResultLine *l = &r->lines[k];
            free((char *)l->kind), free((char *)l->item_id), free((char *)l->task);
            free((char *)l->label), free((char *)l->skill), free((char *)l->feedback);
        }
        free(r->lines);
    }
    free(rep->runs);
}

int cmd_report(CliContext *ctx, int argc, char **argv)
{
    const char *format = "text", *out = NULL;
    StoreRunFilter filter = {0};
    for (int i = 0; i < argc; i++) {
        const char *o = argv[i];
        const char **target = strcmp(o, "--format") == 0 ? &format : strcmp(o, "--out") == 0 ? &out
                              : strcmp(o, "--learner") == 0 ? &filter.learner
                              : strcmp(o, "--scenario") == 0 ? &filter.scenario_id : NULL;
        if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) {
            fputs(REPORT_HELP, stdout);
            return EXIT_OK;
        } else if (target && i + 1 < argc) {
            *target = argv[++i];
        } else {
            cli_usage_error("report", target ? "%s needs a value" : "unexpected argument '%s'", o);
            return EXIT_USAGE;
        }
    }
    ReportEmitFn emit = report_emitter(format);
    if (!emit) {
        cli_usage_error("report", "--format: expected %s, got '%s'", REPORT_FORMATS, format);
        return EXIT_USAGE;
    }
    Store *st = cli_open_store(ctx);
    if (!st) return EXIT_INFRA;
    Report rep = {st, NULL, 0};
    bool ok = store_runs_foreach(st, &filter, collect_run, &rep);
    for (int i = 0; ok && i < rep.n; i++) {
        ok = store_results_foreach(st, rep.runs[i].row.id, collect_line, &rep.runs[i]) &&
             store_llm_calls_foreach(st, rep.runs[i].row.id, collect_call, &rep.runs[i]);
    }
    int rc = EXIT_OK;
    if (!ok) {
        fprintf(stderr, "worksim report: %s\n", store_errmsg(st));
        rc = EXIT_INFRA;
    } else {
        Buf b = {0};
        emit(&rep, &b);
        char *err = NULL;
        if (!out) fwrite(b.data ? b.data : "", 1, b.len, stdout);
        else if (!util_write_file(out, b.data ? b.data : "", b.len, &err)) {
            fprintf(stderr, "worksim report: %s\n", err);
            free(err);
            rc = EXIT_INFRA;
        }
        buf_free(&b);
    }
    report_free(&rep);
    store_close(st);
    return rc;
}
