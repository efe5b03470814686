/* cmd_export.c: `worksim export [--learner NAME]... [--since DATE] [--include-demo] --out FILE`
 * (DESIGN §9, issue 13 item 4): a learner's finished runs, with their events, hash chain,
 * results and final workspace snapshots, as one file an instructor imports. The file is
 * written whole or not at all; a selection that matches no run writes nothing and exits 1. */
#define _GNU_SOURCE
#include "cli/cli.h"

#include "base/util.h"
#include "core/exchange.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char EXPORT_HELP[] =
    "usage: worksim export [--learner NAME]... [--since DATE] [--include-demo] --out FILE\n"
    "Writes the finished runs of the database (--db, WORKSIM_DB or the default path) to FILE, a\n"
    "tar with zstd that 'worksim import' reads on the instructor's machine: each run with its\n"
    "results, its events (hash-chained, so an edit after the fact shows) and its final workspace\n"
    "snapshot (the instructor re-grades from it), and the learners with their stable ids.\n"
    "  --learner NAME   only this learner's runs (repeatable: any of them)\n"
    "  --since DATE     only runs started on or after DATE (UTC): YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z]\n"
    "  --include-demo   also export demo runs (watching a solution, snapshots); never counted\n"
    "  --out FILE       the file to write (replaced whole once complete; nothing written on error)\n"
    "Exit: 0 written; 1 no finished run matches (nothing written); 2 bad usage or no such\n"
    "database or learner; 3 a database or file error.\n";

typedef struct ExportArgs {
    const char *out;
    const char **learners;
    int n_learners;
    ExportOptions options;
} ExportArgs;

/* -1 to go on, else the exit code (help printed, usage error reported). */
static int parse_export_args(int argc, char **argv, ExportArgs *a)
{
    for (int i = 0; i < argc; i++) {
        const char *o = argv[i];
        if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) {
            fputs(EXPORT_HELP, stdout);
            return EXIT_OK;
        }
        if (strcmp(o, "--include-demo") == 0) {
            a->options.include_demo = true;
            continue;
        }
        if (strcmp(o, "--out") != 0 && strcmp(o, "--learner") != 0 && strcmp(o, "--since") != 0) {
            cli_usage_error("export", "unexpected argument '%s'", o);
            return EXIT_USAGE;
        }
        if (i + 1 >= argc) {
            cli_usage_error("export", "%s needs a value", o);
            return EXIT_USAGE;
        }
        const char *v = argv[++i];
        if (strcmp(o, "--out") == 0) {
            a->out = v;
        } else if (strcmp(o, "--learner") == 0) {
            a->learners = xrealloc(a->learners, (size_t)(a->n_learners + 1) * sizeof *a->learners);
            a->learners[a->n_learners++] = v;
        } else if (!cli_parse_date(v, false, &a->options.since)) {
            cli_usage_error("export", "--since: expected a date YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z], got '%s'", v);
            return EXIT_USAGE;
        }
    }
    if (!a->out || !*a->out) {
        cli_usage_error("export", "--out FILE is required");
        return EXIT_USAGE;
    }
    a->options.learners = a->learners;
    a->options.n_learners = a->n_learners;
    return -1;
}

typedef struct LearnerCheck { const char *name; bool found; } LearnerCheck;

static bool learner_is(void *ud, const StoreLearnerRow *l)
{
    LearnerCheck *c = ud;
    c->found = c->found || strcmp(l->name, c->name) == 0;
    return !c->found;
}

/* EXIT_USAGE when a --learner names nobody (a typo must not export nothing silently). */
static int check_learners(Store *st, const ExportArgs *a)
{
    for (int i = 0; i < a->n_learners; i++) {
        LearnerCheck c = {a->learners[i], false};
        if (!store_learners_foreach(st, learner_is, &c)) {
            fprintf(stderr, "worksim export: %s\n", store_errmsg(st));
            return EXIT_INFRA;
        }
        if (!c.found) {
            fprintf(stderr, "worksim export: no learner is called \"%s\" (see 'worksim learners list')\n",
                    a->learners[i]);
            return EXIT_USAGE;
        }
    }
    return -1;
}

int cmd_export(CliContext *ctx, int argc, char **argv)
{
    ExportArgs a = {0};
    int rc = parse_export_args(argc, argv, &a);
    Store *st = rc < 0 ? cli_open_store(ctx, true, &rc) : NULL;
    if (st) rc = check_learners(st, &a);
    if (st && rc < 0) {
        ExportSummary sum;
        char *err = NULL;
        if (exchange_export(st, a.out, &a.options, &sum, &err)) {
            fprintf(stderr, "worksim export: %d run%s of %d learner%s written to %s (%zu bytes)\n", sum.runs,
                    sum.runs == 1 ? "" : "s", sum.learners, sum.learners == 1 ? "" : "s", a.out, sum.bytes);
            rc = EXIT_OK;
        } else if (!err) {
            fprintf(stderr, "worksim export: no finished runs match%s; nothing written\n",
                    a.options.include_demo ? "" : " (demo runs need --include-demo)");
            rc = EXIT_BELOW;
        } else {
            fprintf(stderr, "worksim export: %s\n", err);
            rc = EXIT_INFRA;
        }
        free(err);
    }
    store_close(st);
    free(a.learners);
    return rc;
}
