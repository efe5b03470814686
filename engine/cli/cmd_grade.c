/* cmd_grade.c: `worksim grade SCENARIO --submissions DIR` (DESIGN §9): each subfolder of DIR
 * is one learner's final workspace, named after the learner. Each is graded by the core's own
 * run and finish path: a `grade`-mode run of the scenario starts (on_start, the base), the
 * submission replaces the workspace, every task is submitted in order (checks, reviews) and
 * the run finishes (final checks, the rubric, on_finish), stored with the scenario version.
 * Submissions are graded in forked children, --jobs at a time; one that is broken (not a
 * folder, not a git repository where the scenario uses one, too big, a device inside) is
 * listed in "failed" and never stops the others. Progress goes to stderr. A sandbox is opened
 * once before the first child is forked, so what the backend proves once per process (that
 * it starts) is proved once per batch. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "base/text_safe.h"
#include "base/util.h"
#include "cli/child_pool.h"
#include "cli/grade_submission.h"
#include "headless/headless.h"
#include "report/report.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char GRADE_HELP[] =
    "usage: worksim grade SCENARIO --submissions DIR [--jobs N] [--cohort NAME] [--json]\n"
    "                     [--format junit|csv] [--out FILE] [--min-score N]\n"
    "                     [--sandbox auto|vm|ns] [--llm auto|claude|scripted] [--model ID]\n"
    "Grades each subfolder of DIR as one learner's final workspace of SCENARIO (a copy of the\n"
    "scenario's workspace after their work, with .git where the scenario's workspace has one);\n"
    "the folder's name is the learner's. Each is graded in its own sandbox like a finished run:\n"
    "every task submitted in order, the checks, the reviews and the rubric (scripted offline,\n"
    "Claude with --llm claude or ANTHROPIC_API_KEY), and stored as a run of mode grade with the\n"
    "scenario's version. A broken submission is listed as failed; the others are still graded.\n"
    "  --jobs N         grade N submissions at once (default 1)\n"
    "  --cohort NAME    put the graded learners into cohort NAME (see 'worksim learners')\n"
    "  --json           {\"scenario\", \"version\", \"graded\": [run --json objects + \"submission\"],\n"
    "                   \"failed\": [{\"submission\", \"error\"}]}\n"
    "  --format F       junit or csv: the graded runs as 'worksim report --format F' writes them\n"
    "  --out FILE       write the output there (whole or not at all) instead of stdout\n"
    "  --min-score N    exit 1 when a graded submission's percent is below N\n"
    "exit: 0 every submission graded; 1 one below --min-score; 2 bad usage or a broken submission;\n"
    "3 infrastructure error (a sandbox, the database)\n";

typedef struct Submission {
    char *name;                  /* the folder's name: the learner */
    char *path;
    char *problem;               /* why it cannot be graded, or NULL */
    cJSON *graded;               /* the run --json object + "submission" */
    int64_t run_id;
} Submission;

typedef struct Grade {
    CliContext *ctx;
    RunArgs run;                 /* scenario, sandbox, llm, model */
    const char *dir, *cohort, *format, *out;
    int jobs;
    bool json, has_min;
    double min_score;
    Submission *subs;
    int n, done;
    int *queue;                  /* indexes of the submissions to grade */
    bool needs_git;
    char *version;
} Grade;

/* ---- arguments ---- */

static bool take_value(int *i, int argc, char **argv, const char **out)
{
    if (*i + 1 >= argc) {
        cli_usage_error("grade", "%s needs a value", argv[*i]);
        return false;
    }
    *out = argv[++*i];
    return true;
}

/* -1 to go on, else the exit code. Options of its own are taken here, the rest (SCENARIO,
 * --sandbox, --llm, --model) by cli_parse_run_args. */
static int parse_grade_args(int argc, char **argv, Grade *g)
{
    char **rest = xcalloc((size_t)argc + 1, sizeof *rest);
    int n_rest = 0, rc = -1;
    const char *v = NULL;
    g->jobs = 1;
    for (int i = 0; i < argc && rc < 0; i++) {
        const char *o = argv[i];
        if (strcmp(o, "--submissions") == 0) {
            if (!take_value(&i, argc, argv, &g->dir)) rc = EXIT_USAGE;
        } else if (strcmp(o, "--cohort") == 0) {
            if (!take_value(&i, argc, argv, &g->cohort)) rc = EXIT_USAGE;
        } else if (strcmp(o, "--out") == 0) {
            if (!take_value(&i, argc, argv, &g->out)) rc = EXIT_USAGE;
        } else if (strcmp(o, "--format") == 0) {
            if (!take_value(&i, argc, argv, &g->format)) rc = EXIT_USAGE;
            else if (strcmp(g->format, "junit") != 0 && strcmp(g->format, "csv") != 0) {
                cli_usage_error("grade", "--format: expected junit or csv, got '%s'", g->format);
                rc = EXIT_USAGE;
            }
        } else if (strcmp(o, "--jobs") == 0) {
            double jobs = 0;
            if (!take_value(&i, argc, argv, &v)) rc = EXIT_USAGE;
            else if (!cli_parse_number(v, &jobs) || jobs < 1 || jobs > 64 || jobs != (int)jobs) {
                cli_usage_error("grade", "--jobs: expected a whole number from 1 to 64, got '%s'", v);
                rc = EXIT_USAGE;
            } else {
                g->jobs = (int)jobs;
            }
        } else if (strcmp(o, "--min-score") == 0) {
            if (!take_value(&i, argc, argv, &v)) rc = EXIT_USAGE;
            else if (!cli_parse_number(v, &g->min_score) || g->min_score < 0 || g->min_score > 100) {
                cli_usage_error("grade", "--min-score: expected a percent from 0 to 100, got '%s'", v);
                rc = EXIT_USAGE;
            }
            g->has_min = true;
        } else if (strcmp(o, "--json") == 0) {
            g->json = true;
        } else if (strcmp(o, "--learner") == 0) {
            cli_usage_error("grade", "--learner: each submission folder's name is its learner");
            rc = EXIT_USAGE;
        } else {
            rest[n_rest++] = argv[i];
        }
    }
    if (rc < 0) rc = cli_parse_run_args("grade", GRADE_HELP, n_rest, rest, &g->run);
    free(rest);
    if (rc >= 0) return rc;
    if (!g->run.scenario || !g->dir) {
        cli_usage_error("grade", "%s", !g->run.scenario ? "missing SCENARIO" : "missing --submissions DIR");
        return EXIT_USAGE;
    }
    if (g->json && g->format) {
        cli_usage_error("grade", "--json and --format: pick one");
        return EXIT_USAGE;
    }
    if (g->cohort && store_learner_name_problem(g->cohort)) {
        cli_usage_error("grade", "--cohort: a cohort's name must be 1-100 bytes of UTF-8 without control characters");
        return EXIT_USAGE;
    }
    return -1;
}

/* ---- the submissions ---- */

static int by_name(const void *a, const void *b)
{
    return strcmp(((const Submission *)a)->name, ((const Submission *)b)->name);
}

/* Every entry of DIR but hidden ones, sorted, each with its problem if any; false when DIR
 * cannot be read (message printed). */
static bool list_submissions(Grade *g)
{
    DIR *d = opendir(g->dir);
    if (!d) {
        fprintf(stderr, "worksim grade: --submissions %s: cannot read the folder\n", g->dir);
        return false;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        g->subs = xrealloc(g->subs, (size_t)(g->n + 1) * sizeof *g->subs);
        Submission *s = &g->subs[g->n++];
        *s = (Submission){.name = xstrdup(e->d_name), .path = xasprintf("%s/%s", g->dir, e->d_name)};
    }
    closedir(d);
    if (g->n > 1) qsort(g->subs, (size_t)g->n, sizeof *g->subs, by_name);
    for (int i = 0; i < g->n; i++) {
        Submission *s = &g->subs[i];
        const char *bad_name = store_learner_name_problem(s->name);
        s->problem = bad_name ? xasprintf("the folder's name cannot be a learner's: %s", bad_name)
                              : grade_submission_problem(s->path, g->needs_git);
    }
    return true;
}

/* ---- one submission, in a child ---- */

typedef struct Loading {
    const char *path;
    char *error;
} Loading;

/* The workspace on_start made is a git repository (a base commit): the submission must be one too. */
static bool submission_has_git(const char *path)
{
    char *git = xasprintf("%s/.git", path);
    struct stat sb;
    bool yes = lstat(git, &sb) == 0 && S_ISDIR(sb.st_mode);
    free(git);
    return yes;
}

static void load_before_actions(void *ud, Run *run)
{
    Loading *l = ud;
    if (run_base_commit(run) && !submission_has_git(l->path))
        l->error = xstrdup("not a git repository (the scenario's workspace is one; submit the whole folder with .git)");
    else
        grade_submission_load(run_sandbox(run), l->path, &l->error);
    if (l->error) run_finish(run, "the submission could not be loaded");
}

/* {"graded": object} or {"failed": {"submission", "error", "run_id"?}} as text. */
static char *job_result(const char *path, cJSON *graded, const char *error, int64_t run_id)
{
    cJSON *o = cJSON_CreateObject();
    if (graded) {
        cJSON_AddStringToObject(graded, "submission", path);
        cJSON_AddItemToObject(o, "graded", graded);
    } else {
        cJSON *f = cJSON_AddObjectToObject(o, "failed");
        cJSON_AddStringToObject(f, "submission", path);
        cJSON_AddStringToObject(f, "error", error);
        if (run_id > 0) cJSON_AddNumberToObject(f, "run_id", (double)run_id);
    }
    char *text = cli_json_text(o);
    cJSON_Delete(o);
    return text;
}

static char *grade_job(void *ud, int index)
{
    Grade *g = ud;
    Submission *s = &g->subs[g->queue[index]];
    Scenario *sc = cli_load_scenario(g->ctx, g->run.scenario, NULL);
    if (!sc) return job_result(s->path, NULL, "the scenario could not be loaded", 0);
    ActionScript *script = actions_submit_only(sc);
    CliRunDeps deps;
    int rc = 0;
    if (!cli_run_deps_open(g->ctx, &g->run, sc, &deps, &rc)) {
        actions_free(script);
        return job_result(s->path, NULL, "the database or the colleagues could not be opened", 0);
    }
    Loading loading = {.path = s->path};
    HeadlessOptions ho = {
        .run = {.learner = s->name, .mode = "grade", .store = deps.store, .sandbox = {.backend = g->run.sandbox},
                .colleagues = deps.colleagues},
        .before_actions = load_before_actions, .before_ud = &loading,
    };
    if (g->run.verbose) {
        ho.run.on_event = cli_print_event;
        ho.run.event_ud = stderr;
    }
    Loop *loop = NULL;
    Run *run = headless_run(sc, script, &ho, &loop);
    char *text;
    if (loading.error) text = job_result(s->path, NULL, loading.error, run_id(run));
    else if (!run_is_finished(run)) text = job_result(s->path, NULL, "the run could not finish", run_id(run));
    else text = job_result(s->path, cli_result_object(run), NULL, 0);
    free(loading.error);
    cli_run_deps_close(&deps, run, loop);
    actions_free(script);
    return text;
}

static void grade_done(void *ud, int index, const char *result, const char *failure)
{
    Grade *g = ud;
    Submission *s = &g->subs[g->queue[index]];
    cJSON *o = result ? cJSON_Parse(result) : NULL;
    cJSON *graded = cJSON_DetachItemFromObject(o, "graded");
    const cJSON *failed = cJSON_GetObjectItem(o, "failed");
    if (graded) {
        s->graded = graded;
        s->run_id = (int64_t)cJSON_GetNumberValue(cJSON_GetObjectItem(graded, "run_id"));
    } else {
        const char *why = cJSON_GetStringValue(cJSON_GetObjectItem(failed, "error"));
        s->problem = xstrdup(why ? why : failure ? failure : "the grading process gave no result");
    }
    cJSON_Delete(o);
    g->done++;
    if (s->graded)
        text_fprintf_terminal(stderr, "grade: [%d/%d] %s: %s, %.0f %%\n", g->done, g->n, s->name,
                cJSON_GetStringValue(cJSON_GetObjectItem(s->graded, "outcome")),
                cJSON_GetNumberValue(cJSON_GetObjectItem(s->graded, "percent")));
    else
        text_fprintf_terminal(stderr, "grade: [%d/%d] %s: not graded: %s\n", g->done, g->n, s->name, s->problem);
}

/* ---- output ---- */

static void json_output(Grade *g, const Scenario *sc, Buf *out)
{
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "scenario", sc->id);
    if (g->version) cJSON_AddStringToObject(o, "version", g->version);
    else cJSON_AddNullToObject(o, "version");
    cJSON *graded = cJSON_AddArrayToObject(o, "graded"), *failed = cJSON_AddArrayToObject(o, "failed");
    for (int i = 0; i < g->n; i++) {
        Submission *s = &g->subs[i];
        if (s->graded) {
            cJSON_AddItemToArray(graded, s->graded);
            s->graded = NULL;
            continue;
        }
        cJSON *f = cJSON_CreateObject();
        cJSON_AddStringToObject(f, "submission", s->path);
        cJSON_AddStringToObject(f, "error", s->problem ? s->problem : "not graded");
        cJSON_AddItemToArray(failed, f);
    }
    char *text = cli_json_text(o);
    buf_puts(out, text);
    buf_puts(out, "\n");
    free(text);
    cJSON_Delete(o);
}

static void table_output(Grade *g, Buf *out)
{
    buf_printf(out, "%-24s %-12s %9s %7s %6s\n", "SUBMISSION", "OUTCOME", "SCORE", "PERCENT", "RUN");
    for (int i = 0; i < g->n; i++) {
        const Submission *s = &g->subs[i];
        const cJSON *r = s->graded;
        if (r)
            buf_printf(out, "%-24s %-12s %4.0f/%-4.0f %6.0f%% %6lld\n", s->name,
                       cJSON_GetStringValue(cJSON_GetObjectItem(r, "outcome")),
                       cJSON_GetNumberValue(cJSON_GetObjectItem(r, "score")),
                       cJSON_GetNumberValue(cJSON_GetObjectItem(r, "max")),
                       cJSON_GetNumberValue(cJSON_GetObjectItem(r, "percent")), (long long)s->run_id);
        else
            buf_printf(out, "%-24s not graded: %s\n", s->name, s->problem ? s->problem : "unknown");
    }
}

/* The graded runs as `report --format` writes them; false (message printed) on a database error. */
static bool report_output(Grade *g, Store *st, Buf *out)
{
    int64_t *ids = xcalloc((size_t)g->n + 1, sizeof *ids);
    int n = 0;
    for (int i = 0; i < g->n; i++)
        if (g->subs[i].graded) ids[n++] = g->subs[i].run_id;
    StoreRunFilter filter = {.run_ids = ids, .n_run_ids = n};
    Report rep;
    bool ok = n == 0 || report_load(&rep, st, &filter);
    if (!ok) fprintf(stderr, "worksim grade: %s\n", store_errmsg(st));
    else if (n > 0) report_emitter(g->format)(&rep, out);
    if (n > 0) report_free(&rep);
    free(ids);
    return ok;
}

/* Files the graded learners into --cohort; false (message printed) on failure. */
static bool assign_cohort(Grade *g, Store *st)
{
    const char **names = xcalloc((size_t)g->n + 1, sizeof *names);
    int n = 0;
    for (int i = 0; i < g->n; i++)
        if (g->subs[i].graded) names[n++] = g->subs[i].name;
    bool ok = n == 0 || store_cohort_add(st, g->cohort, names, n) == STORE_LEARNER_OK;
    if (!ok) fprintf(stderr, "worksim grade: --cohort %s: %s\n", g->cohort, store_errmsg(st));
    free(names);
    return ok;
}

/* 3 for an infra_error run, else 2 for a broken submission, else 1 below --min-score, else 0. */
static int grade_exit_code(const Grade *g)
{
    int rc = EXIT_OK;
    for (int i = 0; i < g->n; i++) {
        const Submission *s = &g->subs[i];
        const char *outcome = s->graded ? cJSON_GetStringValue(cJSON_GetObjectItem(s->graded, "outcome")) : NULL;
        int this_rc = EXIT_OK;
        if (!s->graded) this_rc = EXIT_USAGE;
        else if (outcome && strcmp(outcome, "infra_error") == 0) this_rc = EXIT_INFRA;
        else if (g->has_min && cJSON_GetNumberValue(cJSON_GetObjectItem(s->graded, "percent")) < g->min_score)
            this_rc = EXIT_BELOW;
        if (this_rc > rc) rc = this_rc;
    }
    return rc;
}

static int grade_finish(Grade *g, const Scenario *sc)
{
    int rc = grade_exit_code(g);
    Buf out = {0};
    Store *st = NULL;
    if (g->cohort || g->format) {
        int open_rc = EXIT_OK;
        st = cli_open_store(g->ctx, false, &open_rc);
        if (!st) return open_rc;
        if (g->cohort && !assign_cohort(g, st)) rc = EXIT_INFRA;
    }
    if (g->format) {
        if (!report_output(g, st, &out)) rc = EXIT_INFRA;
    } else if (g->json) {
        json_output(g, sc, &out);
    } else {
        table_output(g, &out);
    }
    store_close(st);
    char *err = NULL;
    if (!g->out) {
        fwrite(out.data ? out.data : "", 1, out.len, stdout);
    } else if (!util_write_file(g->out, out.data ? out.data : "", out.len, &err)) {
        fprintf(stderr, "worksim grade: %s\n", err);
        free(err);
        rc = EXIT_INFRA;
    }
    buf_free(&out);
    return rc;
}

/* Proves once, in the parent, that a sandbox starts (sandbox_prepare): the children it forks
 * inherit the proof, so a batch pays for it once, not once per submission; and a machine that
 * cannot sandbox is told so once instead of storing an infra_error run per learner. NULL, or
 * why not (caller frees). */
static char *sandbox_problem(const Grade *g)
{
    char *err = sandbox_prepare(g->run.sandbox);
    char *why = err ? xasprintf("the sandbox could not start: %s", err) : NULL;
    free(err);
    return why;
}

static bool is_git_workspace(const Scenario *sc) { return sc->workspace && submission_has_git(sc->workspace); }

int cmd_grade(CliContext *ctx, int argc, char **argv)
{
    Grade g = {.ctx = ctx};
    int rc = parse_grade_args(argc, argv, &g);
    if (rc >= 0) return rc;
    char *dir = NULL;
    Scenario *sc = cli_load_scenario(ctx, g.run.scenario, &dir);
    if (!sc) return EXIT_USAGE;
    g.version = scenario_folder_version(dir, NULL);
    g.needs_git = is_git_workspace(sc);
    if (!list_submissions(&g)) {
        rc = EXIT_USAGE;
    } else if (g.n == 0) {
        fprintf(stderr, "worksim grade: %s holds no submission folders\n", g.dir);
        rc = EXIT_USAGE;
    } else {
        g.queue = xcalloc((size_t)g.n, sizeof *g.queue);
        char *no_sandbox = sandbox_problem(&g);
        int n_queue = 0;
        for (int i = 0; i < g.n; i++) {
            if (!g.subs[i].problem && no_sandbox) g.subs[i].problem = xstrdup(no_sandbox);
            else if (!g.subs[i].problem) g.queue[n_queue++] = i;
            else text_fprintf_terminal(stderr, "grade: %s: not graded: %s\n", g.subs[i].name, g.subs[i].problem);
        }
        g.done = g.n - n_queue;
        double t0 = util_monotonic_seconds();
        fflush(NULL);
        child_pool_run(n_queue, g.jobs, grade_job, grade_done, &g);
        int graded = 0;
        for (int i = 0; i < g.n; i++) graded += g.subs[i].graded != NULL;
        fprintf(stderr, "grade: %d of %d submissions graded in %.1f s (--jobs %d)\n", graded, g.n,
                util_monotonic_seconds() - t0, g.jobs);
        rc = grade_finish(&g, sc);
        if (no_sandbox) {
            fprintf(stderr, "worksim grade: nothing was graded: %s\n", no_sandbox);
            rc = EXIT_INFRA;
        }
        free(no_sandbox);
    }
    for (int i = 0; i < g.n; i++) {
        free(g.subs[i].name);
        free(g.subs[i].path);
        free(g.subs[i].problem);
        cJSON_Delete(g.subs[i].graded);
    }
    free(g.subs);
    free(g.queue);
    free(g.version);
    free(dir);
    scenario_free(sc);
    return rc;
}
