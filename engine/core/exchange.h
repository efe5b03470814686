/* exchange.h: bringing runs together from learners' machines (issue 13 item 4, DESIGN §8-§9).
 * `worksim export` writes a database's finished runs to one file (exchange_bundle.h): a
 * manifest (format version, worksim version, database id, time, learners with their stable
 * uids) and per run its row, results, events with their hash chain and final workspace
 * snapshot. `worksim import` merges such files into an instructor's database: idempotently
 * (a run's identity is its source database id and run id), never taking a score on trust
 * (the chain is verified and the checks are re-graded from the snapshot with the
 * instructor's scenario version; a run whose chain is broken, whose snapshot is missing or
 * whose stored score differs is flagged), all or nothing per file. */
#ifndef WORKSIM_EXCHANGE_H
#define WORKSIM_EXCHANGE_H

#include <stdbool.h>
#include <stddef.h>

#include "store/store.h"

#define EXCHANGE_FORMAT "worksim-export"
#define EXCHANGE_FORMAT_VERSION 1

typedef struct ExportOptions {
    const char *const *learners; /* any of these n_learners names; none: everyone */
    int n_learners;
    double since;                /* runs started at or after (wall clock); 0: any */
    bool include_demo;           /* demo runs are left out unless set (DESIGN §7) */
} ExportOptions;

typedef struct ExportSummary {
    int runs, learners, snapshots;
    size_t bytes;                /* size of the file written */
} ExportSummary;

/* Writes the selected finished runs to path (atomically: complete or not at all). false +
 * *err (caller frees, one line); sum->runs == 0 with false and *err NULL when nothing
 * matched (nothing is written). */
bool exchange_export(Store *st, const char *path, const ExportOptions *o, ExportSummary *sum, char **err);

/* ---- import ---- */

/* Re-grades the imported run run_id of scenario_id (already committed to st, with its
 * snapshot) from its final workspace snapshot with the instructor's version of the scenario:
 * true with *score (the run's score with its checks graded again), false with *why (caller
 * frees). */
typedef bool (*ExchangeRegradeFn)(void *ud, Store *st, int64_t run_id, const char *scenario_id, double *score,
                                  char **why);

typedef struct ImportOptions {
    ExchangeRegradeFn regrade;   /* NULL: nothing can be re-graded (every run is flagged) */
    void *regrade_ud;
} ImportOptions;

typedef enum ImportRunStatus {
    IMPORT_RUN_ADDED,
    IMPORT_RUN_DUPLICATE,        /* this run (same source database and run id) is already here */
} ImportRunStatus;

/* One run of the file, as the import saw it. */
typedef struct ImportRunReport {
    ImportRunStatus status;
    int64_t source_run, run_id;  /* run_id: the new local id (0 for a duplicate) */
    char *learner, *scenario_id;
    double claimed_score;
    bool regraded;
    double regraded_score;
    char *chain;                 /* store_chain_status_name */
    char *flag;                  /* why it is not to be trusted; NULL when nothing is */
} ImportRunReport;

typedef struct ImportSummary {
    ImportRunReport *runs;
    int n_runs;
    int added, duplicates, flagged;
    bool database_failed;        /* exchange_import failed on the database, not the file */
} ImportSummary;

/* Imports one export file into st, all or nothing (one transaction). false + *err (caller
 * frees, one line) when the file is refused (unreadable, corrupt, truncated, hostile entries,
 * a newer format) or the database fails; nothing is written then. */
bool exchange_import(Store *st, const char *path, const ImportOptions *o, ImportSummary *sum, char **err);
void import_summary_free(ImportSummary *sum);

#endif
