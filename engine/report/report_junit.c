/* report_junit.c: JUnit XML for CI autograding: a test suite per run, a test case per check
 * and rubric item, failures carrying the feedback. */
#include "report/report.h"

#include <string.h>

void report_emit_junit(const Report *rep, Buf *b)
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
        report_xml_text(b, r->row.scenario_id);
        buf_printf(b, " (run %lld, ", (long long)r->row.id);
        report_xml_text(b, r->row.learner);
        buf_printf(b, ")\" tests=\"%d\" failures=\"%d\">\n", tests, failures);
        buf_printf(b, "    <properties><property name=\"outcome\" value=\"%s\"/>"
                      "<property name=\"percent\" value=\"%.2f\"/></properties>\n",
                   r->row.outcome, r->row.percent);
        for (int k = 0; k < r->n_lines; k++) {
            const StoreResultLine *l = &r->lines[k];
            if (strcmp(l->kind, "check") != 0 && strcmp(l->kind, "rubric") != 0) continue;
            buf_puts(b, "    <testcase classname=\"");
            report_xml_text(b, l->task ? l->task : l->kind);
            buf_puts(b, "\" name=\"");
            report_xml_text(b, l->label ? l->label : l->item_id);
            buf_puts(b, "\">");
            if (!l->passed) {
                buf_printf(b, "<failure message=\"%g of %g points\">", l->points, l->max);
                report_xml_text(b, l->feedback);
                buf_puts(b, "</failure>");
            }
            buf_puts(b, "</testcase>\n");
        }
        buf_puts(b, "  </testsuite>\n");
    }
    buf_puts(b, "</testsuites>\n");
}

