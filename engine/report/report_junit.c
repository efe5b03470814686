/* report_junit.c: JUnit XML for CI autograding, in the shape the Jenkins xunit schema
 * (junit-10.xsd) and GitLab read. One <testsuite> per run (tests, failures, errors, skipped,
 * time = the learner's time, timestamp = start), holding:
 * - one testcase "outcome" that carries the run's verdict: a <failure> when the run failed,
 *   an <error> for infra_error, <skipped> for incomplete; a passed run has no failure at all;
 * - one testcase per breakdown line (check, rubric, award, penalty, hint), classname
 *   worksim.<scenario>.<task>, whose <system-out> says its signed points: the lines add up
 *   to the score (a last "clamp" line when the score was clamped to [0, max]). A missed check
 *   or rubric item is a <failure> only in a failed run, so CI fails exactly the failed runs.
 * The run fields (report_fields.c) are the suite's properties. A run the instructor regraded is
 * judged by its latest regrade (report_run_graded): the outcome testcase carries the regrade's
 * verdict and names the stored score beside it, the line testcases are the regrade's breakdown.
 * An imported run gets one more testcase, "import", a <failure type="import_flag"> when the
 * import flagged it (a broken event chain, a stored score the re-grade does not give, no
 * snapshot), so CI fails a run whose claim does not hold up. */
#include "report/report.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct JunitCounts { int tests, failures, errors, skipped; } JunitCounts;

static bool line_is_graded_item(const StoreResultLine *l)
{
    return strcmp(l->kind, "check") == 0 || strcmp(l->kind, "rubric") == 0;
}

static double lines_total(const ReportRun *r)
{
    double sum = 0;
    for (int k = 0; k < r->n_lines; k++) sum += r->lines[k].points;
    return sum;
}

static bool run_is_clamped(const ReportRun *r) { return fabs(lines_total(r) - r->row.score) > 1e-9; }

static bool run_is_flagged(const ReportRun *r) { return r->row.imported && r->row.import_flag; }

/* The counts of the run's suite; r is the run as reported, its verdict that of report_run_graded. */
static JunitCounts run_counts(const ReportRun *reported)
{
    const ReportRun *r = report_run_graded(reported);
    JunitCounts c = {1 + r->n_lines + run_is_clamped(r) + reported->row.imported, run_is_flagged(reported), 0, 0};
    const char *o = r->row.outcome;
    if (strcmp(o, "failed") == 0) {
        c.failures += 1;
        for (int k = 0; k < r->n_lines; k++) c.failures += line_is_graded_item(&r->lines[k]) && !r->lines[k].passed;
    } else if (strcmp(o, "infra_error") == 0) {
        c.errors = 1;
    } else if (strcmp(o, "incomplete") == 0) {
        c.skipped = 1;
    }
    return c;
}

static void attr(Buf *b, const char *name, const char *value)
{
    buf_printf(b, " %s=\"", name);
    report_xml_text(b, value);
    buf_puts(b, "\"");
}

/* worksim.<scenario>.<task>, or worksim.<scenario> for run-level lines. */
static void classname(Buf *b, const ReportRun *r, const char *task)
{
    buf_puts(b, " classname=\"worksim.");
    report_xml_text(b, r->row.scenario_id);
    if (task && *task) {
        buf_puts(b, ".");
        report_xml_text(b, task);
    }
    buf_puts(b, "\"");
}

/* The run's verdict: the regrade's when there is one, with the stored score beside it. */
static void outcome_case(Buf *b, const ReportRun *reported)
{
    const ReportRun *r = report_run_graded(reported);
    char name[256];
    int len = snprintf(name, sizeof name, "outcome: %s, %g/%g (%.0f%%)", r->row.outcome, r->row.score, r->row.max,
                       r->row.percent);
    if (r != reported)
        snprintf(name + len, sizeof name - (size_t)len, " regraded by run %lld; stored %s, %g/%g (%.0f%%)",
                 (long long)r->row.id, reported->row.outcome, reported->row.score, reported->row.max,
                 reported->row.percent);
    buf_puts(b, "    <testcase");
    attr(b, "name", name);
    classname(b, r, NULL);
    buf_puts(b, " time=\"0\">");
    const char *o = r->row.outcome;
    const char *tag = strcmp(o, "failed") == 0 ? "failure" : strcmp(o, "infra_error") == 0 ? "error"
                      : strcmp(o, "incomplete") == 0 ? "skipped" : NULL;
    if (tag) {
        buf_printf(b, "<%s", tag);
        attr(b, "type", o);
        attr(b, "message", r->row.reason && *r->row.reason ? r->row.reason : o);
        buf_printf(b, "/>");
    }
    buf_puts(b, "</testcase>\n");
}

static void line_case(Buf *b, const ReportRun *r, const StoreResultLine *l)
{
    char points[96];
    if (line_is_graded_item(l)) snprintf(points, sizeof points, "%g/%g", l->points, l->max);
    else snprintf(points, sizeof points, "%+g", l->points);
    buf_puts(b, "    <testcase name=\"");
    report_xml_text(b, l->kind);
    buf_puts(b, " ");
    report_xml_text(b, l->item_id);
    buf_puts(b, ": ");
    report_xml_text(b, l->label);
    buf_printf(b, " (%s)\"", points);
    classname(b, r, l->task);
    buf_puts(b, " time=\"0\">");
    if (line_is_graded_item(l) && !l->passed && strcmp(r->row.outcome, "failed") == 0) {
        buf_printf(b, "<failure type=\"%s\" message=\"%g of %g points\">", l->kind, l->points, l->max);
        report_xml_text(b, l->feedback);
        buf_puts(b, "</failure>");
    }
    buf_printf(b, "<system-out>points %g", l->points);
    if (l->feedback && *l->feedback) {
        buf_puts(b, "\n");
        report_xml_text(b, l->feedback);
    }
    buf_puts(b, "</system-out></testcase>\n");
}

static void clamp_case(Buf *b, const ReportRun *r)
{
    double delta = r->row.score - lines_total(r);
    buf_printf(b, "    <testcase name=\"score clamped to [0, %g] (%+g)\"", r->row.max, delta);
    classname(b, r, NULL);
    buf_printf(b, " time=\"0\"><system-out>points %g</system-out></testcase>\n", delta);
}

/* An imported run: whether the import trusts it. */
static void import_case(Buf *b, const ReportRun *r)
{
    buf_puts(b, "    <testcase name=\"import: ");
    report_xml_text(b, run_is_flagged(r) ? "flagged" : "verified");
    buf_puts(b, "\"");
    classname(b, r, NULL);
    buf_puts(b, " time=\"0\">");
    if (run_is_flagged(r)) {
        buf_puts(b, "<failure type=\"import_flag\"");
        attr(b, "message", r->row.import_flag);
        buf_puts(b, "/>");
    }
    buf_puts(b, "</testcase>\n");
}

static void properties(Buf *b, const ReportRun *r)
{
    ReportFields f;
    report_run_fields(r, &f);
    buf_puts(b, "    <properties>\n");
    for (int c = 0; c < REPORT_N_FIELDS; c++) {
        buf_puts(b, "      <property");
        attr(b, "name", f.f[c].name);
        attr(b, "value", f.f[c].text);
        buf_puts(b, "/>\n");
    }
    buf_puts(b, "    </properties>\n");
}

void report_emit_junit(const Report *rep, Buf *b)
{
    JunitCounts all = {0};
    double time = 0;
    for (int i = 0; i < rep->n; i++) {
        JunitCounts c = run_counts(&rep->runs[i]);
        all.tests += c.tests, all.failures += c.failures, all.errors += c.errors, all.skipped += c.skipped;
        time += rep->runs[i].row.active_seconds > 0 ? rep->runs[i].row.active_seconds : 0;
    }
    buf_printf(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<testsuites name=\"worksim\" tests=\"%d\" failures=\"%d\" errors=\"%d\" time=\"%.3f\">\n",
               all.tests, all.failures, all.errors, time);
    for (int i = 0; i < rep->n; i++) {
        const ReportRun *r = &rep->runs[i];
        JunitCounts c = run_counts(r);
        char suite[512], started[32];
        snprintf(suite, sizeof suite, "%s: %s (run %lld)", r->row.scenario_id, r->row.learner ? r->row.learner : "-",
                 (long long)r->row.id);
        report_format_date(r->row.started_at, started, sizeof started);
        started[19] = '\0';   /* JUnit timestamps carry no zone designator; they are UTC */
        buf_puts(b, "  <testsuite");
        attr(b, "name", suite);
        buf_printf(b, " tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\" time=\"%.3f\"", c.tests,
                   c.failures, c.errors, c.skipped, r->row.active_seconds > 0 ? r->row.active_seconds : 0);
        attr(b, "timestamp", started);
        buf_printf(b, " id=\"%lld\"", (long long)r->row.id);
        buf_puts(b, " package=\"worksim.");
        report_xml_text(b, r->row.scenario_id);
        buf_puts(b, "\">\n");
        properties(b, r);
        outcome_case(b, r);
        if (r->row.imported) import_case(b, r);
        const ReportRun *g = report_run_graded(r);
        for (int k = 0; k < g->n_lines; k++) line_case(b, g, &g->lines[k]);
        if (run_is_clamped(g)) clamp_case(b, g);
        buf_puts(b, "  </testsuite>\n");
    }
    buf_puts(b, "</testsuites>\n");
}
