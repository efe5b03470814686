/* cmd_run.c: `worksim run` (headless, graded run from an action script) and `worksim play`
 * (until the desktop lands: the scenario's reference solution played headlessly with a live
 * transcript). Both share the run options parser below. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "headless/headless.h"
#include "util/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct RunArgs {
    const char *scenario;
    const char *actions;
    const char *learner;
    const char *llm;
    const char *model;
    SandboxBackend sandbox;
    bool json, verbose;
    bool has_min;
    double min_score;
} RunArgs;

static const char RUN_HELP[] =
    "usage: worksim run SCENARIO --actions FILE [--learner NAME] [--json] [--min-score N]\n"
    "                   [--sandbox auto|vm|ns] [--llm auto|claude|scripted] [--model ID] [--verbose]\n"
    "Runs SCENARIO headlessly on a virtual clock with the learner's moves from FILE (an action\n"
    "script, see scenarios/README.md), records it in the database and prints the scored breakdown.\n"
    "  --json         print one JSON object: run_id, scenario, learner, outcome, score, max, percent,\n"
    "                 breakdown, skills\n"
    "  --min-score N  exit 1 when the run's percent is below N (for CI autograding)\n"
    "  --verbose      print the transcript (messages, commands, checks) on stderr while it runs\n"
    "  --llm MODE     auto (default: claude when ANTHROPIC_API_KEY is set, else scripted), claude, scripted;\n"
    "                 ANTHROPIC_BASE_URL points claude at another server speaking the Messages API\n"
    "  --model ID     Claude model (default $WORKSIM_MODEL, else " COLLEAGUE_DEFAULT_MODEL ")\n"
    "exit: 0 ok; 1 below --min-score; 2 bad usage, bad scenario or action script; 3 infrastructure error\n";

static const char PLAY_HELP[] =
    "usage: worksim [play] [SCENARIO] [--learner NAME] [--sandbox auto|vm|ns] [--llm auto|claude|scripted] [--model ID]\n"
    "Plays SCENARIO (default: first-bugfix). The SDL desktop is not built yet: play shows the\n"
    "scenario's reference solution (solution/actions.lua) played move by move with a live\n"
    "transcript, then the scored breakdown. Offline colleagues follow the scenario's scripted replies.\n"
    "  --llm auto|claude|scripted  auto (default) = claude when ANTHROPIC_API_KEY is set, else scripted\n"
    "  --model ID                  Claude model (default $WORKSIM_MODEL, else " COLLEAGUE_DEFAULT_MODEL ")\n";

static bool need_value(const char *cmd, int *i, int argc, char **argv, const char **out)
{
    if (*i + 1 >= argc) {
        cli_usage_error(cmd, "%s needs a value", argv[*i]);
        return false;
    }
    *out = argv[++*i];
    return true;
}

/* Parses run/play options; returns -1 to go on, else an exit code. */
static int parse_run_args(const char *cmd, int argc, char **argv, RunArgs *a)
{
    for (int i = 0; i < argc; i++) {
        const char *o = argv[i];
        const char *v = NULL;
        if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) {
            fputs(strcmp(cmd, "run") == 0 ? RUN_HELP : PLAY_HELP, stdout);
            return EXIT_OK;
        } else if (strcmp(o, "--actions") == 0 && strcmp(cmd, "run") == 0) {
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
        } else if (strcmp(o, "--min-score") == 0 && strcmp(cmd, "run") == 0) {
            if (!need_value(cmd, &i, argc, argv, &v)) return EXIT_USAGE;
            if (!cli_parse_number(v, &a->min_score) || a->min_score < 0 || a->min_score > 100) {
                cli_usage_error(cmd, "--min-score: expected a percent from 0 to 100, got '%s'", v);
                return EXIT_USAGE;
            }
            a->has_min = true;
        } else if (strcmp(o, "--json") == 0 && strcmp(cmd, "run") == 0) {
            a->json = true;
        } else if (strcmp(o, "--verbose") == 0 || strcmp(o, "-v") == 0) {
            a->verbose = true;
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
    return -1;
}

/* The colleague backend for --llm (auto: claude when ANTHROPIC_API_KEY is set); NULL means
 * the scripted default. The model is --model, else $WORKSIM_MODEL, else COLLEAGUE_DEFAULT_MODEL.
 * *rc set on failure. */
static bool choose_colleagues(const RunArgs *a, ColleagueBackend **out, int *rc)
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

/* Runs the scenario with the script and reports; shared by run and play. */
static int execute(CliContext *ctx, const RunArgs *a, Scenario *sc, ActionScript *script, const char *mode,
                   bool transcript_on_stdout)
{
    int rc = EXIT_OK;
    ColleagueBackend *colleagues = NULL;
    if (!choose_colleagues(a, &colleagues, &rc)) {
        scenario_free(sc);
        return rc;
    }
    Store *st = cli_open_store(ctx);
    if (!st) {
        scenario_free(sc);
        return EXIT_INFRA;
    }
    store_close_abandoned_runs(st);
    HeadlessOptions ho = {
        .learner = a->learner, .mode = mode, .store = st,
        .sandbox = {.backend = a->sandbox}, .colleagues = colleagues,
    };
    if (transcript_on_stdout || a->verbose) {
        ho.on_event = cli_print_event;
        ho.event_ud = transcript_on_stdout ? stdout : stderr;
    }
    Loop *loop = NULL;
    Run *run = headless_run(sc, script, &ho, &loop);
    if (!run_is_finished(run)) {
        fprintf(stderr, "worksim: the run could not finish (a hook is still waiting)\n");
        rc = EXIT_INFRA;
    } else {
        if (a->json) {
            char *json = cli_result_json(run);
            printf("%s\n", json);
            free(json);
        } else {
            cli_print_breakdown(run);
        }
        rc = cli_exit_code_for(run);
        if (rc == EXIT_OK && a->has_min && run_score(run)->percent + 1e-9 < a->min_score) rc = EXIT_BELOW;
        if (rc != EXIT_OK && run_error(run) && !a->json) fprintf(stderr, "worksim: %s\n", run_error(run));
    }
    run_free(run);
    if (colleagues && colleagues->free) colleagues->free(colleagues);   /* its client lives on the loop */
    loop_free(loop);
    store_close(st);
    return rc;
}

int cmd_run(CliContext *ctx, int argc, char **argv)
{
    RunArgs a = {0};
    int rc = parse_run_args("run", argc, argv, &a);
    if (rc >= 0) return rc;
    if (!a.scenario) {
        cli_usage_error("run", "missing SCENARIO");
        return EXIT_USAGE;
    }
    if (!a.actions) {
        cli_usage_error("run", "missing --actions FILE");
        return EXIT_USAGE;
    }
    char *err = NULL;
    ActionScript *script = actions_load(a.actions, &err);
    if (!script) {
        fprintf(stderr, "worksim: %s\n", err);
        free(err);
        return EXIT_USAGE;
    }
    Scenario *sc = cli_load_scenario(ctx, a.scenario, NULL);
    if (!sc) {
        actions_free(script);
        return EXIT_USAGE;
    }
    if (!actions_check_references(script, sc, &err)) {
        fprintf(stderr, "worksim: %s\n", err);
        free(err);
        actions_free(script);
        scenario_free(sc);
        return EXIT_USAGE;
    }
    rc = execute(ctx, &a, sc, script, "run", false);
    actions_free(script);
    return rc;
}

int cmd_play(CliContext *ctx, int argc, char **argv)
{
    RunArgs a = {0};
    int rc = parse_run_args("play", argc, argv, &a);
    if (rc >= 0) return rc;
    char *dir = NULL;
    Scenario *sc = cli_load_scenario(ctx, a.scenario ? a.scenario : "first-bugfix", &dir);
    if (!sc) return EXIT_USAGE;
    char *path = xasprintf("%s/solution/actions.lua", dir);
    char *err = NULL;
    ActionScript *script = actions_load(path, &err);
    free(path);
    free(dir);
    if (!script || !actions_check_references(script, sc, &err)) {
        fprintf(stderr, "worksim: %s\n", err);
        free(err);
        actions_free(script);
        scenario_free(sc);
        return EXIT_USAGE;
    }
    printf("worksim %s: %s (%s)\n%s\n", WORKSIM_VERSION, sc->title, sc->id, sc->summary ? sc->summary : "");
    printf("The desktop is not built yet: watching the reference solution play this scenario.\n\n");
    fflush(stdout);
    rc = execute(ctx, &a, sc, script, "play", true);
    actions_free(script);
    return rc;
}
