/* cmd_report.c: `worksim report` reads finished runs back from the database for instructors:
 * a text table, CSV (one row per breakdown line, for spreadsheets and LMS imports), JSON, or
 * JUnit XML (one test case per check and rubric item, for CI autograding). Each run carries its
 * LLM cost. Output goes to stdout or, whole or not at all, to --out FILE. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "util/util.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char REPORT_HELP[] =
    "usage: worksim report [--learner NAME] [--scenario ID] [--format text|csv|json|junit] [--out FILE]\n"
    "Reports the finished runs in the database (--db, WORKSIM_DB or the default path).\n"
    "  text   one line per run: id, date, learner, scenario, outcome, score, LLM cost (default)\n"
    "  csv    one row per breakdown line of every run\n"
    "  json   an array of runs, each with its breakdown and cost\n"
    "  junit  JUnit XML: a test suite per run, a test case per check and rubric item\n"
    "The html and xapi formats of DESIGN §8 are not built yet.\n";

typedef struct ReportRun {
    StoreRunRow row;         /* strings owned below */
    char *strings[8];
    StoreResultLine *lines;
    int n_lines;
    double cost;
    int64_t calls;
} ReportRun;

typedef struct Report {
    Store *st;
    ReportRun *runs;
    int n;
} Report;

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

static void format_date(double t, char *out, size_t n)
{
    time_t secs = (time_t)t;
    struct tm tm;
    gmtime_r(&secs, &tm);
    strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void emit_text(const Report *rep, Buf *b)
{
    buf_printf(b, "%-6s %-20s %-14s %-18s %-11s %9s %7s %9s\n", "RUN", "ENDED", "LEARNER", "SCENARIO", "OUTCOME",
               "SCORE", "PERCENT", "LLM COST");
    for (int i = 0; i < rep->n; i++) {
        const ReportRun *r = &rep->runs[i];
        char date[32];
        format_date(r->row.ended_at, date, sizeof date);
        char score[32];
        snprintf(score, sizeof score, "%g/%g", r->row.score, r->row.max);
        buf_printf(b, "%-6lld %-20s %-14s %-18s %-11s %9s %6.0f%% %9.4f\n", (long long)r->row.id, date,
                   r->row.learner ? r->row.learner : "-", r->row.scenario_id, r->row.outcome, score, r->row.percent,
                   r->cost);
    }
    if (rep->n == 0) buf_puts(b, "(no finished runs match)\n");
}

/* RFC 4180: quote every field, double inner quotes. */
static void csv_field(Buf *b, const char *s, bool last)
{
    buf_puts(b, "\"");
    for (const char *p = s ? s : ""; *p; p++) {
        if (*p == '"') buf_puts(b, "\"\"");
        else buf_append(b, p, 1);
    }
    buf_puts(b, last ? "\"\r\n" : "\",");
}

static void emit_csv(const Report *rep, Buf *b)
{
    const char *head[] = {"run_id", "ended", "learner", "scenario", "outcome", "run_percent", "kind", "id",
                          "task", "label", "skill", "points", "max", "passed", "feedback"};
    for (int i = 0; i < 15; i++) csv_field(b, head[i], i == 14);
    for (int i = 0; i < rep->n; i++) {
        const ReportRun *r = &rep->runs[i];
        char id[32], date[32], pct[32], pts[32], max[32];
        snprintf(id, sizeof id, "%lld", (long long)r->row.id);
        format_date(r->row.ended_at, date, sizeof date);
        snprintf(pct, sizeof pct, "%.2f", r->row.percent);
        for (int k = 0; k < r->n_lines; k++) {
            const StoreResultLine *l = &r->lines[k];
            snprintf(pts, sizeof pts, "%g", l->points);
            snprintf(max, sizeof max, "%g", l->max);
            const char *row[] = {id, date, r->row.learner, r->row.scenario_id, r->row.outcome, pct, l->kind,
                                 l->item_id, l->task, l->label, l->skill, pts, max, l->passed ? "true" : "false",
                                 l->feedback};
            for (int c = 0; c < 15; c++) csv_field(b, row[c], c == 14);
        }
    }
}

static void emit_json(const Report *rep, Buf *b)
{
    cJSON *arr = cJSON_CreateArray();
    for (int i = 0; i < rep->n; i++) {
        const ReportRun *r = &rep->runs[i];
        cJSON *o = cJSON_CreateObject();
        char date[32];
        format_date(r->row.ended_at, date, sizeof date);
        cJSON_AddNumberToObject(o, "run_id", (double)r->row.id);
        cJSON_AddStringToObject(o, "ended", date);
        cJSON_AddStringToObject(o, "scenario", r->row.scenario_id);
        cJSON_AddStringToObject(o, "learner", r->row.learner ? r->row.learner : "");
        cJSON_AddStringToObject(o, "outcome", r->row.outcome);
        cJSON_AddNumberToObject(o, "score", r->row.score);
        cJSON_AddNumberToObject(o, "max", r->row.max);
        cJSON_AddNumberToObject(o, "percent", r->row.percent);
        cJSON_AddNumberToObject(o, "cost_usd", r->cost);
        cJSON_AddNumberToObject(o, "llm_calls", (double)r->calls);
        cJSON *lines = cJSON_AddArrayToObject(o, "breakdown");
        for (int k = 0; k < r->n_lines; k++) {
            const StoreResultLine *l = &r->lines[k];
            cJSON *j = cJSON_CreateObject();
            cJSON_AddStringToObject(j, "kind", l->kind);
            cJSON_AddStringToObject(j, "id", l->item_id);
            if (l->task) cJSON_AddStringToObject(j, "task", l->task);
            else cJSON_AddNullToObject(j, "task");
            cJSON_AddStringToObject(j, "label", l->label ? l->label : "");
            cJSON_AddNumberToObject(j, "points", l->points);
            cJSON_AddNumberToObject(j, "max", l->max);
            cJSON_AddBoolToObject(j, "passed", l->passed);
            if (l->feedback) cJSON_AddStringToObject(j, "feedback", l->feedback);
            else cJSON_AddNullToObject(j, "feedback");
            cJSON_AddItemToArray(lines, j);
        }
        cJSON_AddItemToArray(arr, o);
    }
    char *text = cJSON_PrintUnformatted(arr);
    buf_printf(b, "%s\n", text);
    free(text);
    cJSON_Delete(arr);
}

static void xml_text(Buf *b, const char *s)
{
    for (const char *p = s ? s : ""; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '&') buf_puts(b, "&amp;");
        else if (c == '<') buf_puts(b, "&lt;");
        else if (c == '>') buf_puts(b, "&gt;");
        else if (c == '"') buf_puts(b, "&quot;");
        else if (c < 0x20 && c != '\n' && c != '\t') buf_puts(b, "?");   /* not allowed in XML 1.0 */
        else buf_append(b, p, 1);
    }
}

static void emit_junit(const Report *rep, Buf *b)
{
    buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"worksim\">\n");
    for (int i = 0; i < rep->n; i++) {
        const ReportRun *r = &rep->runs[i];
        int tests = 0, failures = 0;
        for (int k = 0; k < r->n_lines; k++) {
            const char *kind = r->lines[k].kind;
            if (strcmp(kind, "check") != 0 && strcmp(kind, "rubric") != 0) continue;
            tests++;
            failures += !r->lines[k].passed;
        }
        buf_puts(b, "  <testsuite name=\"");
        xml_text(b, r->row.scenario_id);
        buf_printf(b, " (run %lld, ", (long long)r->row.id);
        xml_text(b, r->row.learner);
        buf_printf(b, ")\" tests=\"%d\" failures=\"%d\">\n", tests, failures);
        buf_printf(b, "    <properties><property name=\"outcome\" value=\"%s\"/>"
                      "<property name=\"percent\" value=\"%.2f\"/></properties>\n",
                   r->row.outcome, r->row.percent);
        for (int k = 0; k < r->n_lines; k++) {
            const StoreResultLine *l = &r->lines[k];
            if (strcmp(l->kind, "check") != 0 && strcmp(l->kind, "rubric") != 0) continue;
            buf_puts(b, "    <testcase classname=\"");
            xml_text(b, l->task ? l->task : l->kind);
            buf_puts(b, "\" name=\"");
            xml_text(b, l->label ? l->label : l->item_id);
            buf_puts(b, "\">");
            if (!l->passed) {
                buf_printf(b, "<failure message=\"%g of %g points\">", l->points, l->max);
                xml_text(b, l->feedback);
                buf_puts(b, "</failure>");
            }
            buf_puts(b, "</testcase>\n");
        }
        buf_puts(b, "  </testsuite>\n");
    }
    buf_puts(b, "</testsuites>\n");
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
    void (*emit)(const Report *, Buf *) = strcmp(format, "text") == 0    ? emit_text
                                          : strcmp(format, "csv") == 0   ? emit_csv
                                          : strcmp(format, "json") == 0  ? emit_json
                                          : strcmp(format, "junit") == 0 ? emit_junit
                                                                         : NULL;
    if (!emit) {
        cli_usage_error("report", "--format: expected text, csv, json or junit, got '%s'", format);
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
