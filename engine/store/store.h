/* store.h: the run log and results in sqlite (DESIGN §8).
 * One file, WAL mode, schema versioned with PRAGMA user_version and forward migrations.
 * Events are append-only and are written before their effect is shown, so a run killed at
 * any moment loses at most its last event; replay and re-grading read them back. */
#ifndef WORKSIM_STORE_H
#define WORKSIM_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Store Store;

/* $WORKSIM_DB, else $XDG_DATA_HOME/worksim/worksim.db, else ~/.local/share/worksim/worksim.db.
 * Empty variables count as unset, a relative XDG_DATA_HOME is ignored (XDG spec), ~ is $HOME
 * or else the passwd entry. Caller frees; NULL only when no home folder is known at all. */
char *store_default_path(void);

/* Opens (creating parent folders and the file) and migrates to the current schema.
 * NULL and *err (caller frees) on failure, e.g. a newer schema than this build knows. */
Store *store_open(const char *path, char **err);

/* worksim's sqlite `PRAGMA application_id` ("wsim"): set when the schema is created or
 * migrated (older files with worksim's tables are adopted); a file with
 * another non-zero id, or with tables and a user_version that are not worksim's, is refused
 * untouched (never migrated). */
#define STORE_APPLICATION_ID 0x7773696Du

/* Why store_open_checked failed. */
typedef enum StoreOpenFailure {
    STORE_OPEN_OK,
    STORE_OPEN_MISSING,          /* must_exist and there is no file (nothing was created) */
    STORE_OPEN_NOT_OURS,         /* another application's sqlite file, left untouched */
    STORE_OPEN_CORRUPT,          /* not a database or a damaged one */
    STORE_OPEN_ERROR,            /* anything else: permissions, locks, a newer schema */
} StoreOpenFailure;

/* store_open with the cause of a failure in *why (may be NULL); with must_exist (read
 * commands: report, replay) a missing file is STORE_OPEN_MISSING and nothing is created. */
Store *store_open_checked(const char *path, bool must_exist, StoreOpenFailure *why, char **err);
void store_close(Store *st);                         /* NULL-safe */
const char *store_errmsg(Store *st);                 /* last error text; owned by the store */
int store_schema_version(Store *st);

int64_t store_learner_ensure(Store *st, const char *name);   /* id of the learner, created if new; -1 on error */

#define STORE_LEARNER_NAME_MAX 100   /* bytes */
/* Why name cannot be a learner's name (empty, longer than STORE_LEARNER_NAME_MAX bytes,
 * control characters, invalid UTF-8), or NULL when it can. A static string. */
const char *store_learner_name_problem(const char *name);

typedef struct StoreRunInfo {
    const char *scenario_id;
    const char *scenario_title;
    const char *scenario_hash;   /* digest of scenario.lua */
    const char *learner;         /* name; created if new */
    const char *mode;            /* "play", "run", "grade", "demo" or "regrade" (store_mode_valid); NULL: "run" */
    const char *sandbox;         /* backend name */
    const char *llm;             /* colleague backend name */
    const char *scenario_version;   /* digest of the whole scenario folder (scenario_folder_version); may be NULL */
} StoreRunInfo;

int64_t store_run_begin(Store *st, const StoreRunInfo *info);   /* new run id; -1 on error */

/* The modes a stored run can have: play (the desktop), run (an action script), grade (a
 * submission graded by `grade`), demo (shown, not attempted: play --watch, play --snapshot),
 * regrade (a stored run graded again by `regrade`, see store_run_set_regrade_of). Demo and
 * regrade runs never count as a learner's attempt in progress, reports or exports. */
bool store_mode_valid(const char *mode);
/* Changes a run's mode (e.g. a desktop run that turned out to be a --snapshot demo). */
bool store_run_set_mode(Store *st, int64_t run_id, const char *mode);

/* Appends one event; seq numbers are assigned in order per run. data_json must be a JSON
 * object text (may be NULL for {}). t_run is the run clock in seconds. */
bool store_event_append(Store *st, int64_t run_id, double t_run, const char *kind, const char *data_json);

typedef struct StoreResultLine {
    const char *kind;            /* check | rubric | award | penalty | hint */
    const char *item_id;
    const char *task;            /* may be NULL */
    const char *label;
    const char *skill;           /* may be NULL */
    double points;               /* signed: penalties and hints are negative */
    double max;
    bool passed;
    const char *feedback;        /* may be NULL */
} StoreResultLine;

typedef struct StoreRunOutcome {
    const char *outcome;         /* passed | failed | incomplete | infra_error */
    double score, max, percent;
    const char *reason;          /* why it ended: "finished", "time_limit", an error line */
} StoreRunOutcome;

/* Writes the outcome and the breakdown in one transaction. */
bool store_run_finish(Store *st, int64_t run_id, const StoreRunOutcome *outcome,
                      const StoreResultLine *lines, int n_lines);

typedef struct StoreLlmCall {
    const char *who;             /* cast member or "judge" */
    const char *model;
    int64_t input_tokens, output_tokens, cache_read_tokens, cache_write_tokens;
    double cost_usd;
    double latency_ms;
    const char *request_id;
    int http_status;
    const char *error;           /* NULL on success */
} StoreLlmCall;

bool store_llm_call_record(Store *st, int64_t run_id, const StoreLlmCall *call);

/* Calls fn for each event of the run in order; stops early if fn returns false. */
typedef bool (*StoreEventFn)(void *ud, int64_t seq, double t_run, const char *kind, const char *data_json);
bool store_events_foreach(Store *st, int64_t run_id, StoreEventFn fn, void *ud);

/* ---- The event hash chain (store_chain.c; issue 13 item 4). ---- */

/* One stored event with everything its hash covers. Strings valid only during the call. */
typedef struct StoreEventRow {
    int64_t seq;
    double t_run, t_wall;
    const char *kind;
    const char *data;            /* the JSON object text exactly as stored */
    size_t data_len;
    const char *hash;            /* 64 hex digits; NULL for events stored before schema 7 */
} StoreEventRow;
typedef bool (*StoreEventRowFn)(void *ud, const StoreEventRow *ev);
bool store_event_rows_foreach(Store *st, int64_t run_id, StoreEventRowFn fn, void *ud);   /* in seq order */

#define STORE_EVENT_HASH_HEX 65  /* 64 hex digits and the NUL */
/* SHA-256 over a canonical encoding (length-prefixed fields, big-endian integers, the IEEE
 * bits of the clocks) of the previous event's hash (NULL: the run's first event, or one
 * stored without a hash), seq, t_run, t_wall, kind and data; lowercase hex into out. */
void store_event_hash(const char *prev_hash, int64_t seq, double t_run, double t_wall, const char *kind,
                      const char *data, size_t data_len, char out[STORE_EVENT_HASH_HEX]);

typedef enum StoreChainStatus {
    STORE_CHAIN_OK,              /* every event hashed and each hash matches ("chained"; also no events) */
    STORE_CHAIN_NONE,            /* no event has a hash: a run stored before schema 7 ("unchained") */
    STORE_CHAIN_PARTIAL,         /* events before the upgrade without, every later one matching ("partial") */
    STORE_CHAIN_BROKEN,          /* an event edited, removed, added or its hash dropped ("broken") */
} StoreChainStatus;
const char *store_chain_status_name(StoreChainStatus status);   /* the words in the comments above */

/* Checks a run's events one at a time, in seq order (from the store or from an export). */
typedef struct StoreChainWalk {
    int64_t events, unhashed;
    bool hashed, broken;
    int64_t bad_seq;             /* broken: the first event that does not fit */
    char why[160];               /* broken: "event 7 does not match its hash (...)" */
    char prev[STORE_EVENT_HASH_HEX];
} StoreChainWalk;
void store_chain_walk_init(StoreChainWalk *w);
bool store_chain_walk_step(StoreChainWalk *w, const StoreEventRow *ev);   /* false once broken */
StoreChainStatus store_chain_walk_status(const StoreChainWalk *w);
/* The walk over a stored run's events; false only on a database error (store_errmsg). */
bool store_run_chain_check(Store *st, int64_t run_id, StoreChainWalk *w);

/* Marks runs that never finished (a crash) as incomplete; returns how many (-1 on error).
 * A run whose owning process is still alive (a parallel `worksim run`, or this process) is
 * left open: only runs of processes that are gone are closed. */
int store_close_abandoned_runs(Store *st);

/* ---- Resume (store_resume.c, DESIGN §8) ---- */

/* A run left open by an engine that is gone: resumable, or to be closed as incomplete. */
typedef struct StoreInterruptedRun {
    int64_t id;
    const char *scenario_id, *scenario_title, *learner, *mode;   /* title, learner may be NULL */
    double started_at;           /* wall clock */
    double last_event_at;        /* wall clock of its last event (started_at when it has none) */
    double last_t_run;           /* run clock of its last event */
} StoreInterruptedRun;
typedef bool (*StoreInterruptedFn)(void *ud, const StoreInterruptedRun *run);   /* false stops */
/* Open runs whose owner process is gone, newest first; learner NULL = everyone's. */
bool store_interrupted_runs_foreach(Store *st, const char *learner, StoreInterruptedFn fn, void *ud);
/* Wall and run clock of the run's last event (both 0 when it has none). */
bool store_run_last_event(Store *st, int64_t run_id, double *t_wall, double *t_run);
/* Sets a finished run's end time (wall clock): an abandoned run ends at its last event's. */
bool store_run_set_ended_at(Store *st, int64_t run_id, double ended_at);
/* This process takes an open run over (its owner from now on); false when it is not open. */
bool store_run_reopen(Store *st, int64_t run_id);

/* ---- Additions for reports, replay and resume (compatible with the contract above). ---- */

/* How many forward migrations store_open applied (0 when the file was already current). */
int store_migrations_applied(Store *st);

typedef struct StoreRunRow {
    int64_t id;
    const char *scenario_id, *scenario_title, *scenario_hash;   /* title and hash may be NULL */
    const char *learner;         /* may be NULL */
    const char *mode, *sandbox, *llm;
    double started_at;           /* wall clock, seconds since the epoch */
    double ended_at;             /* 0 while the run is open */
    const char *outcome;         /* NULL while the run is open */
    double score, max, percent;
    const char *reason;          /* may be NULL */
    const char *scenario_version;   /* may be NULL (runs stored before schema 2) */
    double active_seconds;       /* run clock from the first to the last event: the learner's time */
    const char *learner_uid;     /* the learner's stable id (a rename keeps it); may be NULL */
    int64_t regrade_of;          /* a regrade run: the run it graded again; else 0 */
    int64_t regraded_by;         /* the latest regrade of this run that gave a verdict or incomplete
                                  * (not infra_error); 0 when none */
    bool imported;               /* the run came in through `worksim import` (run_imports) */
    const char *import_flag;     /* why the import does not trust it ("; "-separated); NULL when
                                  * nothing is wrong or it was not imported */
} StoreRunRow;

/* Selects runs; zero or NULL fields match anything, and the conditions add up. */
typedef struct StoreRunFilter {
    int64_t run_id;
    const char *learner;
    const char *scenario_id;
    bool open_only;              /* only runs without ended_at */
    const char *const *learners; /* any of these n_learners names */
    int n_learners;
    const char *const *scenarios;   /* any of these n_scenarios scenario ids */
    int n_scenarios;
    double since, until;         /* started_at >= since, < until (wall clock) when non-zero */
    bool exclude_demo;           /* leave out runs whose mode is 'demo' (DESIGN §7) */
    const char *const *cohorts;  /* runs of learners in any of these n_cohorts cohorts */
    int n_cohorts;
    const int64_t *run_ids;      /* any of these n_run_ids runs (`grade` reporting its runs) */
    int n_run_ids;
} StoreRunFilter;

/* Strings passed to callbacks are valid only during the call. Iteration stops early when
 * fn returns false. All return false (see store_errmsg) only on a database error. */
typedef bool (*StoreRunFn)(void *ud, const StoreRunRow *run);
bool store_runs_foreach(Store *st, const StoreRunFilter *filter, StoreRunFn fn, void *ud);  /* by id; filter may be NULL */

typedef bool (*StoreResultFn)(void *ud, const StoreResultLine *line);
bool store_results_foreach(Store *st, int64_t run_id, StoreResultFn fn, void *ud);  /* in breakdown order */

typedef bool (*StoreLlmCallFn)(void *ud, const StoreLlmCall *call);
bool store_llm_calls_foreach(Store *st, int64_t run_id, StoreLlmCallFn fn, void *ud);  /* in call order */

int64_t store_event_count(Store *st, int64_t run_id);   /* events in the run (= last seq); -1 on error */

/* Holds one read snapshot over many reads (a report: its runs, breakdowns and event logs agree
 * with each other, and each read skips taking the file's lock again). Writers are not blocked
 * (WAL). store_read_end ends it; false (see store_errmsg) on error. */
bool store_read_begin(Store *st);
void store_read_end(Store *st);

/* True once a statement met a damaged file; store_errmsg then says the file is corrupt. */
bool store_corrupt(Store *st);

/* The database's own id, a UUID set by the schema (xAPI statement ids derive from it).
 * NULL (store_errmsg) on error; caller frees. */
char *store_database_id(Store *st);

/* ---- Learners and cohorts (store_learners.c; `worksim learners`). ---- */

typedef struct StoreLearnerRow {
    int64_t id;
    const char *name, *uid;
    int64_t runs;                /* runs of any mode but demo */
    const char *cohorts;         /* the cohorts' names, comma-separated in name order; "" for none */
} StoreLearnerRow;

/* Every learner by name; strings valid only during the call; fn returns false to stop. */
typedef bool (*StoreLearnerFn)(void *ud, const StoreLearnerRow *learner);
bool store_learners_foreach(Store *st, StoreLearnerFn fn, void *ud);

/* Why a learner operation was refused, besides database errors (STORE_LEARNER_DB_ERROR). */
typedef enum StoreLearnerResult {
    STORE_LEARNER_OK,
    STORE_LEARNER_NO_SUCH,       /* the (first) named learner does not exist */
    STORE_LEARNER_TAKEN,         /* rename: the new name belongs to another learner */
    STORE_LEARNER_BAD_NAME,      /* a name store_learner_name_problem refuses, or merge into itself */
    STORE_LEARNER_DB_ERROR,
} StoreLearnerResult;

/* Renames a learner; the uid (and so every run's identity in exports) stays. The error
 * (store_errmsg) names the learner for every result but OK. */
StoreLearnerResult store_learner_rename(Store *st, const char *old_name, const char *new_name);
/* Moves every run and cohort membership of from onto into, then removes from; from's uid
 * stays known as an alias of into (store_learner_by_uid). One transaction. */
StoreLearnerResult store_learner_merge(Store *st, const char *from, const char *into);
/* Puts the learners (created when new) into the cohort (created when new). One transaction. */
StoreLearnerResult store_cohort_add(Store *st, const char *cohort, const char *const *learners, int n);
/* The id of the learner with this uid, or that a merged learner's uid now points to;
 * 0 when none, -1 on a database error. */
int64_t store_learner_by_uid(Store *st, const char *uid);

/* ---- Final workspace snapshots and regrades (store_snapshot.c; `worksim regrade`). ---- */

/* The snapshot of a run's final workspace: the archive, or why there is none. */
typedef struct StoreSnapshot {
    char *format;                /* "tar.zst"; NULL when missing */
    char *sha256;                /* hex digest of data; NULL when missing */
    unsigned char *data;         /* NULL when missing */
    size_t len;
    char *missing;               /* why no snapshot was taken (over the cap, vm backend); else NULL */
    double taken_at;             /* wall clock */
} StoreSnapshot;

/* Stores (or replaces) run_id's snapshot: data/len/format/sha256, or only missing. */
bool store_snapshot_put(Store *st, int64_t run_id, const StoreSnapshot *snap);
/* 1 and *out (free with store_snapshot_clear) when run_id has a row, 0 when none, -1 on error. */
int store_snapshot_get(Store *st, int64_t run_id, StoreSnapshot *out);
void store_snapshot_clear(StoreSnapshot *snap);
/* Links a regrade run to the run it graded again. */
bool store_run_set_regrade_of(Store *st, int64_t run_id, int64_t original);
/* The run run_id regrades (0 when it is no regrade), -1 on error. */
int64_t store_run_regrade_of(Store *st, int64_t run_id);

/* ---- The xAPI outbox (store_outbox.c; `worksim sync`, DESIGN §8). ---- */
/* One statement per finished, counted run (neither demo nor regrade) and LRS endpoint, frozen when queued. A statement
 * is pending until the LRS has it: sent (it stored it) or already_there (it answered 409). */

/* The finished runs that have no statement queued for lrs yet, by id: the attempts (neither
 * demo nor regrade) and the regrades of attempts that gave a verdict or incomplete (not
 * infra_error); *n of them in *ids (caller frees; NULL when none). false (store_errmsg) on a
 * database error. */
bool store_outbox_missing_runs(Store *st, const char *lrs, int64_t **ids, int *n);

typedef struct StoreOutboxItem {
    int64_t run_id;
    const char *statement_id;    /* the statement's "id" */
    const char *statement;       /* the statement as compact JSON */
} StoreOutboxItem;

/* Queues the statements for lrs as pending, in one transaction; a run already queued for lrs
 * keeps its row. */
bool store_outbox_add(Store *st, const char *lrs, const StoreOutboxItem *items, int n);

typedef struct StoreOutboxRow {
    int64_t run_id;
    const char *statement_id, *statement, *state;
    int64_t attempts;            /* sends that did not deliver it, so far */
    int http_status;             /* of its last answer; 0 if none */
    const char *last_error;      /* NULL when none */
} StoreOutboxRow;

/* The statements queued for lrs in run order; pending_only keeps the pending ones. Strings
 * are valid only during the call; fn returns false to stop. */
typedef bool (*StoreOutboxFn)(void *ud, const StoreOutboxRow *row);
bool store_outbox_foreach(Store *st, const char *lrs, bool pending_only, StoreOutboxFn fn, void *ud);

/* What the LRS answered for these statements of lrs, in one transaction: delivered (sent,
 * or already_there) or, with delivered_state NULL, still pending after a failed attempt
 * (attempts + 1, error and http_status kept). */
bool store_outbox_mark(Store *st, const char *lrs, const char *const *statement_ids, int n,
                       const char *delivered_state, int http_status, const char *error);

/* ---- Exports and imports (store_exchange.c; `worksim export` / `worksim import`). ---- */

/* One transaction around many writes (an import is all or nothing). Writers that open their
 * own transaction (store_run_finish, store_run_begin) join it. */
bool store_transaction_begin(Store *st);
bool store_transaction_commit(Store *st);
void store_transaction_rollback(Store *st);      /* keeps the error that caused it */
/* Inside store_transaction_begin .. commit/rollback. Writers that open their own transaction
 * (store_run_finish, ...) join an outer one instead. */
bool store_in_transaction(const Store *st);

/* Where a run came from: the database it was first recorded in and its id there (the
 * export identity). A run recorded here is (this database's id, its id); false on error. */
bool store_run_origin(Store *st, int64_t run_id, char **source_db, int64_t *source_run);
/* The local id of the run imported from (source_db, source_run): 0 when none, -1 on error. */
int64_t store_run_imported_as(Store *st, const char *source_db, int64_t source_run);

/* The learner with this uid (or an alias of it); else a new learner with the uid and name,
 * or "name (2)", "name (3)"... when another learner holds the name. -1 on error. */
int64_t store_learner_adopt(Store *st, const char *uid, const char *name);

/* A finished run as it arrives in an export, with what the import found. */
typedef struct StoreImportedRun {
    int64_t learner_id;
    const char *scenario_id, *scenario_title, *scenario_hash, *scenario_version;
    const char *mode, *sandbox, *llm;
    double started_at, ended_at;
    const char *outcome;         /* passed | failed | incomplete | infra_error */
    double score, max, percent;
    const char *reason;
    const char *source_db;       /* its identity (store_run_origin of the exporting database) */
    int64_t source_run;
    const char *file;            /* the export file it came from */
    const char *chain;           /* store_chain_status_name of its events */
    bool regraded;               /* regraded_score holds the instructor's re-grade */
    double regraded_score;
    const char *flag;            /* why it is not to be trusted; NULL when nothing is */
} StoreImportedRun;

/* Inserts the run, its results and its run_imports row; the new run id, -1 on error. Call
 * inside store_transaction_begin. */
int64_t store_run_insert_imported(Store *st, const StoreImportedRun *run, const StoreResultLine *lines, int n_lines);
/* Appends an event exactly as exported, its hash included (never recomputed: the chain
 * stays the learner's, checked by store_run_chain_check). */
bool store_event_insert_verbatim(Store *st, int64_t run_id, const StoreEventRow *ev);

/* Records an imported run's re-grade: its score (when regraded) and the final flag (NULL
 * when nothing is wrong). */
bool store_run_import_update(Store *st, int64_t run_id, bool regraded, double regraded_score, const char *flag);
/* What the import of a run found (for reports and tests); false on error, *found false when
 * the run was not imported. Strings are the caller's to free. */
typedef struct StoreRunImport {
    char *source_db, *file, *chain, *flag;
    int64_t source_run;
    double claimed_score, regraded_score;
    bool regraded;
} StoreRunImport;
bool store_run_import_get(Store *st, int64_t run_id, StoreRunImport *out, bool *found);
void store_run_import_clear(StoreRunImport *imp);

#endif
