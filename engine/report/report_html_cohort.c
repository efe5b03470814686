/* report_html_cohort.c: the figures of the HTML cohort dashboard, computed once from the
 * report's runs: the learners x scenarios grid (attempts, best and latest run, best outcome),
 * per scenario the learners who tried it, passed it and their average best percent (with the
 * pass mark from the scenario catalog when the scenario is on the path), per task the runs
 * that failed one of its checks, the hints taken and the time spent (from the timelines),
 * per check its pass rate, and per skill the points won of the points possible, for each
 * learner and for the cohort. Only counted runs (cohort_run_counts) enter the figures, each
 * with the verdict and breakdown that count (report_run_graded: the instructor's latest
 * regrade when there is one); times come from the attempt's own timeline. */
#include "report/report_html.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

bool cohort_run_is_attempt(const ReportRun *r)
{
    return strcmp(r->row.mode, "demo") != 0 && strcmp(r->row.mode, "regrade") != 0;
}

bool cohort_run_counts(const ReportRun *r)
{
    return cohort_run_is_attempt(r) && strcmp(report_run_graded(r)->row.outcome, "infra_error") != 0;
}

bool report_run_flagged(const ReportRun *r) { return r->row.imported && r->row.import_flag; }

static double graded_percent(const ReportRun *r) { return report_run_graded(r)->row.percent; }

static CellOutcome outcome_of(const char *outcome)
{
    if (strcmp(outcome, "passed") == 0) return CELL_PASSED;
    if (strcmp(outcome, "failed") == 0) return CELL_FAILED;
    if (strcmp(outcome, "incomplete") == 0) return CELL_INCOMPLETE;
    return CELL_INFRA;
}

static const char *learner_of(const ReportRun *r) { return r->row.learner ? r->row.learner : "-"; }

static int by_string(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* The distinct values of one run string, sorted, numbered in sorted order in *order. */
static const char **sorted_distinct(const Report *rep, const char *(*value)(const ReportRun *), HtmlIntern *order,
                                    int *n)
{
    HtmlIntern seen = {0};
    for (int i = 0; i < rep->n; i++)
        if (cohort_run_is_attempt(&rep->runs[i])) html_intern(&seen, value(&rep->runs[i]));
    qsort(seen.strings, (size_t)seen.n, sizeof *seen.strings, by_string);
    const char **out = xcalloc((size_t)(seen.n ? seen.n : 1), sizeof *out);
    for (int i = 0; i < seen.n; i++) out[i] = html_intern_string(order, seen.strings[i]);
    *n = seen.n;
    html_intern_free(&seen);
    return out;
}

static const char *scenario_of(const ReportRun *r) { return r->row.scenario_id; }

/* Number of the entry keyed "a\x1fb" in keys, growing *items (of item_size bytes, zeroed) when new. */
static int keyed(HtmlIntern *keys, const char *a, const char *b, void **items, size_t item_size)
{
    char *key = xasprintf("%s\x1f%s", a, b ? b : "");
    int before = keys->n;
    int k = html_intern(keys, key);
    free(key);
    if (keys->n > before) {
        *items = xrealloc(*items, (size_t)keys->n * item_size);
        memset((char *)*items + (size_t)k * item_size, 0, item_size);
    }
    return k;
}

static void add_cell(Cohort *c, const ReportRun *r, int run_index, int learner, int scenario)
{
    CohortCell *cell = &c->cells[learner * c->n_scenarios + scenario];
    const ReportRun *runs = c->rep->runs;
    cell->attempts++;
    if (report_run_flagged(r) && cell->flagged++ == 0) cell->first_flagged = run_index;
    if (cell->latest < 0 || r->row.started_at >= runs[cell->latest].row.started_at) cell->latest = run_index;
    CellOutcome o = outcome_of(report_run_graded(r)->row.outcome);
    if (o > cell->outcome) cell->outcome = o;
    if (!cohort_run_counts(r)) return;
    if (cell->best < 0 || graded_percent(r) > graded_percent(&runs[cell->best])) cell->best = run_index;
}

/* Whether one of the run's checks of task did not pass. */
static bool task_failed(const ReportRun *r, const char *task)
{
    for (int k = 0; k < r->n_lines; k++) {
        const StoreResultLine *l = &r->lines[k];
        if (strcmp(l->kind, "check") == 0 && !l->passed && l->task && strcmp(l->task, task) == 0) return true;
    }
    return false;
}

static double task_seconds(const ReportRun *r, const char *task, bool *timed)
{
    for (int i = 0; r->timeline && i < r->timeline->n_tasks; i++)
        if (strcmp(r->timeline->tasks[i].task, task) == 0) {
            *timed = true;
            return r->timeline->tasks[i].seconds;
        }
    *timed = false;
    return 0;
}

/* The summary of the run's scenario's task, created when new; counts the run once per task. */
static TaskSummary *task_summary(Cohort *c, const ReportRun *r, int scenario, const char *task, HtmlIntern *task_keys,
                                 HtmlIntern *seen)
{
    int t = keyed(task_keys, r->row.scenario_id, task, (void **)&c->tasks, sizeof *c->tasks);   /* may move c->tasks */
    TaskSummary *ts = &c->tasks[t];
    ts->scenario = scenario;
    ts->task = html_intern_string(&c->names, task);
    if (html_intern_find(seen, task) < 0) {
        html_intern(seen, task);
        ts->runs++;
        ts->failed += task_failed(report_run_graded(r), task);
        bool timed;
        ts->seconds += task_seconds(r, task, &timed);
        ts->timed += timed;
    }
    return ts;
}

/* The task and check figures of one counted run: each task its breakdown or its timeline names
 * counts once. */
static void add_lines(Cohort *c, const ReportRun *attempt, int scenario, HtmlIntern *task_keys,
                      HtmlIntern *check_keys)
{
    const ReportRun *r = report_run_graded(attempt);
    HtmlIntern seen = {0};
    for (int k = 0; k < r->n_lines; k++)
        if (r->lines[k].task)
            task_summary(c, attempt, scenario, r->lines[k].task, task_keys, &seen)->hints +=
                strcmp(r->lines[k].kind, "hint") == 0;
    for (int i = 0; attempt->timeline && i < attempt->timeline->n_tasks; i++)
        task_summary(c, attempt, scenario, attempt->timeline->tasks[i].task, task_keys, &seen);
    html_intern_free(&seen);
    for (int k = 0; k < r->n_lines; k++) {
        const StoreResultLine *l = &r->lines[k];
        if (strcmp(l->kind, "check") != 0) continue;
        int q = keyed(check_keys, r->row.scenario_id, l->item_id, (void **)&c->checks, sizeof *c->checks);
        CheckSummary *cs = &c->checks[q];
        cs->scenario = scenario;
        cs->task = l->task ? html_intern_string(&c->names, l->task) : NULL;
        cs->item = html_intern_string(&c->names, l->item_id);
        cs->label = html_intern_string(&c->names, l->label ? l->label : l->item_id);
        cs->runs++;
        cs->passed += l->passed;
    }
}

static void add_skills(Cohort *c, const ReportRun *attempt, int learner)
{
    const ReportRun *r = report_run_graded(attempt);
    for (int k = 0; k < r->n_lines; k++) {
        const StoreResultLine *l = &r->lines[k];
        if (!l->skill || l->max <= 0 || (strcmp(l->kind, "check") != 0 && strcmp(l->kind, "rubric") != 0)) continue;
        int s = 0;
        while (s < c->n_skills && strcmp(c->skills[s], l->skill) != 0) s++;
        SkillTotal *t = &c->learner_skills[learner * c->n_skills + s];
        t->points += l->points, t->max += l->max;
        c->cohort_skills[s].points += l->points, c->cohort_skills[s].max += l->max;
    }
}

static const char **skill_names(Cohort *c, int *n)
{
    HtmlIntern seen = {0};
    for (int i = 0; i < c->rep->n; i++) {
        if (!cohort_run_counts(&c->rep->runs[i])) continue;
        const ReportRun *r = report_run_graded(&c->rep->runs[i]);
        for (int k = 0; k < r->n_lines; k++)
            if (r->lines[k].skill && r->lines[k].max > 0 &&
                (strcmp(r->lines[k].kind, "check") == 0 || strcmp(r->lines[k].kind, "rubric") == 0))
                html_intern(&seen, r->lines[k].skill);
    }
    qsort(seen.strings, (size_t)seen.n, sizeof *seen.strings, by_string);
    const char **out = xcalloc((size_t)(seen.n ? seen.n : 1), sizeof *out);
    for (int i = 0; i < seen.n; i++) out[i] = html_intern_string(&c->names, seen.strings[i]);
    *n = seen.n;
    html_intern_free(&seen);
    return out;
}

static double rate(int part, int whole) { return whole > 0 ? (double)part / whole : 0; }

static int by_stuck(const void *a, const void *b)
{
    const TaskSummary *x = a, *y = b;
    double fx = rate(x->failed, x->runs), fy = rate(y->failed, y->runs);
    if (fx != fy) return fx < fy ? 1 : -1;
    double hx = rate(x->hints, x->runs), hy = rate(y->hints, y->runs);
    if (hx != hy) return hx < hy ? 1 : -1;
    double tx = x->timed ? x->seconds / x->timed : 0, ty = y->timed ? y->seconds / y->timed : 0;
    if (tx != ty) return tx < ty ? 1 : -1;
    return x->scenario != y->scenario ? x->scenario - y->scenario : strcmp(x->task, y->task);
}

static int by_pass_rate(const void *a, const void *b)
{
    const CheckSummary *x = a, *y = b;
    double px = rate(x->passed, x->runs), py = rate(y->passed, y->runs);
    if (px != py) return px < py ? -1 : 1;
    return x->scenario != y->scenario ? x->scenario - y->scenario : strcmp(x->item, y->item);
}

static void summarise_scenarios(Cohort *c)
{
    for (int s = 0; s < c->n_scenarios; s++) {
        ScenarioSummary *sc = &c->scenarios[s];
        const ScenarioInfo *info = c->rep->catalog ? scenario_catalog_find(c->rep->catalog, sc->id) : NULL;
        sc->pass_mark = info ? info->pass : NAN;
        for (int l = 0; l < c->n_learners; l++) {
            const CohortCell *cell = cohort_cell(c, l, s);
            if (cell->best < 0) continue;
            sc->learners++;
            sc->passed += cell->outcome == CELL_PASSED;
            sc->best_sum += graded_percent(&c->rep->runs[cell->best]);
        }
    }
}

void cohort_build(Cohort *c, const Report *rep)
{
    memset(c, 0, sizeof *c);
    c->rep = rep;
    HtmlIntern learner_index = {0}, scenario_index = {0}, task_keys = {0}, check_keys = {0};
    c->learners = sorted_distinct(rep, learner_of, &learner_index, &c->n_learners);
    const char **ids = sorted_distinct(rep, scenario_of, &scenario_index, &c->n_scenarios);
    c->scenarios = xcalloc((size_t)(c->n_scenarios ? c->n_scenarios : 1), sizeof *c->scenarios);
    for (int s = 0; s < c->n_scenarios; s++) c->scenarios[s].id = ids[s];
    free(ids);
    size_t n_cells = (size_t)c->n_learners * (size_t)c->n_scenarios;
    c->cells = xcalloc(n_cells ? n_cells : 1, sizeof *c->cells);
    for (size_t i = 0; i < n_cells; i++) c->cells[i].best = c->cells[i].latest = c->cells[i].first_flagged = -1;
    c->skills = skill_names(c, &c->n_skills);
    size_t n_learner_skills = (size_t)c->n_learners * (size_t)c->n_skills;
    c->learner_skills = xcalloc(n_learner_skills ? n_learner_skills : 1, sizeof *c->learner_skills);
    c->cohort_skills = xcalloc((size_t)(c->n_skills ? c->n_skills : 1), sizeof *c->cohort_skills);
    for (int i = 0; i < rep->n; i++) {
        const ReportRun *r = &rep->runs[i];
        if (!cohort_run_is_attempt(r)) continue;
        int learner = html_intern_find(&learner_index, learner_of(r));
        int scenario = html_intern_find(&scenario_index, r->row.scenario_id);
        if (!c->scenarios[scenario].title && r->row.scenario_title) c->scenarios[scenario].title = r->row.scenario_title;
        add_cell(c, r, i, learner, scenario);
        if (!cohort_run_counts(r)) continue;
        c->counted_runs++;
        c->scenarios[scenario].attempts++;
        add_lines(c, r, scenario, &task_keys, &check_keys);
        add_skills(c, r, learner);
    }
    c->n_tasks = task_keys.n;
    c->n_checks = check_keys.n;
    if (c->n_tasks) qsort(c->tasks, (size_t)c->n_tasks, sizeof *c->tasks, by_stuck);
    if (c->n_checks) qsort(c->checks, (size_t)c->n_checks, sizeof *c->checks, by_pass_rate);
    summarise_scenarios(c);
    /* The learner and scenario names live in their index tables: move them into c->names. */
    for (int l = 0; l < c->n_learners; l++) c->learners[l] = html_intern_string(&c->names, c->learners[l]);
    for (int s = 0; s < c->n_scenarios; s++)
        c->scenarios[s].id = html_intern_string(&c->names, c->scenarios[s].id);
    html_intern_free(&learner_index), html_intern_free(&scenario_index);
    html_intern_free(&task_keys), html_intern_free(&check_keys);
}

const CohortCell *cohort_cell(const Cohort *c, int learner, int scenario)
{
    return &c->cells[learner * c->n_scenarios + scenario];
}

void cohort_free(Cohort *c)
{
    free(c->learners), free(c->scenarios), free(c->cells), free(c->tasks), free(c->checks);
    free(c->skills), free(c->learner_skills), free(c->cohort_skills);
    html_intern_free(&c->names);
    memset(c, 0, sizeof *c);
}
