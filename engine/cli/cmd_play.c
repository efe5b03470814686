/* cmd_play.c: `worksim play`: the learner's desktop (engine/ui) on the real clock for one
 * run of SCENARIO, recorded like any run; `--watch` instead shows the scenario's reference
 * solution played headlessly with a live transcript (for a machine without a screen). */
#define _GNU_SOURCE
#include "cli/cli.h"
#include "core/run_resume.h"

#include "core/catalog.h"
#include "headless/headless.h"
#include "host/scenario_host.h"
#include "ui/ui_window.h"
#include "base/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_SCENARIO "first-bugfix"

static const char PLAY_HELP[] =
    "usage: worksim [play] [SCENARIO] [--learner NAME] [--sandbox auto|vm|ns] [--llm auto|claude|scripted] [--model ID]\n"
    "                    [--watch] [--snapshot PNG [--snapshot-after SECONDS]]\n"
    "Without SCENARIO, opens the home: your interrupted run first (Resume carries it on, Start over\n"
    "closes it as incomplete), every scenario as a card with your best score and attempts, filters and\n"
    "search, your tracks (steps locked, unlocked, passed; the next one highlighted) and skills, a\n"
    "learner picker; the default scenario (first-bugfix) is selected, Enter opens it and Enter starts it.\n"
    "With SCENARIO, opens the worksim desktop on it at once: chat with your colleagues, read your\n"
    "tickets, work in the terminal (a real shell in the sandbox), follow the review, submit, and press\n"
    "Finish run for the scored breakdown (also printed here). After a run, Results offers Next in\n"
    "track, Try again and Home.\n"
    "Offline, colleagues follow the scenario's scripted replies; with ANTHROPIC_API_KEY set, Claude plays them.\n"
    "Keys: Ctrl+1..5 switch apps (Chat, Tickets, Terminal, Review, Results), Ctrl+Q twice finishes the\n"
    "run, Ctrl+R tries again and Ctrl+H goes home after it; on the home Tab moves, Enter opens.\n"
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

/* What the window's runs share: the options, the colleagues, the database and one loop. */
typedef struct PlaySession {
    CliContext *ctx;
    const RunArgs *args;
    CliRunDeps deps;
    Loop *loop;
    int rc;                       /* the exit code of the last run (EXIT_OK before any) */
} PlaySession;

static Scenario *session_load(PlaySession *ps, const char *scenario, char **err)
{
    char *dir = NULL;
    Scenario *sc = cli_load_scenario(ps->ctx, scenario, &dir);
    free(dir);
    if (!sc) {
        *err = xasprintf("%s does not load (the terminal says why)", scenario);
        ps->rc = EXIT_USAGE;
    }
    return sc;
}

/* The options of every run of the window, begun or resumed. */
static RunOptions session_run_options(PlaySession *ps, const char *learner)
{
    RunOptions ro = {
        .learner = learner, .mode = ps->args->snapshot ? "demo" : "play", .store = ps->deps.store, .loop = ps->loop,
        .sandbox = {.backend = ps->args->sandbox}, .colleagues = ps->deps.colleagues,
        .hooks = scenario_run_hooks(),
    };
    if (ps->args->verbose) {
        ro.on_event = cli_print_event;
        ro.event_ud = stderr;
    }
    cli_stop_point_install(&ro);   /* crash tests kill the desktop at an exact event */
    return ro;
}

static Run *session_start_run(void *ud, const char *scenario, const char *learner, char **err)
{
    PlaySession *ps = ud;
    Scenario *sc = session_load(ps, scenario, err);
    if (!sc) return NULL;
    RunOptions ro = session_run_options(ps, learner);
    Run *run = run_start(sc, &ro);
    if (run_is_finished(run)) {   /* it could not start (the sandbox, the scenario's on_start) */
        *err = xstrdup(run_error(run) ? run_error(run) : "the run ended as it started");
        ps->rc = cli_report_finished_run(run, ps->args, NULL);
        run_free(run);
        return NULL;
    }
    return run;
}

/* The learner left a run: its result is printed here too, as `worksim run` prints it. */
static void session_end_run(void *ud, Run *run)
{
    PlaySession *ps = ud;
    while (!run_is_finished(run)) loop_run_once(ps->loop, 100);
    ps->rc = cli_report_finished_run(run, ps->args, NULL);
    run_free(run);
}

/* The home's Resume: the interrupted run goes on in the window, its chat, tickets and clock
 * rebuilt from its log (core/run_resume.h). */
static Run *session_resume_run(void *ud, int64_t run_id, char **err)
{
    PlaySession *ps = ud;
    RunInterrupted info = {0};
    if (!run_interrupted_by_id(ps->deps.store, run_id, &info)) {
        *err = xasprintf("run %lld can no longer be resumed (it has closed, or another worksim carries it on)",
                         (long long)run_id);
        return NULL;
    }
    Scenario *sc = session_load(ps, info.scenario_id, err);
    RunOptions ro = session_run_options(ps, info.learner);
    Run *run = sc ? run_resume(sc, run_id, &ro, err) : NULL;
    run_interrupted_clear(&info);
    if (!run) ps->rc = EXIT_USAGE;   /* as `worksim resume --actions` says of a run it cannot resume */
    return run;
}

/* The home's Start over: the interrupted run closes as incomplete with the score it had. */
static bool session_abandon_run(void *ud, int64_t run_id, char **err)
{
    PlaySession *ps = ud;
    RunInterrupted info = {0};
    if (!run_interrupted_by_id(ps->deps.store, run_id, &info)) return true;   /* already closed */
    Scenario *sc = cli_load_scenario(ps->ctx, info.scenario_id, NULL);   /* NULL: closed with 0 of 0 */
    run_interrupted_clear(&info);
    return run_abandon(sc, ps->deps.store, run_id, err);
}

/* DESIGN §9: play tells the learner about their interrupted run before anything else: the
 * home shows it first; with a scenario given (no home) this line says how to carry it on. */
static void mention_interrupted_run(CliContext *ctx, Store *store, const char *learner)
{
    RunInterrupted info = {0};
    if (!run_find_interrupted(store, learner, &info)) return;
    char *what = cli_describe_interrupted(ctx, &info);
    fprintf(stderr, "worksim play: you have an interrupted run (%s): `worksim resume %lld` carries it on, "
                    "`worksim play` without a scenario offers it first, `worksim resume --abandon %lld` closes it\n",
            what, (long long)info.id, (long long)info.id);
    free(what);
    run_interrupted_clear(&info);
}

int cli_play_desktop(CliContext *ctx, const RunArgs *a, const char *scenario, int64_t resume_run_id)
{
    char *err = NULL;
    if (!ui_window_available(&err)) {
        if (resume_run_id > 0)
            fprintf(stderr, "worksim resume: %s; on a machine without a screen use `xvfb-run -a worksim resume %lld`, "
                            "or `worksim resume %lld --actions FILE` to carry it on headlessly\n",
                    err, (long long)resume_run_id, (long long)resume_run_id);
        else
            fprintf(stderr, "worksim play: %s; on a machine without a screen use `xvfb-run -a worksim play`, "
                            "or `worksim play --watch` to watch the reference solution\n", err);
        free(err);
        return EXIT_INFRA;
    }
    free(err);   /* the driver's name */
    err = NULL;
    PlaySession ps = {.ctx = ctx, .args = a, .rc = EXIT_OK};
    if (!cli_run_deps_open(ctx, a, NULL, &ps.deps, &ps.rc)) return ps.rc;
    ps.rc = EXIT_OK;   /* no run yet */
    if (scenario) mention_interrupted_run(ctx, ps.deps.store, a->learner);
    ps.loop = loop_new(false);
    Catalog *cat = catalog_load((const char *const *)ctx->scenario_path);
    UiShellOptions so = {
        .catalog = cat, .store = ps.deps.store, .learner = a->learner, .highlight = DEFAULT_SCENARIO,
        .hooks = {.ud = &ps, .start_run = session_start_run, .end_run = session_end_run,
                  .resume_run = session_resume_run, .abandon_run = session_abandon_run},
    };
    UiWindowOptions wo = {.snapshot_png = a->snapshot, .snapshot_after = a->snapshot_after > 0 ? a->snapshot_after : 3,
                          .resume_run_id = resume_run_id};
    if (!ui_window_play(&so, scenario, &wo, &err)) {
        fprintf(stderr, "worksim %s: %s\n", resume_run_id > 0 ? "resume" : "play", err);
        free(err);
        if (ps.rc == EXIT_OK) ps.rc = EXIT_INFRA;
    }
    catalog_free(cat);
    cli_run_deps_close(&ps.deps, NULL, ps.loop);
    return ps.rc;
}

int cmd_play(CliContext *ctx, int argc, char **argv)
{
    RunArgs a = {0};
    int rc = cli_parse_run_args("play", PLAY_HELP, argc, argv, &a);
    if (rc >= 0) return rc;
    if (!a.watch) return cli_play_desktop(ctx, &a, a.scenario, 0);
    char *dir = NULL;
    Scenario *sc = cli_load_scenario(ctx, a.scenario ? a.scenario : DEFAULT_SCENARIO, &dir);
    if (!sc) return EXIT_USAGE;
    rc = watch_solution(ctx, &a, sc, dir);
    free(dir);
    return rc;
}
