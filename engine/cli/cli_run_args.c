/* cli_run_args.c: what `worksim run` and `worksim play` share: their options (scenario,
 * learner, sandbox, colleagues, model), the colleague backend and database a run needs, and
 * the printed result with its exit code. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "headless/actions.h"
#include "base/util.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool need_value(const char *cmd, int *i, int argc, char **argv, const char **out)
{
    if (*i + 1 >= argc) {
        cli_usage_error(cmd, "%s needs a value", argv[*i]);
        return false;
    }
    *out = argv[++*i];
    return true;
}

/* run and resume take an action script and report like a graded run. */
static bool scripted_cmd(const char *cmd) { return strcmp(cmd, "run") == 0 || strcmp(cmd, "resume") == 0; }
/* play and resume (without --actions) open the desktop, which can be saved as a snapshot. */
static bool desktop_cmd(const char *cmd) { return strcmp(cmd, "play") == 0 || strcmp(cmd, "resume") == 0; }

int cli_parse_run_args(const char *cmd, const char *help, int argc, char **argv, RunArgs *a)
{
    for (int i = 0; i < argc; i++) {
        const char *o = argv[i];
        const char *v = NULL;
        if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) {
            fputs(help, stdout);
            return EXIT_OK;
        } else if (strcmp(o, "--actions") == 0 && scripted_cmd(cmd)) {
            if (!need_value(cmd, &i, argc, argv, &a->actions)) return EXIT_USAGE;
        } else if (strcmp(o, "--learner") == 0) {
            if (!need_value(cmd, &i, argc, argv, &a->learner)) return EXIT_USAGE;
        } else if (strcmp(o, "--model") == 0) {
            if (!need_value(cmd, &i, argc, argv, &a->model)) return EXIT_USAGE;
        } else if (strcmp(o, "--llm") == 0) {
            if (!need_value(cmd, &i, argc, argv, &a->llm)) return EXIT_USAGE;
            if (strcmp(a->llm, "auto") != 0 && strcmp(a->llm, "claude") != 0 && strcmp(a->llm, "scripted") != 0) {
                cli_usage_error(cmd, "--llm: expected auto, claude or scripted, got '%s'", a->llm);
                return EXIT_USAGE;
            }
        } else if (strcmp(o, "--sandbox") == 0) {
            if (!need_value(cmd, &i, argc, argv, &v)) return EXIT_USAGE;
            if (!cli_parse_sandbox(v, &a->sandbox)) {
                cli_usage_error(cmd, "--sandbox: expected auto, vm or ns, got '%s'", v);
                return EXIT_USAGE;
            }
        } else if (strcmp(o, "--min-score") == 0 && scripted_cmd(cmd)) {
            if (!need_value(cmd, &i, argc, argv, &v)) return EXIT_USAGE;
            if (!cli_parse_number(v, &a->min_score) || a->min_score < 0 || a->min_score > 100) {
                cli_usage_error(cmd, "--min-score: expected a percent from 0 to 100, got '%s'", v);
                return EXIT_USAGE;
            }
            a->has_min = true;
        } else if (strcmp(o, "--json") == 0 && scripted_cmd(cmd)) {
            a->json = true;
        } else if (strcmp(o, "--verbose") == 0 || strcmp(o, "-v") == 0) {
            a->verbose = true;
        } else if (strcmp(o, "--abandon") == 0 && strcmp(cmd, "resume") == 0) {
            a->abandon = true;
        } else if (strcmp(o, "--list") == 0 && strcmp(cmd, "resume") == 0) {
            a->list = true;
        } else if (strcmp(o, "--watch") == 0 && strcmp(cmd, "play") == 0) {
            a->watch = true;
        } else if (strcmp(o, "--snapshot") == 0 && desktop_cmd(cmd)) {
            if (!need_value(cmd, &i, argc, argv, &a->snapshot)) return EXIT_USAGE;
        } else if (strcmp(o, "--snapshot-after") == 0 && desktop_cmd(cmd)) {
            if (!need_value(cmd, &i, argc, argv, &v)) return EXIT_USAGE;
            if (!cli_parse_number(v, &a->snapshot_after) || a->snapshot_after < 0 || a->snapshot_after > 3600) {
                cli_usage_error(cmd, "--snapshot-after: expected seconds from 0 to 3600, got '%s'", v);
                return EXIT_USAGE;
            }
        } else if (o[0] == '-' && o[1]) {
            cli_usage_error(cmd, "unknown option '%s'", o);
            return EXIT_USAGE;
        } else if (!a->scenario) {
            a->scenario = o;
        } else {
            cli_usage_error(cmd, "unexpected argument '%s'", o);
            return EXIT_USAGE;
        }
    }
    /* --watch plays in the terminal, without a window: a snapshot could never be taken. */
    if (a->watch && (a->snapshot || a->snapshot_after > 0)) {
        cli_usage_error(cmd, "--snapshot needs the desktop, and --watch opens none: drop one of them");
        return EXIT_USAGE;
    }
    const char *problem = a->learner ? store_learner_name_problem(a->learner) : NULL;
    if (problem) {
        cli_usage_error(cmd, "--learner: %s", problem);
        return EXIT_USAGE;
    }
    return -1;
}

bool cli_choose_colleagues(const RunArgs *a, ColleagueBackend **out, int *rc)
{
    *out = NULL;
    const char *llm = a->llm ? a->llm : "auto";
    const char *key = getenv("ANTHROPIC_API_KEY");
    bool claude = strcmp(llm, "claude") == 0 || (strcmp(llm, "auto") == 0 && key && *key);
    if (!claude) return true;
    const char *model = a->model;
    if (!model || !*model) model = getenv("WORKSIM_MODEL");
    if (!model || !*model) model = COLLEAGUE_DEFAULT_MODEL;
    char *err = NULL;
    *out = colleague_claude_new(NULL, model, &err);
    if (!*out) {
        fprintf(stderr, "worksim: --llm claude: %s\n", err ? err : "the claude backend could not start");
        free(err);
        *rc = EXIT_USAGE;
        return false;
    }
    return true;
}

bool cli_run_deps_open(CliContext *ctx, const RunArgs *a, Scenario *sc, CliRunDeps *deps, int *rc)
{
    memset(deps, 0, sizeof *deps);
    if (!cli_choose_colleagues(a, &deps->colleagues, rc)) {
        scenario_free(sc);
        return false;
    }
    deps->store = cli_open_store(ctx, false, rc);
    if (!deps->store) {
        if (deps->colleagues && deps->colleagues->free) deps->colleagues->free(deps->colleagues);
        deps->colleagues = NULL;
        scenario_free(sc);
        return false;
    }
    cli_close_stale_runs(ctx, deps->store);
    return true;
}

void cli_run_deps_close(CliRunDeps *deps, Run *run, Loop *loop)
{
    run_free(run);
    if (deps->colleagues && deps->colleagues->free) deps->colleagues->free(deps->colleagues);
    loop_free(loop);
    store_close(deps->store);
    memset(deps, 0, sizeof *deps);
}

/* The script's expectation as JSON: its parts plus "met". */
static cJSON *expect_json(const ActionExpect *e, bool met)
{
    cJSON *o = cJSON_CreateObject();
    if (e->outcome) cJSON_AddStringToObject(o, "outcome", e->outcome);
    if (e->has_min) cJSON_AddNumberToObject(o, "min_percent", e->min_percent);
    if (e->has_max) cJSON_AddNumberToObject(o, "max_percent", e->max_percent);
    cJSON_AddBoolToObject(o, "met", met);
    return o;
}

int cli_report_finished_run(Run *run, const RunArgs *a, const ActionExpect *expect)
{
    bool has_expect = expect && expect->present;
    char *why = NULL;
    bool met = !has_expect || actions_expect_met(expect, run_score(run)->outcome, run_score(run)->percent, &why);
    if (a->json) {
        cJSON *o = cli_result_object(run);
        if (has_expect) cJSON_AddItemToObject(o, "expect", expect_json(expect, met));
        char *json = cli_json_text(o);
        printf("%s\n", json);
        free(json);
        cJSON_Delete(o);
    } else {
        cli_print_breakdown(run);
        if (has_expect) {
            char *wanted = actions_expect_describe(expect);
            printf("  the script expects %s: %s%s%s\n", wanted, met ? "met" : "not met (", met ? "" : why, met ? "" : ")");
            free(wanted);
        }
    }
    free(why);
    int rc = cli_exit_code_for(run);
    if (rc == EXIT_OK && a->has_min && run_score(run)->percent + 1e-9 < a->min_score) rc = EXIT_BELOW;
    if (rc != EXIT_OK && run_error(run) && !a->json) fprintf(stderr, "worksim: %s\n", run_error(run));
    return rc;
}
