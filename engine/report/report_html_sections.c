/* report_html_sections.c: the dashboard's sections as server-side HTML (readable without the
 * script): the scenarios (pass mark, learners, pass rate, average best percent, with charts),
 * the learners x scenarios grid (each cell the best percent, coloured by the best outcome,
 * clickable to that learner's attempts; a regraded attempt counts with its regrade, its stored
 * percent struck through beside; a cell with a flagged import marked "!"), where the cohort
 * gets stuck (tasks by failure rate, with hints and time per task; checks by pass rate) and the
 * skill profiles (cohort chart, one row per learner). Every stored string is escaped (report_xml_text). */
#include "report/report_html.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

void html_percent(Buf *b, double percent)
{
    if (isnan(percent)) buf_puts(b, "-");
    else buf_printf(b, "%.0f", percent);
}

static void text_cell(Buf *b, const char *tag, const char *text)
{
    buf_printf(b, "<%s>", tag);
    report_xml_text(b, text);
    buf_printf(b, "</%s>", tag);
}

static void number_cell(Buf *b, const char *fmt, double v)
{
    buf_puts(b, "<td class=\"num\">");
    if (isnan(v)) buf_puts(b, "-");
    else buf_printf(b, fmt, v);
    buf_puts(b, "</td>");
}

static double percent_of(int part, int whole) { return whole > 0 ? 100.0 * part / whole : NAN; }

static void duration_cell(Buf *b, double seconds)
{
    if (isnan(seconds)) {
        buf_puts(b, "<td class=\"num\">-</td>");
        return;
    }
    int s = (int)lround(seconds);
    buf_printf(b, "<td class=\"num\">%d:%02d</td>", s / 60, s % 60);
}

void html_section_scenarios(Buf *b, const Cohort *c)
{
    buf_puts(b, "<section><h2>Scenarios</h2><p class=\"note\">Per scenario, over the learners with a counted "
                "attempt: how many passed (pass rate) and the average of their best percent. The pass mark "
                "comes from the scenario on the scenario path (- when it is not there).</p>\n"
                "<table id=\"scenarios\"><thead><tr><th>scenario</th><th>title</th><th>pass mark</th><th>learners</th>"
                "<th>passed</th><th>pass rate %</th><th>average best %</th><th>attempts</th></tr></thead><tbody>\n");
    SvgBar *avg = xcalloc((size_t)c->n_scenarios + 1, sizeof *avg), *pass = xcalloc((size_t)c->n_scenarios + 1, sizeof *pass);
    for (int s = 0; s < c->n_scenarios; s++) {
        const ScenarioSummary *sc = &c->scenarios[s];
        double mean = sc->learners ? sc->best_sum / sc->learners : NAN;
        buf_puts(b, "<tr>");
        text_cell(b, "td", sc->id);
        text_cell(b, "td", sc->title ? sc->title : "");
        number_cell(b, "%g", sc->pass_mark);
        number_cell(b, "%.0f", sc->learners);
        number_cell(b, "%.0f", sc->passed);
        number_cell(b, "%.0f", percent_of(sc->passed, sc->learners));
        number_cell(b, "%.1f", mean);
        number_cell(b, "%.0f", sc->attempts);
        buf_puts(b, "</tr>\n");
        avg[s] = (SvgBar){sc->id, mean, isnan(sc->pass_mark) || mean >= sc->pass_mark ? "good" : "bad", sc->pass_mark};
        pass[s] = (SvgBar){sc->id, percent_of(sc->passed, sc->learners), "rate", NAN};
    }
    buf_puts(b, "</tbody></table>\n<div class=\"charts\">");
    svg_bar_chart(b, "Average best percent per scenario (the tick is the pass mark)", avg, c->n_scenarios);
    svg_bar_chart(b, "Pass rate per scenario (learners who passed)", pass, c->n_scenarios);
    buf_puts(b, "</div></section>\n");
    free(avg), free(pass);
}

static const char *const CELL_CLASS[] = {"o-n", "o-e", "o-i", "o-f", "o-p"};

/* The cell's tooltip: the latest attempt, a regraded best attempt's stored percent, the flag. */
static void grid_cell_title(Buf *b, const Cohort *c, const CohortCell *cell)
{
    const ReportRun *runs = c->rep->runs;
    Buf t = {0};
    if (cell->attempts > 1 && cell->latest != cell->best)
        buf_printf(&t, "latest %.0f%%", report_run_graded(&runs[cell->latest])->row.percent);
    if (cell->best >= 0 && runs[cell->best].regrade)
        buf_printf(&t, "%sregraded by run %lld; stored %s %.0f%%", t.len ? "; " : "",
                   (long long)runs[cell->best].regrade->row.id, runs[cell->best].row.outcome,
                   runs[cell->best].row.percent);
    if (cell->flagged) {
        const ReportRun *f = &runs[cell->first_flagged];
        buf_printf(&t, "%sFLAGGED run %lld: ", t.len ? "; " : "", (long long)f->row.id);
        buf_puts(&t, f->row.import_flag);
        if (cell->flagged > 1) buf_printf(&t, " (and %d more)", cell->flagged - 1);
    }
    if (t.len) {
        buf_puts(b, " title=\"");
        report_xml_text(b, t.data);
        buf_puts(b, "\"");
    }
    buf_free(&t);
}

void html_section_grid(Buf *b, const Cohort *c)
{
    buf_puts(b, "<section><h2>Learners &#215; scenarios</h2><p class=\"note\">Each cell: the learner's best percent "
                "(small: attempts when more than one), coloured by the best outcome: "
                "<span class=\"o-p\">passed</span> <span class=\"o-f\">failed</span> "
                "<span class=\"o-i\">incomplete</span> <span class=\"o-e\">infrastructure error</span>. "
                "A regraded attempt counts with the instructor's regrade (<code>worksim regrade</code>, and every "
                "<code>worksim import</code>), the learner's stored percent struck through beside it; "
                "<span class=\"flag\">!</span> marks an imported attempt the import flagged (a broken event chain, "
                "a stored score the re-grade does not give, no snapshot to re-grade). "
                "Click a cell for the attempts, a learner for all their runs.</p>\n"
                "<div class=\"scroll\"><table id=\"grid\"><thead><tr><th>learner</th>");
    for (int s = 0; s < c->n_scenarios; s++) text_cell(b, "th", c->scenarios[s].id);
    buf_puts(b, "</tr></thead><tbody>\n");
    for (int l = 0; l < c->n_learners; l++) {
        buf_puts(b, "<tr>");
        text_cell(b, "th", c->learners[l]);
        for (int s = 0; s < c->n_scenarios; s++) {
            const CohortCell *cell = cohort_cell(c, l, s);
            if (!cell->attempts) {
                buf_puts(b, "<td class=\"o-n\"></td>");
                continue;
            }
            int shown = cell->best >= 0 ? cell->best : cell->latest;
            const ReportRun *run = &c->rep->runs[shown];
            buf_printf(b, "<td class=\"%s%s\" data-r=\"%lld\"", CELL_CLASS[cell->outcome], cell->flagged ? " flagged" : "",
                       (long long)run->row.id);
            grid_cell_title(b, c, cell);
            buf_puts(b, ">");
            if (cell->best >= 0) html_percent(b, report_run_graded(run)->row.percent);
            else buf_puts(b, "err");
            if (cell->best >= 0 && run->regrade && lround(run->row.percent) != lround(run->regrade->row.percent)) {
                buf_puts(b, "<s>");
                html_percent(b, run->row.percent);
                buf_puts(b, "</s>");
            }
            if (cell->flagged) buf_puts(b, "<b class=\"flag\">!</b>");
            if (cell->attempts > 1) buf_printf(b, "<small>%d</small>", cell->attempts);
            buf_puts(b, "</td>");
        }
        buf_puts(b, "</tr>\n");
    }
    buf_puts(b, "</tbody></table></div></section>\n");
}

void html_section_stuck(Buf *b, const Cohort *c)
{
    buf_puts(b, "<section><h2>Where the cohort gets stuck</h2><p class=\"note\">Tasks by the share of counted runs "
                "in which one of the task's checks failed, then by hints per run and time per run (from the task "
                "being assigned to it being done, or to the end of the run).</p>\n"
                "<table id=\"tasks\"><thead><tr><th>scenario</th><th>task</th><th>runs</th><th>failed</th>"
                "<th>failure rate %</th><th>hints</th><th>hints per run</th><th>average time</th></tr></thead><tbody>\n");
    int n_chart = c->n_tasks < 15 ? c->n_tasks : 15;
    SvgBar *bars = xcalloc((size_t)n_chart + 1, sizeof *bars);
    char **labels = xcalloc((size_t)n_chart + 1, sizeof *labels);
    for (int t = 0; t < c->n_tasks; t++) {
        const TaskSummary *ts = &c->tasks[t];
        buf_puts(b, "<tr>");
        text_cell(b, "td", c->scenarios[ts->scenario].id);
        text_cell(b, "td", ts->task);
        number_cell(b, "%.0f", ts->runs);
        number_cell(b, "%.0f", ts->failed);
        number_cell(b, "%.0f", percent_of(ts->failed, ts->runs));
        number_cell(b, "%.0f", ts->hints);
        number_cell(b, "%.2f", ts->runs ? (double)ts->hints / ts->runs : NAN);
        duration_cell(b, ts->timed ? ts->seconds / ts->timed : NAN);
        buf_puts(b, "</tr>\n");
        if (t < n_chart) {
            labels[t] = xasprintf("%s / %s", c->scenarios[ts->scenario].id, ts->task);
            bars[t] = (SvgBar){labels[t], percent_of(ts->failed, ts->runs), "bad", NAN};
        }
    }
    buf_puts(b, "</tbody></table>\n");
    svg_bar_chart(b, "Failure rate of the most failed tasks", bars, n_chart);
    for (int t = 0; t < n_chart; t++) free(labels[t]);
    free(labels), free(bars);
    buf_puts(b, "<h3>Checks by pass rate</h3>\n<table id=\"checks\"><thead><tr><th>scenario</th><th>task</th><th>check</th>"
                "<th>label</th><th>runs</th><th>passed</th><th>pass rate %</th></tr></thead><tbody>\n");
    for (int q = 0; q < c->n_checks; q++) {
        const CheckSummary *cs = &c->checks[q];
        buf_puts(b, "<tr>");
        text_cell(b, "td", c->scenarios[cs->scenario].id);
        text_cell(b, "td", cs->task ? cs->task : "");
        text_cell(b, "td", cs->item);
        text_cell(b, "td", cs->label);
        number_cell(b, "%.0f", cs->runs);
        number_cell(b, "%.0f", cs->passed);
        number_cell(b, "%.0f", percent_of(cs->passed, cs->runs));
        buf_puts(b, "</tr>\n");
    }
    buf_puts(b, "</tbody></table></section>\n");
}

static double skill_percent(const SkillTotal *t) { return t->max > 0 ? 100.0 * t->points / t->max : NAN; }

/* One row of the skills table: a percent per skill, shaded by quarter (h1..h4; h0 untrained). */
static void skill_row(Buf *b, const char *who, const SkillTotal *totals, int n)
{
    buf_puts(b, "<tr>");
    text_cell(b, "th", who);
    for (int k = 0; k < n; k++) {
        double p = skill_percent(&totals[k]);
        buf_printf(b, "<td class=\"h%d\">", isnan(p) ? 0 : 1 + (int)(p / 25.01));
        html_percent(b, p);
        buf_puts(b, "</td>");
    }
    buf_puts(b, "</tr>\n");
}

void html_section_skills(Buf *b, const Cohort *c)
{
    buf_puts(b, "<section><h2>Skills</h2><p class=\"note\">Per skill, the points won of the points possible over "
                "the counted runs' check and rubric lines tagged with it (DESIGN &#167;7); "
                "<code>worksim progress</code> shows each learner's mastery estimate.</p>\n");
    SvgBar *bars = xcalloc((size_t)c->n_skills + 1, sizeof *bars);
    for (int k = 0; k < c->n_skills; k++) bars[k] = (SvgBar){c->skills[k], skill_percent(&c->cohort_skills[k]), "rate", NAN};
    svg_bar_chart(b, "The cohort's skill profile", bars, c->n_skills);
    free(bars);
    buf_puts(b, "<div class=\"scroll\"><table id=\"skills\"><thead><tr><th>learner</th>");
    for (int k = 0; k < c->n_skills; k++) text_cell(b, "th", c->skills[k]);
    buf_puts(b, "</tr></thead><tbody>\n");
    skill_row(b, "(cohort)", c->cohort_skills, c->n_skills);
    for (int l = 0; l < c->n_learners; l++) skill_row(b, c->learners[l], &c->learner_skills[l * c->n_skills], c->n_skills);
    buf_puts(b, "</tbody></table></div></section>\n");
}
