/* cmd_report.c: `worksim report` reads finished runs back from the database for instructors
 * and writes them in one of the formats of engine/report, to stdout or, whole or not at all,
 * to --out FILE. Filters add up; --learner and --scenario may repeat (any of the values).
 * Runs stored as demos (DESIGN §7) are left out unless --include-demo. The database must
 * exist: a report never creates one. A selection that matches no run exits 1 and writes
 * nothing, so CI never reads an empty JUnit file as success. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "report/report.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char REPORT_HELP[] =
    "usage: worksim report [--learner NAME]... [--scenario ID]... [--cohort NAME]... [--since DATE]\n"
    "                      [--until DATE] [--include-demo] [--format text|csv|json|junit|html|xapi] [--out FILE]\n"
    "Reports the finished runs in the database (--db, WORKSIM_DB or the default path; it must exist).\n"
    "  --learner, --scenario   keep runs of any of the given learners / scenarios (repeatable)\n"
    "  --cohort                keep runs of learners in any of the given cohorts (repeatable;\n"
    "                          'worksim learners cohort' fills them)\n"
    "  --since, --until        keep runs started on or after / before DATE (UTC): YYYY-MM-DD\n"
    "                          (--until takes the whole day) or YYYY-MM-DDTHH:MM[:SS][Z]\n"
    "  --include-demo          also report demo runs (watching a solution, snapshots)\n"
    "Formats (every one shows the same run fields under the same names: run_id, learner,\n"
    "learner_id, scenario, scenario_title, scenario_version, mode, outcome, reason, started,\n"
    "ended, learner_seconds, score, max, percent, hints, cost_usd, llm_calls, import_flags,\n"
    "regrade_of, regraded_run, regraded_outcome, regraded_score, regraded_max, regraded_percent,\n"
    "regraded_version; score is the stored one, the latest regrade is the verdict that counts):\n"
    "  text   one line per run (default), the regraded score beside the stored one, import flags\n"
    "  csv    one row per breakdown line of every run (a run without lines gets one row)\n"
    "  json   an array of runs, each with its fields and breakdown\n"
    "  junit  JUnit XML (Jenkins/GitLab): a test suite per run, a testcase for its outcome\n"
    "         (failure when failed, error for infra_error, skipped when incomplete) and one\n"
    "         per breakdown line, classname worksim.SCENARIO.TASK; a regraded run by its\n"
    "         regrade; an imported run's 'import' testcase fails when the import flagged it\n"
    "  html   one self-contained cohort dashboard: scenarios with pass marks and pass rates,\n"
    "         a learners x scenarios grid, the tasks and checks the cohort fails most (hints\n"
    "         and time per task), skill profiles, SVG charts; each run opens to its fields,\n"
    "         breakdown and abbreviated transcript (inline script, nothing loaded)\n"
    "  xapi   a JSON array of xAPI 1.0.3 statements, ready to POST to an LRS's /statements;\n"
    "         ids are stable per run (a resend does not duplicate); a regrade is a statement\n"
    "         of its own (same registration, context.statement naming the attempt's); the accounts'\n"
    "         homePage is $WORKSIM_XAPI_HOMEPAGE (e.g. your LMS's URL)\n"
    "Exit: 0 with a report; 1 when no finished run matches (nothing is written); 2 bad usage\n"
    "or no such database; 3 a database error.\n";

typedef struct ReportArgs {
    const char *format, *out;
    StoreRunFilter filter;
    const char **learners, **scenarios, **cohorts;
} ReportArgs;

static void push(const char ***list, int *n, const char *value)
{
    *list = xrealloc(*list, (size_t)(*n + 1) * sizeof **list);
    (*list)[(*n)++] = value;
}

/* -1 to go on, else the exit code (help printed, usage error reported). */
static int parse_report_args(int argc, char **argv, ReportArgs *a)
{
    a->format = "text";
    a->filter.exclude_demo = true;
    for (int i = 0; i < argc; i++) {
        const char *o = argv[i];
        if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) {
            fputs(REPORT_HELP, stdout);
            return EXIT_OK;
        }
        if (strcmp(o, "--include-demo") == 0) {
            a->filter.exclude_demo = false;
            continue;
        }
        bool takes_value = strcmp(o, "--format") == 0 || strcmp(o, "--out") == 0 || strcmp(o, "--learner") == 0 ||
                           strcmp(o, "--scenario") == 0 || strcmp(o, "--cohort") == 0 || strcmp(o, "--since") == 0 ||
                           strcmp(o, "--until") == 0;
        if (!takes_value) {
            cli_usage_error("report", "unexpected argument '%s'", o);
            return EXIT_USAGE;
        }
        if (i + 1 >= argc) {
            cli_usage_error("report", "%s needs a value", o);
            return EXIT_USAGE;
        }
        const char *v = argv[++i];
        if (strcmp(o, "--format") == 0) a->format = v;
        else if (strcmp(o, "--out") == 0) a->out = v;
        else if (strcmp(o, "--learner") == 0) push(&a->learners, &a->filter.n_learners, v);
        else if (strcmp(o, "--scenario") == 0) push(&a->scenarios, &a->filter.n_scenarios, v);
        else if (strcmp(o, "--cohort") == 0) push(&a->cohorts, &a->filter.n_cohorts, v);
        else if (!cli_parse_date(v, strcmp(o, "--until") == 0, strcmp(o, "--since") == 0 ? &a->filter.since : &a->filter.until)) {
            cli_usage_error("report", "%s: expected a date YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z], got '%s'", o, v);
            return EXIT_USAGE;
        }
    }
    a->filter.learners = a->learners;
    a->filter.scenarios = a->scenarios;
    a->filter.cohorts = a->cohorts;
    if (!report_emitter(a->format)) {
        cli_usage_error("report", "--format: expected %s, got '%s'", REPORT_FORMATS, a->format);
        return EXIT_USAGE;
    }
    return -1;
}

static int write_report(const ReportArgs *a, const Report *rep)
{
    Buf b = {0};
    report_emitter(a->format)(rep, &b);
    char *err = NULL;
    int rc = EXIT_OK;
    if (!a->out) fwrite(b.data ? b.data : "", 1, b.len, stdout);
    else if (!util_write_file(a->out, b.data ? b.data : "", b.len, &err)) {
        fprintf(stderr, "worksim report: %s\n", err);
        free(err);
        rc = EXIT_INFRA;
    }
    buf_free(&b);
    return rc;
}

/* The filters in words for the dashboard's heading: "learner ada, bob; cohort spring; since
 * 2026-03-01"; "" when none. */
static char *selection_words(const ReportArgs *a, int argc, char **argv)
{
    Buf b = {0};
    static const char *const options[] = {"--learner", "--scenario", "--cohort", "--since", "--until"};
    for (size_t o = 0; o < sizeof options / sizeof options[0]; o++) {
        int n = 0;
        for (int i = 0; i + 1 < argc; i++)
            if (strcmp(argv[i], options[o]) == 0) {
                if (n++) buf_puts(&b, ", ");
                else buf_printf(&b, "%s%s ", b.len ? "; " : "", options[o] + 2);   /* "cohort spring" */
                buf_puts(&b, argv[++i]);
            }
    }
    if (!a->filter.exclude_demo) buf_puts(&b, b.len ? "; demo and regrade runs included" : "demo and regrade runs included");
    return buf_steal(&b);
}

/* The HTML dashboard also shows each run's transcript and time per task (its event log) and
 * each scenario's pass mark (the scenario catalog on the path). */
static int write_dashboard(CliContext *ctx, const ReportArgs *a, Report *rep, Store *st, int argc, char **argv)
{
    if (!report_load_timelines(rep, st)) {
        fprintf(stderr, "worksim report: %s\n", store_errmsg(st));
        return EXIT_INFRA;
    }
    ScenarioCatalog *catalog = scenario_catalog_load((const char *const *)ctx->scenario_path);
    char *selection = selection_words(a, argc, argv);
    rep->catalog = catalog;
    rep->selection = selection;
    int rc = write_report(a, rep);
    rep->catalog = NULL;
    rep->selection = NULL;
    scenario_catalog_free(catalog);
    free(selection);
    return rc;
}

int cmd_report(CliContext *ctx, int argc, char **argv)
{
    ReportArgs a = {0};
    int rc = parse_report_args(argc, argv, &a);
    Store *st = rc < 0 ? cli_open_store(ctx, true, &rc) : NULL;
    if (st) {
        Report rep;
        if (!store_read_begin(st) || !report_load(&rep, st, &a.filter)) {
            fprintf(stderr, "worksim report: %s\n", store_errmsg(st));
            rc = EXIT_INFRA;
        } else if (rep.n == 0) {
            fprintf(stderr, "worksim report: no finished runs match%s; nothing written\n",
                    a.filter.exclude_demo ? " (demo runs need --include-demo)" : "");
            rc = EXIT_BELOW;
        } else if (strcmp(a.format, "html") == 0) {
            rc = write_dashboard(ctx, &a, &rep, st, argc, argv);
        } else {
            rc = write_report(&a, &rep);
        }
        report_free(&rep);
        store_read_end(st);
        store_close(st);
    }
    free(a.learners);
    free(a.scenarios);
    free(a.cohorts);
    return rc;
}
