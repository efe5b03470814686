/* cmd_import.c: `worksim import FILE...` (DESIGN §9, issue 13 item 4): merges learners'
 * export files into the instructor's database. Each file is all or nothing; a run already
 * here is skipped, so importing twice adds nothing. Nothing a learner's machine says is
 * taken on trust: every new run's hash chain is verified and its checks are re-graded from
 * its workspace snapshot with this machine's version of the scenario, and the summary names
 * every run flagged (broken chain, no snapshot, a stored score the re-grade does not give). */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "base/text_safe.h"
#include "base/util.h"
#include "core/exchange.h"
#include "headless/regrade.h"
#include "scenario/scenario.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char IMPORT_HELP[] =
    "usage: worksim import FILE...\n"
    "Merges files written by 'worksim export' into the database (--db, WORKSIM_DB or the default\n"
    "path). Runs already here are skipped (a run is known by the database it was recorded in and\n"
    "its id there), so importing a file twice adds nothing. Learners are matched by their stable\n"
    "id (and the ids 'worksim learners merge' keeps as aliases); a new learner whose name is taken\n"
    "gets \"NAME (2)\". Every new run is checked, never trusted: its event hash chain is verified\n"
    "and its checks are re-graded from its final workspace snapshot with this machine's version of\n"
    "the scenario; a run with a broken chain, no snapshot or a stored score the re-grade does not\n"
    "give is imported and flagged, with the reason, in the summary.\n"
    "Each file is imported whole or not at all: a corrupt, truncated or hostile file (paths out\n"
    "of the archive, links, devices) is refused with one line and changes nothing.\n"
    "Exit: 0 imported, nothing flagged; 1 some run flagged; 2 bad usage or a file refused;\n"
    "3 a database error.\n";

/* Re-grades one imported run through `worksim regrade`'s engine with the scenario as found
 * on this machine's scenario path (ExchangeRegradeFn). */
static bool regrade_imported(void *ud, Store *st, int64_t run_id, const char *scenario_id, double *score, char **why)
{
    CliContext *ctx = ud;
    char *err = NULL;
    char *dir = scenario_resolve(scenario_id, (const char *const *)ctx->scenario_path, &err);
    if (!dir) {
        *why = xasprintf("scenario '%s' is not on this machine's scenario path: %s", scenario_id, err ? err : "not found");
        free(err);
        return false;
    }
    RegradeOptions opts = {.store = st, .scenario_dir = dir, .backend = SANDBOX_AUTO};
    RegradeResult r = {.run_id = run_id};
    bool done = regrade_run(&opts, run_id, &r) && !r.error;
    if (done) *score = r.new_score.score;
    else *why = xstrdup(r.error ? r.error : "not regraded");
    regrade_result_clear(&r);
    free(dir);
    return done;
}

static void print_run(const char *path, const ImportRunReport *r)
{
    if (r->status == IMPORT_RUN_DUPLICATE) return;
    if (r->flag)
        text_fprintf_terminal(stdout, "flagged   run %lld (%s, %s, from run %lld of %s): %s\n", (long long)r->run_id,
                              r->learner, r->scenario_id, (long long)r->source_run, path, r->flag);
    else
        text_fprintf_terminal(stdout, "imported  run %lld (%s, %s, score %g, re-graded %g, chain %s)\n",
                              (long long)r->run_id, r->learner, r->scenario_id, r->claimed_score, r->regraded_score,
                              r->chain);
}

int cmd_import(CliContext *ctx, int argc, char **argv)
{
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(IMPORT_HELP, stdout);
            return EXIT_OK;
        }
        if (argv[i][0] == '-' && argv[i][1]) {
            cli_usage_error("import", "unexpected option '%s'", argv[i]);
            return EXIT_USAGE;
        }
    }
    if (argc == 0) {
        cli_usage_error("import", "name at least one FILE written by 'worksim export'");
        return EXIT_USAGE;
    }
    int rc = EXIT_OK;
    Store *st = cli_open_store(ctx, false, &rc);
    if (!st) return rc;
    rc = EXIT_OK;
    ImportOptions options = {.regrade = regrade_imported, .regrade_ud = ctx};
    int added = 0, duplicates = 0, flagged = 0, refused = 0;
    for (int i = 0; i < argc && rc != EXIT_INFRA; i++) {
        ImportSummary sum;
        char *err = NULL;
        if (!exchange_import(st, argv[i], &options, &sum, &err)) {
            text_fprintf_terminal(stderr, "worksim import: %s\n", err);
            if (sum.database_failed) rc = EXIT_INFRA;
            else refused++;
            free(err);
            continue;
        }
        for (int r = 0; r < sum.n_runs; r++) print_run(argv[i], &sum.runs[r]);
        added += sum.added;
        duplicates += sum.duplicates;
        flagged += sum.flagged;
        import_summary_free(&sum);
    }
    store_close(st);
    printf("%d imported, %d skipped as already here, %d flagged\n", added, duplicates, flagged);
    if (rc == EXIT_INFRA) return rc;
    return refused ? EXIT_USAGE : flagged ? EXIT_BELOW : EXIT_OK;
}
