/* cmd_replay.c: `worksim replay RUN_ID` prints a stored run's transcript from its event log
 * (messages, commands with their output, checks, reviews, hints, errors) and its outcome,
 * so an instructor can watch what a learner did. Read-only: the log is the source of truth, a
 * missing database is not created, and a damaged one is reported as such (exit 3). */
#include "cli/cli.h"

#include "base/text_safe.h"

#include <stdlib.h>
#include <string.h>

static const char REPLAY_HELP[] =
    "usage: worksim replay RUN_ID\n"
    "Prints the transcript of a stored run (see 'worksim report' for run ids), then its outcome.\n";

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
    char *end = NULL;
    long long id = argc == 1 ? strtoll(argv[0], &end, 10) : 0;
    if (argc != 1 || !end || *end || id <= 0) {
        cli_usage_error("replay", "expected one RUN_ID (a positive number)");
        return EXIT_USAGE;
    }
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
