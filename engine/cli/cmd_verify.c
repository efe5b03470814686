/* cmd_verify.c: `worksim check` (the scenario and its action scripts load and validate) and
 * `worksim verify` (DESIGN §4: the reference solution, and every other solution/NAME.lua, pass
 * every check and reach `pass`; a learner who only submits fails at least one check).
 * One line per scenario; no database is touched. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "headless/headless.h"
#include "util/util.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char CHECK_HELP[] =
    "usage: worksim check [SCENARIO...]\n"
    "Loads each scenario (default: every scenario on the scenario path) and its solution scripts,\n"
    "validating them against the scenario format. Prints one line per scenario; exit 2 if any is bad.\n";

static const char VERIFY_HELP[] =
    "usage: worksim verify [SCENARIO...]\n"
    "Runs each scenario (default: all) headlessly with scripted colleagues: solution/actions.lua and\n"
    "every other solution/NAME.lua must pass every check and reach the scenario's pass mark, and a\n"
    "learner who only submits must fail at least one check. One line per scenario; exit 1 if any fails.\n";

static int compare_solution_paths(const void *a, const void *b)
{
    const char *pa = *(char *const *)a, *pb = *(char *const *)b;
    bool ra = strstr(pa, "/actions.lua") != NULL, rb = strstr(pb, "/actions.lua") != NULL;
    if (ra != rb) return ra ? -1 : 1;
    return strcmp(pa, pb);
}

/* Sorted list of solution/NAME.lua paths, actions.lua first. */
static char **solution_scripts(const char *dir, int *n_out)
{
    char *sol = xasprintf("%s/solution", dir);
    char **paths = NULL;
    int n = 0;
    DIR *d = opendir(sol);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".lua") != 0 || e->d_name[0] == '.') continue;
        paths = xrealloc(paths, (size_t)(n + 1) * sizeof *paths);
        paths[n++] = xasprintf("%s/%s", sol, e->d_name);
    }
    if (d) closedir(d);
    qsort(paths, (size_t)n, sizeof *paths, compare_solution_paths);
    free(sol);
    *n_out = n;
    return paths;
}

static void free_list(char **list, int n)
{
    for (int i = 0; i < n; i++) free(list[i]);
    free(list);
}

/* Dirs named on the command line, or all; NULL-safe on errors (printed). */
static char **target_dirs(CliContext *ctx, int argc, char **argv, int *n, bool *bad)
{
    if (argc == 0) return cli_all_scenario_dirs(ctx, n);
    char **dirs = xcalloc((size_t)argc, sizeof *dirs);
    *n = 0;
    for (int i = 0; i < argc; i++) {
        char *err = NULL;
        char *dir = scenario_resolve(argv[i], (const char *const *)ctx->scenario_path, &err);
        if (!dir) {
            printf("FAIL %s: %s\n", argv[i], err ? err : "not found");
            free(err);
            *bad = true;
            continue;
        }
        dirs[(*n)++] = dir;
    }
    return dirs;
}

static bool parse_list_args(const char *cmd, const char *help, int argc, char **argv, int *rc)
{
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(help, stdout);
            *rc = EXIT_OK;
            return false;
        }
        if (argv[i][0] == '-') {
            cli_usage_error(cmd, "unknown option '%s'", argv[i]);
            *rc = EXIT_USAGE;
            return false;
        }
    }
    return true;
}

/* Loads dir's scenario and its scripts; prints a FAIL line and returns false on problems. */
static bool check_one(const char *dir, int *n_scripts)
{
    char *err = NULL;
    Scenario *sc = scenario_load(dir, &err);
    if (!sc) {
        printf("FAIL %s: %s\n", dir, err);
        free(err);
        return false;
    }
    int n = 0;
    char **scripts = solution_scripts(dir, &n);
    bool ok = true;
    if (n == 0) {
        printf("FAIL %s: %s/solution/actions.lua: missing (every scenario needs a reference solution)\n", sc->id, dir);
        ok = false;
    }
    for (int i = 0; ok && i < n; i++) {
        ActionScript *script = actions_load(scripts[i], &err);
        if (!script || !actions_check_references(script, sc, &err)) {
            printf("FAIL %s: %s\n", sc->id, err);
            free(err);
            ok = false;
        }
        actions_free(script);
    }
    if (ok) {
        int checks = 0;
        for (int t = 0; t < sc->n_tasks; t++) checks += sc->tasks[t].n_checks;
        printf("ok   %s: %d task%s, %d check%s, %d rubric item%s, %g points, %d solution script%s\n", sc->id,
               sc->n_tasks, sc->n_tasks == 1 ? "" : "s", checks, checks == 1 ? "" : "s", sc->n_rubric,
               sc->n_rubric == 1 ? "" : "s", scenario_max_points(sc), n, n == 1 ? "" : "s");
    }
    *n_scripts = n;
    free_list(scripts, n);
    scenario_free(sc);
    return ok;
}

int cmd_check(CliContext *ctx, int argc, char **argv)
{
    int rc = EXIT_OK;
    if (!parse_list_args("check", CHECK_HELP, argc, argv, &rc)) return rc;
    bool bad = false;
    int n = 0;
    char **dirs = target_dirs(ctx, argc, argv, &n, &bad);
    if (n == 0 && !bad) {
        printf("FAIL no scenarios found on the scenario path\n");
        bad = true;
    }
    for (int i = 0; i < n; i++) {
        int scripts = 0;
        if (!check_one(dirs[i], &scripts)) bad = true;
    }
    free_list(dirs, n);
    return bad ? EXIT_USAGE : EXIT_OK;
}

typedef struct Trial {
    bool all_checks_passed, any_check_failed;
    double percent;
    const char *outcome;
    char *error;
} Trial;

static Trial trial_run(const char *dir, ActionScript *script)
{
    Trial t = {0};
    char *err = NULL;
    Scenario *sc = scenario_load(dir, &err);
    if (!sc) {
        t.error = err;
        return t;
    }
    ActionScript *owned = script ? NULL : actions_submit_only(sc);
    HeadlessOptions ho = {.mode = "verify", .learner = "verify"};
    Loop *loop = NULL;
    Run *run = headless_run(sc, script ? script : owned, &ho, &loop);
    const ScoreSheet *s = run_score(run);
    t.all_checks_passed = true;
    for (int i = 0; i < s->n_lines; i++) {
        if (s->lines[i].kind != SCORE_CHECK) continue;
        if (!s->lines[i].passed) {
            t.all_checks_passed = false;
            t.any_check_failed = true;
        }
    }
    t.percent = s->percent;
    t.outcome = s->outcome;
    if (!run_is_finished(run)) t.error = xstrdup("the run could not finish (a hook is still waiting)");
    else if (run_error(run)) t.error = xstrdup(run_error(run));
    run_free(run);
    loop_free(loop);
    actions_free(owned);
    return t;
}

/* Verifies one scenario; prints its line; returns 0 ok, 1 failed, 2 bad input. */
static int verify_one(const char *dir)
{
    int n_scripts = 0;
    char *err = NULL;
    Scenario *sc = scenario_load(dir, &err);
    if (!sc) {
        printf("FAIL %s: %s\n", dir, err);
        free(err);
        return EXIT_USAGE;
    }
    char *id = xstrdup(sc->id);
    double pass = sc->pass;
    scenario_free(sc);
    char **scripts = solution_scripts(dir, &n_scripts);
    double t0 = util_monotonic_seconds();
    int rc = EXIT_OK;
    Buf summary = {0};
    if (n_scripts == 0) {
        printf("FAIL %s: %s/solution/actions.lua: missing\n", id, dir);
        rc = EXIT_BELOW;
    }
    for (int i = 0; rc == EXIT_OK && i < n_scripts; i++) {
        ActionScript *script = actions_load(scripts[i], &err);
        if (!script) {
            printf("FAIL %s: %s\n", id, err);
            free(err);
            rc = EXIT_USAGE;
            break;
        }
        Trial t = trial_run(dir, script);
        actions_free(script);
        const char *name = strrchr(scripts[i], '/') + 1;
        if (t.error) {
            printf("FAIL %s: %s: %s\n", id, name, t.error);
            rc = EXIT_BELOW;
        } else if (!t.all_checks_passed || t.percent + 1e-9 < pass) {
            printf("FAIL %s: %s scored %.0f%% (%s; pass %g%%)%s\n", id, name, t.percent, t.outcome, pass,
                   t.all_checks_passed ? "" : ", not every check passed");
            rc = EXIT_BELOW;
        } else {
            buf_printf(&summary, "%s%s %.0f%%", summary.len ? ", " : "", name, t.percent);
        }
        free(t.error);
    }
    if (rc == EXIT_OK) {
        Trial t = trial_run(dir, NULL);
        if (t.error) {
            printf("FAIL %s: submit-only learner: %s\n", id, t.error);
            rc = EXIT_BELOW;
        } else if (!t.any_check_failed) {
            printf("FAIL %s: a learner who only submits passes every check; the checks test nothing\n", id);
            rc = EXIT_BELOW;
        } else {
            printf("ok   %s: %s; submit-only %.0f%% (%s) [%.1f s]\n", id, summary.data, t.percent, t.outcome,
                   util_monotonic_seconds() - t0);
        }
        free(t.error);
    }
    fflush(stdout);
    buf_free(&summary);
    free_list(scripts, n_scripts);
    free(id);
    return rc;
}

int cmd_verify(CliContext *ctx, int argc, char **argv)
{
    int rc = EXIT_OK;
    if (!parse_list_args("verify", VERIFY_HELP, argc, argv, &rc)) return rc;
    bool bad = false;
    int n = 0;
    char **dirs = target_dirs(ctx, argc, argv, &n, &bad);
    if (bad) rc = EXIT_USAGE;
    if (n == 0 && !bad) {
        printf("FAIL no scenarios found on the scenario path\n");
        rc = EXIT_USAGE;
    }
    for (int i = 0; i < n; i++) {
        int one = verify_one(dirs[i]);
        if (one > rc) rc = one;
    }
    free_list(dirs, n);
    return rc;
}
