/* report_html.h: the parts of the HTML cohort dashboard (report --format html), private to
 * engine/report: string interning, the cohort model the page shows (learners x scenarios grid,
 * scenario, task, check and skill summaries), the inline SVG charts, the embedded run data and
 * the page's inline style and script. report_html.c puts the page together. */
#ifndef WORKSIM_REPORT_HTML_H
#define WORKSIM_REPORT_HTML_H

#include "report/report.h"

#include <stddef.h>

/* ---- Interning (report_html_intern.c): each distinct string once, numbered in first-seen order. */
typedef struct HtmlIntern {
    char **strings;          /* by number; owned copies */
    int n;
    int *slots;              /* hash table of number + 1, 0 = empty */
    size_t cap;
} HtmlIntern;

int html_intern(HtmlIntern *in, const char *s);             /* s's number, added when new */
int html_intern_find(const HtmlIntern *in, const char *s);  /* -1 when not there */
const char *html_intern_string(HtmlIntern *in, const char *s);   /* the table's copy of s, added when new */
void html_intern_free(HtmlIntern *in);

/* ---- The cohort model (report_html_cohort.c) ---- */

/* A learner's attempt: not a demo (shown, not tried) and not a regrade (an attempt graded
 * again, `worksim regrade`; DESIGN §7). The grid counts attempts; the figures count the
 * attempts that ended with a verdict or incomplete (not infra_error). */
bool cohort_run_is_attempt(const ReportRun *r);
bool cohort_run_counts(const ReportRun *r);

typedef enum CellOutcome { CELL_NONE, CELL_INFRA, CELL_INCOMPLETE, CELL_FAILED, CELL_PASSED } CellOutcome;

/* One learner on one scenario: over the attempts, the best percent among
 * counted runs and the best outcome (passed > failed > incomplete > infra_error). A regraded
 * attempt counts with its regrade's outcome and percent (report_run_graded); its stored ones
 * stay in the run's fields. */
typedef struct CohortCell {
    int attempts;
    int best, latest;        /* run indexes into the report, -1 when none */
    CellOutcome outcome;
    int flagged;             /* attempts the import flagged (report_run_flagged) */
    int first_flagged;       /* run index of the first of them, -1 when none */
} CohortCell;

/* An imported run whose claim the import does not trust. */
bool report_run_flagged(const ReportRun *r);

typedef struct ScenarioSummary {
    const char *id, *title;
    double pass_mark;        /* percent from the scenario catalog; NaN when not on the scenario path */
    int learners;            /* learners with a counted run */
    int passed;              /* of those, learners with a passed run */
    int attempts;            /* counted runs */
    double best_sum;         /* sum of those learners' best percents */
} ScenarioSummary;

/* A task of a scenario over the counted runs whose breakdown names it. */
typedef struct TaskSummary {
    int scenario;
    const char *task;
    int runs;
    int failed;              /* runs with a check of the task not passed */
    int hints;               /* hints taken on it */
    double seconds;          /* summed time on it (timelines), over timed runs */
    int timed;
} TaskSummary;

typedef struct CheckSummary {
    int scenario;
    const char *task, *item, *label;   /* task may be NULL */
    int runs, passed;
} CheckSummary;

typedef struct SkillTotal {
    double points, max;      /* summed over the check and rubric lines tagged with the skill */
} SkillTotal;

typedef struct Cohort {
    const Report *rep;
    const char **learners;   /* names in name order ("-" for a run without one) */
    int n_learners;
    ScenarioSummary *scenarios;   /* in id order */
    int n_scenarios;
    CohortCell *cells;       /* [learner * n_scenarios + scenario] */
    TaskSummary *tasks;      /* by failure rate, hints per run, then time per run, highest first */
    int n_tasks;
    CheckSummary *checks;    /* by pass rate, lowest first */
    int n_checks;
    const char **skills;     /* in name order */
    int n_skills;
    SkillTotal *learner_skills;   /* [learner * n_skills + skill] */
    SkillTotal *cohort_skills;    /* [skill] */
    int counted_runs;
    HtmlIntern names;        /* owns the strings the arrays above point to */
} Cohort;

void cohort_build(Cohort *c, const Report *rep);
void cohort_free(Cohort *c);
const CohortCell *cohort_cell(const Cohort *c, int learner, int scenario);

/* ---- Inline SVG (report_html_svg.c) ---- */

typedef struct SvgBar {
    const char *label;
    double value;            /* 0..100 */
    const char *cls;         /* CSS class of the bar, may be NULL */
    double mark;             /* a tick at this value (the pass mark), NaN for none */
} SvgBar;

/* A horizontal bar chart of percentages with its title (as the SVG's <title>). */
void svg_bar_chart(Buf *b, const char *title, const SvgBar *bars, int n);

/* ---- Sections (report_html_sections.c) ---- */
void html_section_scenarios(Buf *b, const Cohort *c);
void html_section_grid(Buf *b, const Cohort *c);
void html_section_stuck(Buf *b, const Cohort *c);
void html_section_skills(Buf *b, const Cohort *c);

/* ---- The embedded data (report_html_data.c): one JSON block the script renders on demand. */
void html_data_block(Buf *b, const Report *rep);
/* s as a JSON string that is also safe inside <script>: < > & and U+2028/9 as \u escapes. */
void html_json_string(Buf *b, const char *s);

/* ---- Assets (report_html_assets.c) ---- */
extern const char HTML_DASHBOARD_STYLE[];
extern const char HTML_DASHBOARD_SCRIPT[];

/* Small shared formatting: percent as a whole number ("87"), "-" for NaN. */
void html_percent(Buf *b, double percent);

#endif
