/* report_html.c: `worksim report --format html`: one self-contained cohort dashboard an
 * instructor opens to see where a cohort is stuck (issue 13 item 5). The page holds, as plain
 * HTML with inline SVG charts, the scenarios with their pass marks, pass rates and averages,
 * the learners x scenarios grid, the tasks and checks the cohort fails most (with hints and
 * time per task) and the skill profiles (report_html_sections.c, from the model of
 * report_html_cohort.c); every run with every report field, its breakdown and its abbreviated
 * transcript travels in one embedded JSON block (report_html_data.c) that a small inline
 * script draws when a cell, a learner or a run is opened (report_html_assets.c). Nothing is
 * loaded from anywhere; every stored string is escaped. */
#include "report/report_html.h"

#include <string.h>
#include <time.h>

static void page_head(Buf *b, const Report *rep, const Cohort *c)
{
    char now[32];
    report_format_date((double)time(NULL), now, sizeof now);
    buf_printf(b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                  "<meta name=\"viewport\" content=\"width=device-width\"><title>worksim cohort dashboard</title>"
                  "<style>%s</style></head><body>\n", HTML_DASHBOARD_STYLE);
    int passed = 0;
    int flagged = 0, regraded = 0;
    for (int i = 0; i < rep->n; i++) {
        passed += strcmp(report_run_graded(&rep->runs[i])->row.outcome, "passed") == 0;
        flagged += report_run_flagged(&rep->runs[i]);
        regraded += rep->runs[i].regrade != NULL;
    }
    buf_printf(b, "<h1>worksim cohort dashboard</h1><p class=\"meta\">%d learner%s, %d scenario%s, %d run%s "
                  "(%d counted: attempts, neither demo nor regrade, without an infrastructure error), %d passed "
                  "(a regraded run by its regrade), <span id=\"regraded-count\">%d</span> regraded, "
                  "<span id=\"flagged-count\" class=\"%s\">%d</span> flagged on import; generated %s</p>\n",
               c->n_learners, c->n_learners == 1 ? "" : "s", c->n_scenarios, c->n_scenarios == 1 ? "" : "s", rep->n,
               rep->n == 1 ? "" : "s", c->counted_runs, passed, regraded, flagged ? "flag" : "", flagged, now);
    buf_puts(b, "<p class=\"meta\" id=\"selection\">Selection: ");
    report_xml_text(b, rep->selection && *rep->selection ? rep->selection : "every finished run but demos and regrades");
    buf_puts(b, "</p>\n");
    buf_puts(b, "<noscript><p class=\"note\">Without scripts the figures below still show; opening runs "
                "(breakdowns, transcripts) needs scripts: <code>worksim report --format text</code> and "
                "<code>worksim replay RUN_ID</code> show the same.</p></noscript>\n");
}

/* The runs panel: its head names every report field (the names every format shares); the
 * script fills it with the runs of a cell, a learner or a #run-ID link. */
static void runs_panel(Buf *b)
{
    ReportRun none = {0};
    ReportFields f;
    report_run_fields(&none, &f);
    buf_puts(b, "<section id=\"runs-section\" hidden><h2>Runs</h2><div class=\"scroll\"><table id=\"runs\"><thead><tr>");
    for (int i = 0; i < REPORT_N_FIELDS; i++) {
        buf_puts(b, "<th>");
        report_xml_text(b, f.f[i].name);
        buf_puts(b, "</th>");
    }
    buf_puts(b, "</tr></thead><tbody></tbody></table></div><div id=\"detail\"></div></section>\n");
}

static void page_foot(Buf *b, const Report *rep)
{
    buf_printf(b, "<footer><p class=\"note\">One file, nothing loaded from the network. Every run travels in "
                  "one embedded JSON block (format <code>worksim-dashboard-1</code>: each distinct string once, "
                  "runs as arrays of the report fields, breakdown lines by number) that the inline script "
                  "draws when a run is opened. Transcripts are abbreviated: one line per event, texts cut at "
                  "160 bytes, command output left out, and at most %zu bytes per run on this page (1.6 MB shared "
                  "by all runs, %d to %d bytes each); <code>worksim replay RUN_ID</code> prints a run's whole "
                  "transcript.</p></footer>\n",
               report_transcript_budget(rep->n), REPORT_TRANSCRIPT_MIN, REPORT_TRANSCRIPT_MAX);
}

void report_emit_html(const Report *rep, Buf *b)
{
    Cohort c;
    cohort_build(&c, rep);
    page_head(b, rep, &c);
    if (rep->n == 0) {
        buf_puts(b, "<p>No finished runs match.</p></body></html>\n");
        cohort_free(&c);
        return;
    }
    html_section_scenarios(b, &c);
    html_section_grid(b, &c);
    html_section_stuck(b, &c);
    html_section_skills(b, &c);
    runs_panel(b);
    page_foot(b, rep);
    html_data_block(b, rep);
    buf_printf(b, "<script>%s</script>\n</body></html>\n", HTML_DASHBOARD_SCRIPT);
    cohort_free(&c);
}
