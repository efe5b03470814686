/* report_html.c: one self-contained HTML page for instructors: a table of runs with every
 * report field under its shared name and, per run, its breakdown with feedback. Every value from the database is escaped (learner names and feedback are
 * untrusted text); the page has no scripts. */
#include "report/report.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static const char HTML_STYLE[] =
    "body{font:15px/1.45 system-ui,sans-serif;color:#1f2328;background:#f6f8fa;margin:0;padding:24px 40px}"
    "h1{font-size:22px;margin:0 0 4px}p.meta{color:#6a737d;margin:0 0 20px}"
    "table{border-collapse:collapse;background:#fff;width:100%;margin-bottom:20px}"
    "th,td{border:1px solid #d5d9e0;padding:6px 10px;text-align:left;vertical-align:top}"
    "th{background:#eef1f4;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}"
    ".passed{color:#16a34a;font-weight:600}.failed{color:#dc2626;font-weight:600}"
    ".incomplete,.infra_error{color:#d97706;font-weight:600}"
    "details{background:#fff;border:1px solid #d5d9e0;margin-bottom:12px;padding:8px 14px}"
    "summary{cursor:pointer;font-weight:600}td.fb{color:#57606a;white-space:pre-wrap}";

static void cell(Buf *b, const char *cls, const char *text)
{
    buf_puts(b, cls ? "<td class=\"" : "<td>");
    if (cls) {
        report_xml_text(b, cls);
        buf_puts(b, "\">");
    }
    report_xml_text(b, text);
    buf_puts(b, "</td>");
}

/* One row of the runs table: every report field (report_fields.c) in its shared order, the
 * run id linking to the run's breakdown. */
static void run_row(Buf *b, const ReportRun *r)
{
    ReportFields f;
    report_run_fields(r, &f);
    buf_puts(b, "<tr>");
    for (int c = 0; c < REPORT_N_FIELDS; c++) {
        const ReportField *x = &f.f[c];
        if (c == 0) {
            buf_printf(b, "<td class=\"num\"><a href=\"#run-%lld\">%lld</a></td>", (long long)r->row.id,
                       (long long)r->row.id);
        } else {
            bool outcome = strcmp(x->name, "outcome") == 0;
            cell(b, outcome ? r->row.outcome : x->is_number ? "num" : NULL, x->text);
        }
    }
    buf_puts(b, "</tr>\n");
}

static void runs_table_head(Buf *b)
{
    ReportRun none = {0};
    ReportFields f;   /* the names do not depend on the run */
    report_run_fields(&none, &f);
    buf_puts(b, "<table><tr>");
    for (int c = 0; c < REPORT_N_FIELDS; c++) {
        buf_puts(b, "<th>");
        report_xml_text(b, f.f[c].name);
        buf_puts(b, "</th>");
    }
    buf_puts(b, "</tr>\n");
}

static void run_details(Buf *b, const ReportRun *r)
{
    buf_printf(b, "<details id=\"run-%lld\"><summary>Run %lld: ", (long long)r->row.id, (long long)r->row.id);
    report_xml_text(b, r->row.scenario_title ? r->row.scenario_title : r->row.scenario_id);
    buf_puts(b, ", ");
    report_xml_text(b, r->row.learner ? r->row.learner : "-");
    buf_puts(b, "</summary>\n");
    buf_puts(b, "<table><tr><th>kind</th><th>item</th><th>task</th><th>points</th><th>result</th><th>feedback</th></tr>\n");
    for (int k = 0; k < r->n_lines; k++) {
        const StoreResultLine *l = &r->lines[k];
        char pts[64];
        snprintf(pts, sizeof pts, "%g / %g", l->points, l->max);
        buf_puts(b, "<tr>");
        cell(b, NULL, l->kind);
        cell(b, NULL, l->label ? l->label : l->item_id);
        cell(b, NULL, l->task ? l->task : "");
        cell(b, "num", pts);
        cell(b, l->passed ? "passed" : "failed", l->passed ? "pass" : "miss");
        cell(b, "fb", l->feedback ? l->feedback : "");
        buf_puts(b, "</tr>\n");
    }
    buf_puts(b, "</table></details>\n");
}

void report_emit_html(const Report *rep, Buf *b)
{
    char now[32];
    report_format_date((double)time(NULL), now, sizeof now);
    buf_printf(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                  "<meta name=\"viewport\" content=\"width=device-width\"><title>worksim report</title>"
                  "<style>%s</style></head><body>\n", HTML_STYLE);
    int passed = 0;
    for (int i = 0; i < rep->n; i++) passed += strcmp(rep->runs[i].row.outcome, "passed") == 0;
    buf_printf(b, "<h1>worksim report</h1><p class=\"meta\">%d run%s, %d passed; generated %s</p>\n", rep->n,
               rep->n == 1 ? "" : "s", passed, now);
    if (rep->n == 0) {
        buf_puts(b, "<p>No finished runs match.</p></body></html>\n");
        return;
    }
    runs_table_head(b);
    for (int i = 0; i < rep->n; i++) run_row(b, &rep->runs[i]);
    buf_puts(b, "</table>\n");
    for (int i = 0; i < rep->n; i++) run_details(b, &rep->runs[i]);
    buf_puts(b, "</body></html>\n");
}
