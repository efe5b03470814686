/* cmd_resume.c: `worksim resume`: carries on a run whose engine was killed (DESIGN §8, §9),
 * headlessly with --actions (moves the log shows as applied are skipped) or in the desktop
 * (cli_play_desktop, as the home's Resume);
 * --abandon closes it as incomplete instead, --list shows what can be resumed. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "core/run_resume.h"
#include "headless/headless.h"
#include "base/text_safe.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char RESUME_HELP[] =
    "usage: worksim resume [RUN_ID] [--learner NAME] [--actions FILE [--json] [--min-score N]]\n"
    "                      [--sandbox auto|vm|ns] [--llm auto|claude|scripted] [--model ID] [--verbose]\n"
    "                      [--snapshot PNG [--snapshot-after SECONDS]]\n"
    "       worksim resume --abandon [RUN_ID] [--learner NAME]\n"
    "       worksim resume --list [--learner NAME]\n"
    "Carries on a run that was interrupted (its worksim was killed, the machine slept or lost power):\n"
    "its state is rebuilt from the run's log and its sandbox reopened on the workspace saved under\n"
    "$XDG_STATE_HOME/worksim/runs/, with the clock where it stopped. RUN_ID defaults to the learner's\n"
    "newest interrupted run (--learner, default \"learner\"). Without --actions the run goes on in the\n"
    "desktop, its chat, tickets and terminal as they were (as the home's Resume does); closing the window\n"
    "finishes it, graded as it stands.\n"
    "  --actions FILE  headless: play FILE's moves that the log does not show as applied, then finish\n"
    "  --snapshot PNG  save the resumed desktop as PNG once the run clock reaches --snapshot-after seconds\n"
    "                  (default 3), then finish the run (docs, tests; SDL_VIDEODRIVER=dummy without a screen)\n"
    "  --abandon       close the run as incomplete, with the score it had, at its last event's time\n"
    "  --list          list the interrupted runs that can be resumed\n"
    "  --sandbox       the backend to reopen it on (default: the one the run last ran on, vm or ns)\n"
    "Interrupted runs older than $WORKSIM_RESUME_MAX_HOURS (default 168) close as incomplete at the next start.\n"
    "exit: 0 ok; 1 below --min-score; 2 bad usage, no such interrupted run; 3 infrastructure error or no\n"
    "display for the desktop\n";

static bool print_interrupted(void *ud, const StoreInterruptedRun *r)
{
    CliContext *ctx = ud;
    RunInterrupted info = {r->id, (char *)r->scenario_id, (char *)r->scenario_title, (char *)r->learner,
                            (char *)r->mode, r->last_event_at, r->last_t_run};
    char *what = cli_describe_interrupted(ctx, &info);
    text_fprintf_terminal(stdout, "%s (learner %s, %s)\n", what, r->learner ? r->learner : "?", r->mode);
    free(what);
    return true;
}

static int abandon(CliContext *ctx, Store *st, const RunInterrupted *info)
{
    char *err = NULL;
    Scenario *sc = NULL;
    char *dir = scenario_resolve(info->scenario_id, (const char *const *)ctx->scenario_path, &err);
    if (dir) sc = scenario_load(dir, &err);
    free(dir);
    free(err);
    err = NULL;
    if (!run_abandon(sc, st, info->id, &err)) {
        fprintf(stderr, "worksim resume: %s\n", err);
        free(err);
        return EXIT_INFRA;
    }
    printf("run %lld closed as incomplete\n", (long long)info->id);
    return EXIT_OK;
}

static int resume_headless(CliContext *ctx, const RunArgs *a, Scenario *sc, int64_t id, ActionScript *script)
{
    int rc = EXIT_OK;
    CliRunDeps deps;
    if (!cli_run_deps_open(ctx, a, sc, &deps, &rc)) return rc;
    HeadlessOptions ho = {.run = {.learner = a->learner, .mode = "run", .store = deps.store,
                                  .sandbox = {.backend = a->sandbox}, .colleagues = deps.colleagues}};
    if (a->verbose) {
        ho.run.on_event = cli_print_event;
        ho.run.event_ud = stderr;
    }
    cli_stop_point_install(&ho.run);
    Loop *loop = NULL;
    char *err = NULL;
    int skipped = 0;
    double t0 = util_monotonic_seconds();
    Run *run = headless_resume(sc, id, script, &ho, &loop, &skipped, &err);
    if (!run) {
        fprintf(stderr, "worksim resume: %s\n", err);
        free(err);
        cli_run_deps_close(&deps, NULL, NULL);
        return EXIT_USAGE;
    }
    if (a->verbose) {
        int saves = 0;
        double save_s = 0;
        run_checkpoint_stats(run, &saves, &save_s);
        fprintf(stderr, "worksim: run %lld resumed, %d move%s skipped, %.2f s to the end; %d workspace saves, "
                "%.1f ms each\n", (long long)id, skipped, skipped == 1 ? "" : "s", util_monotonic_seconds() - t0,
                saves, saves ? save_s * 1000 / saves : 0.0);
    }
    if (!run_is_finished(run)) {
        fprintf(stderr, "worksim: the run could not finish (a hook is still waiting)\n");
        rc = EXIT_INFRA;
    } else {
        rc = cli_report_finished_run(run, a, script ? &script->expect : NULL);
    }
    cli_run_deps_close(&deps, run, loop);
    return rc;
}

/* The run to resume: RUN_ID, else the learner's newest interrupted one. */
static bool choose_run(Store *st, const RunArgs *a, RunInterrupted *info)
{
    if (a->scenario) {
        char *end = NULL;
        long long id = strtoll(a->scenario, &end, 10);
        if (!end || *end || id <= 0) {
            cli_usage_error("resume", "RUN_ID: expected a positive number, got '%s'", a->scenario);
            return false;
        }
        if (run_interrupted_by_id(st, id, info)) return true;
        fprintf(stderr, "worksim resume: run %lld is not an interrupted run (it has finished, does not exist, "
                        "or its worksim still runs)\n", id);
        return false;
    }
    const char *learner = a->learner ? a->learner : "learner";
    if (run_find_interrupted(st, learner, info)) return true;
    text_fprintf_terminal(stderr, "worksim resume: %s has no interrupted run to resume\n", learner);
    return false;
}

int cmd_resume(CliContext *ctx, int argc, char **argv)
{
    RunArgs a = {0};
    int rc = cli_parse_run_args("resume", RESUME_HELP, argc, argv, &a);
    if (rc >= 0) return rc;
    char *err = NULL;
    ActionScript *script = NULL;
    if (a.actions && !(script = actions_load(a.actions, &err))) {
        fprintf(stderr, "worksim: %s\n", err);
        free(err);
        return EXIT_USAGE;
    }
    Store *st = cli_open_store(ctx, true, &rc);
    if (!st) {
        actions_free(script);
        return rc;
    }
    cli_close_stale_runs(ctx, st);
    if (a.list) {
        bool ok = store_interrupted_runs_foreach(st, a.learner, print_interrupted, ctx);
        store_close(st);
        actions_free(script);
        return ok ? EXIT_OK : EXIT_INFRA;
    }
    RunInterrupted info;
    if (!choose_run(st, &a, &info)) {
        store_close(st);
        actions_free(script);
        return EXIT_USAGE;
    }
    if (a.abandon) {
        rc = abandon(ctx, st, &info);
        run_interrupted_clear(&info);
        store_close(st);
        actions_free(script);
        return rc;
    }
    store_close(st);   /* the run's own connection opens below */
    if (!script) {   /* in the desktop, as the run's learner */
        RunArgs desktop = a;
        desktop.learner = info.learner;
        rc = cli_play_desktop(ctx, &desktop, NULL, info.id);
        run_interrupted_clear(&info);
        return rc;
    }
    Scenario *sc = cli_load_scenario(ctx, info.scenario_id, NULL);
    if (sc && script && !actions_check_references(script, sc, &err)) {
        fprintf(stderr, "worksim: %s\n", err);
        free(err);
        scenario_free(sc);
        sc = NULL;
    }
    if (!sc) {
        rc = EXIT_USAGE;
    } else {
        rc = resume_headless(ctx, &a, sc, info.id, script);
    }
    run_interrupted_clear(&info);
    actions_free(script);
    return rc;
}
