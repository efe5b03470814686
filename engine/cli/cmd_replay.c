/* cmd_replay.c: `worksim replay RUN_ID` prints a stored run's transcript from its event log
 * (messages, commands with their output, checks, reviews, hints, errors) and its outcome,
 * so an instructor can watch what a learner did; with --desktop the run is re-enacted in the
 * desktop instead (ui_replay.h: chat, terminal, tickets and reviews on a timeline at 1x, 4x or
 * 16x). Read-only: the log is the source of truth, a missing database is not created, and a
 * damaged one is reported as such (exit 3). */
#include "cli/cli.h"

#include "base/text_safe.h"
#include "base/util.h"
#include "core/catalog.h"
#include "ui/ui_window.h"

#include <stdlib.h>
#include <string.h>

static const char REPLAY_HELP[] =
    "usage: worksim replay RUN_ID [--desktop [--at SECONDS] [--snapshot PNG]]\n"
    "Prints the transcript of a stored run (see 'worksim report' for run ids), then its outcome.\n"
    "  --desktop        watch it again in the desktop instead: its chat, terminal, tickets and reviews\n"
    "                   re-enacted on a timeline, read-only. Space plays or pauses, 1 / 4 / 6 pick 1x /\n"
    "                   4x / 16x, Left / Right step between events, Home / End, a click on the timeline\n"
    "                   seeks, Ctrl+1..4 pick the pane, Esc closes (the home's History lists past runs)\n"
    "  --at SECONDS     start the desktop replay at this run-clock time\n"
    "  --snapshot PNG   save the first frame of the desktop replay as PNG and close (docs, no screen:\n"
    "                   SDL_VIDEODRIVER=offscreen)\n";

typedef struct ReplayArgs {
    long long id;
    bool desktop;
    double at;
    const char *snapshot;
} ReplayArgs;

static bool parse_args(int argc, char **argv, ReplayArgs *a)
{
    for (int i = 0; i < argc; i++) {
        char *end = NULL;
        if (strcmp(argv[i], "--desktop") == 0) {
            a->desktop = true;
        } else if (strcmp(argv[i], "--at") == 0 && i + 1 < argc) {
            a->at = strtod(argv[++i], &end);
            if (!end || *end || a->at < 0) return false;
        } else if (strcmp(argv[i], "--snapshot") == 0 && i + 1 < argc) {
            a->snapshot = argv[++i];
        } else if (!a->id && argv[i][0] != '-') {
            a->id = strtoll(argv[i], &end, 10);
            if (!end || *end || a->id <= 0) return false;
        } else {
            return false;
        }
    }
    return a->id > 0 && (a->desktop || (!a->at && !a->snapshot));
}

/* A replay window starts no run: the home it can go back to says where runs start. */
static Run *refuse_start(void *ud, const char *scenario, const char *learner, char **err)
{
    (void)ud, (void)learner;
    *err = xasprintf("this window only replays runs: start %s with `worksim play %s`", scenario, scenario);
    return NULL;
}

static void free_run(void *ud, Run *run)
{
    (void)ud;
    run_free(run);
}

static bool note_learner(void *ud, const StoreRunRow *row)
{
    *(char **)ud = xstrdup(row->learner);
    return false;
}

static int replay_desktop(CliContext *ctx, Store *st, const ReplayArgs *a)
{
    char *err = NULL;
    if (!ui_window_available(&err)) {
        fprintf(stderr, "worksim replay: %s; without a screen use `worksim replay %lld` (text)\n", err, a->id);
        free(err);
        return EXIT_INFRA;
    }
    free(err);
    err = NULL;
    char *learner = NULL;
    StoreRunFilter filter = {.run_id = a->id};
    store_runs_foreach(st, &filter, note_learner, &learner);
    Catalog *cat = catalog_load((const char *const *)ctx->scenario_path);
    UiShellOptions so = {.catalog = cat, .store = st, .learner = learner, .replay_run_id = a->id, .replay_at = a->at,
                         .hooks = {.start_run = refuse_start, .end_run = free_run}};
    UiWindowOptions wo = {.snapshot_png = a->snapshot};
    int rc = EXIT_OK;
    if (!ui_window_play(&so, NULL, &wo, &err)) {
        fprintf(stderr, "worksim replay: %s\n", err);
        free(err);
        rc = EXIT_INFRA;
    }
    catalog_free(cat);
    free(learner);
    return rc;
}

static bool print_stored_event(void *ud, int64_t seq, double t_run, const char *kind, const char *data_json)
{
    (void)seq;
    cli_print_event_at(ud, t_run, kind, data_json);
    return true;
}

static bool print_outcome(void *ud, const StoreRunRow *row)
{
    (void)ud;
    text_fprintf_terminal(stdout, "\nrun %lld: %s by %s: %s, %g/%g (%.0f%%)%s%s\n", (long long)row->id,
                          row->scenario_id, row->learner ? row->learner : "?",
                          row->outcome ? row->outcome : "not finished", row->score, row->max, row->percent,
                          row->reason ? ", " : "", row->reason ? row->reason : "");
    return true;
}

int cmd_replay(CliContext *ctx, int argc, char **argv)
{
    if (argc == 1 && (strcmp(argv[0], "--help") == 0 || strcmp(argv[0], "-h") == 0)) {
        fputs(REPLAY_HELP, stdout);
        return EXIT_OK;
    }
    ReplayArgs args = {0};
    if (!parse_args(argc, argv, &args)) {
        cli_usage_error("replay", "expected one RUN_ID (a positive number), optionally --desktop [--at SECONDS] "
                                  "[--snapshot PNG]");
        return EXIT_USAGE;
    }
    long long id = args.id;
    int rc = EXIT_OK;
    Store *st = cli_open_store(ctx, true, &rc);
    if (!st) return rc;
    rc = EXIT_OK;
    int64_t events = store_event_count(st, id);
    if (events < 0) {
        fprintf(stderr, "worksim replay: %s\n", store_errmsg(st));
        rc = EXIT_INFRA;
    } else if (events == 0) {
        fprintf(stderr, "worksim replay: no run %lld in the database\n", id);
        rc = EXIT_USAGE;
    } else if (args.desktop) {
        rc = replay_desktop(ctx, st, &args);
    } else {
        StoreRunFilter filter = {.run_id = id};
        if (!store_events_foreach(st, id, print_stored_event, stdout) ||
            !store_runs_foreach(st, &filter, print_outcome, NULL)) {
            fprintf(stderr, "worksim replay: %s\n", store_errmsg(st));
            rc = EXIT_INFRA;
        }
    }
    store_close(st);
    return rc;
}
