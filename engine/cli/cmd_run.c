/* cmd_run.c: `worksim run`: a headless, graded run from an action script on the virtual
 * clock. cli_run_script is shared with `worksim play --watch`. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "headless/headless.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>



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

/* Runs the scenario with the script and reports; shared by run and play. */
int cli_run_script(CliContext *ctx, const RunArgs *a, Scenario *sc, ActionScript *script, const char *mode,
                   bool transcript_on_stdout)
{
    int rc = EXIT_OK;
    CliRunDeps deps;
    if (!cli_run_deps_open(ctx, a, sc, &deps, &rc)) return rc;
    HeadlessOptions ho = {
        .run = {.learner = a->learner, .mode = mode, .store = deps.store, .sandbox = {.backend = a->sandbox},
                .colleagues = deps.colleagues},
    };
    if (transcript_on_stdout || a->verbose) {
        ho.run.on_event = cli_print_event;
        ho.run.event_ud = transcript_on_stdout ? stdout : stderr;
    }
    cli_stop_point_install(&ho.run);
    Loop *loop = NULL;
    Run *run = headless_run(sc, script, &ho, &loop);
    if (!run_is_finished(run)) {
        fprintf(stderr, "worksim: the run could not finish (a hook is still waiting)\n");
        rc = EXIT_INFRA;
    } else {
        rc = cli_report_finished_run(run, a, &script->expect);
    }
    cli_run_deps_close(&deps, run, loop);
    return rc;
}

int cmd_run(CliContext *ctx, int argc, char **argv)
{
    RunArgs a = {0};
    int rc = cli_parse_run_args("run", RUN_HELP, argc, argv, &a);
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
    rc = cli_run_script(ctx, &a, sc, script, "run", false);
    actions_free(script);
    return rc;
}
