/* cmd_play.c: `worksim play`: the learner's desktop (engine/ui) on the real clock for one
 * run of SCENARIO, recorded like any run; `--watch` instead shows the scenario's reference
 * solution played headlessly with a live transcript (for a machine without a screen). */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "headless/headless.h"
#include "host/scenario_host.h"
#include "ui/ui_window.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char PLAY_HELP[] =
    "usage: worksim [play] [SCENARIO] [--learner NAME] [--sandbox auto|vm|ns] [--llm auto|claude|scripted] [--model ID]\n"
    "                    [--watch] [--snapshot PNG [--snapshot-after SECONDS]]\n"
    "Opens the worksim desktop on SCENARIO (default: first-bugfix): chat with your colleagues, read\n"
    "your tickets, work in the terminal (a real shell in the sandbox), follow the review, submit,\n"
    "and press Finish run for the scored breakdown (also printed here when the window closes).\n"
    "Offline, colleagues follow the scenario's scripted replies; with ANTHROPIC_API_KEY set, Claude plays them.\n"
    "Keys: Ctrl+1..5 switch apps (Chat, Tickets, Terminal, Review, Results).\n"
    "  --llm auto|claude|scripted  auto (default) = claude when ANTHROPIC_API_KEY is set, else scripted\n"
    "  --model ID                  Claude model (default $WORKSIM_MODEL, else " COLLEAGUE_DEFAULT_MODEL ")\n"
    "  --watch                     no window: watch the reference solution play, with a live transcript\n"
    "  --snapshot PNG              save the desktop as PNG once the run clock reaches --snapshot-after\n"
    "                              seconds (default 3), then end the run (docs; machines without a screen\n"
    "                              can use SDL_VIDEODRIVER=dummy or xvfb-run)\n"
    "exit: 0 ok; 2 bad usage or bad scenario; 3 no display, or the sandbox could not start\n";

static int watch_solution(CliContext *ctx, const RunArgs *a, Scenario *sc, const char *dir)
{
    char *path = xasprintf("%s/solution/actions.lua", dir);
    char *err = NULL;
    ActionScript *script = actions_load(path, &err);
    free(path);
    if (!script || !actions_check_references(script, sc, &err)) {
        fprintf(stderr, "worksim: %s\n", err);
        free(err);
        actions_free(script);
        scenario_free(sc);
        return EXIT_USAGE;
    }
    printf("worksim %s: %s (%s)\n%s\n", WORKSIM_VERSION, sc->title, sc->id, sc->summary ? sc->summary : "");
    printf("Watching the reference solution play this scenario.\n\n");
    fflush(stdout);
    int rc = cli_run_script(ctx, a, sc, script, "demo", true);   /* watching is not an attempt */
    actions_free(script);
    return rc;
}

static int play_desktop(CliContext *ctx, const RunArgs *a, Scenario *sc)
{
    char *err = NULL;
    if (!ui_window_available(&err)) {
        fprintf(stderr, "worksim play: %s; on a machine without a screen use `xvfb-run -a worksim play`, "
                        "or `worksim play --watch` to watch the reference solution\n", err);
        free(err);
        scenario_free(sc);
        return EXIT_INFRA;
    }
    free(err);   /* the driver's name */
    err = NULL;
    int rc = EXIT_OK;
    CliRunDeps deps;
    if (!cli_run_deps_open(ctx, a, sc, &deps, &rc)) return rc;
    Loop *loop = loop_new(false);
    RunOptions ro = {
        .learner = a->learner, .mode = a->snapshot ? "demo" : "play", .store = deps.store, .loop = loop,
        .sandbox = {.backend = a->sandbox}, .colleagues = deps.colleagues,
        .hooks = scenario_run_hooks(),
    };
    if (a->verbose) {
        ro.on_event = cli_print_event;
        ro.event_ud = stderr;
    }
    Run *run = run_start(sc, &ro);
    UiWindowOptions wo = {.snapshot_png = a->snapshot, .snapshot_after = a->snapshot_after > 0 ? a->snapshot_after : 3};
    if (!run_is_finished(run) && !ui_window_play(run, &wo, &err)) {
        fprintf(stderr, "worksim play: %s\n", err);
        free(err);
        run_finish(run, "the desktop could not open");
    }
    while (!run_is_finished(run)) loop_run_once(loop, 100);
    rc = cli_report_finished_run(run, a, NULL);
    cli_run_deps_close(&deps, run, loop);
    return rc;
}

int cmd_play(CliContext *ctx, int argc, char **argv)
{
    RunArgs a = {0};
    int rc = cli_parse_run_args("play", PLAY_HELP, argc, argv, &a);
    if (rc >= 0) return rc;
    char *dir = NULL;
    Scenario *sc = cli_load_scenario(ctx, a.scenario ? a.scenario : "first-bugfix", &dir);
    if (!sc) return EXIT_USAGE;
    rc = a.watch ? watch_solution(ctx, &a, sc, dir) : play_desktop(ctx, &a, sc);
    free(dir);
    return rc;
}
