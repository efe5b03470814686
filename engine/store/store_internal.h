/* store_internal.h: what the files of engine/store share and nothing outside may use: the
 * Store struct, the prepared-statement cache, error helpers, the schema migrator, the event
 * data check, the per-run seq cache, the VFS and the process-ownership helpers used to tell
 * a crashed run from a live one. */
#ifndef WORKSIM_STORE_INTERNAL_H
#define WORKSIM_STORE_INTERNAL_H

#include "store/store.h"

#include <sqlite3.h>

/* Statements prepared once per connection (hot paths and writers). */
typedef enum StoreStmtId {
    STORE_STMT_EVENT_INSERT,     /* seq = MAX(seq) + 1, returned */
    STORE_STMT_EVENT_INSERT_AT,  /* seq given by the caller (the cached next seq) */
    STORE_STMT_LEARNER_INSERT,
    STORE_STMT_LEARNER_SELECT,
    STORE_STMT_RUN_INSERT,
    STORE_STMT_RUN_FINISH,
    STORE_STMT_RUN_SET_MODE,
    STORE_STMT_RESULTS_DELETE,
    STORE_STMT_RESULT_INSERT,
    STORE_STMT_LLM_INSERT,
    STORE_STMT_BEGIN,
    STORE_STMT_COMMIT,
    STORE_STMT_ROLLBACK,
    STORE_STMT_EVENTS_SELECT,    /* readers called once per run by reports (store_read.c) */
    STORE_STMT_RESULTS_SELECT,
    STORE_STMT_LLM_SELECT,
    STORE_STMT_COUNT
} StoreStmtId;

/* The next seq of a run this connection appended to (or began); see store_event.c. */
typedef struct StoreSeqSlot {
    int64_t run_id;              /* 0: unused */
    int64_t next;
} StoreSeqSlot;

#define STORE_SEQ_SLOTS 4

struct Store {
    sqlite3 *db;
    char *path;
    char *err;                   /* last error; "" when none */
    int migrations_applied;
    bool corrupt;                /* a read or write met a damaged file (SQLITE_CORRUPT, NOTADB) */
    char *owner;                 /* this process, as recorded in runs.owner */
    sqlite3_stmt *stmts[STORE_STMT_COUNT];
    StoreSeqSlot seq_cache[STORE_SEQ_SLOTS];
    unsigned seq_victim;         /* the slot a new run replaces next, round robin */
    bool outer_tx;               /* inside store_transaction_begin: writers' own BEGIN/COMMIT join it */
};

/* The cached statement, reset with its bindings cleared; NULL (error set) on failure. */
sqlite3_stmt *store_stmt_get(Store *st, StoreStmtId id);
/* For readers that may nest (a callback reading again): the cached statement when no walk is
 * stepping it (*cached true: reset, never finalize), else a one-off copy the caller finalizes. */
sqlite3_stmt *store_stmt_get_idle(Store *st, StoreStmtId id, bool *cached);
void store_error_set(Store *st, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Sets the error to "what: <sqlite message>" and returns false. */
bool store_error_db(Store *st, const char *what);
/* A one-off statement (not cached: the caller finalizes it); NULL with the error set to what. */
sqlite3_stmt *store_prepare(Store *st, const char *sql, const char *what);

/* Runs a cached BEGIN (IMMEDIATE), COMMIT or ROLLBACK; false (error set, prefixed by what). */
bool store_tx(Store *st, StoreStmtId id, const char *what);
/* Rolls back the open transaction, if any, keeping the error that caused it. */
void store_tx_rollback(Store *st);
/* A one-off statement; NULL (error set to "what: <sqlite message>") on failure. */
sqlite3_stmt *store_prepare(Store *st, const char *sql, const char *what);
/* Steps stmt to the end, calling row for each row until it returns false, then finalizes it.
 * The whole walk is one read transaction, so the caller sees a single snapshot. false (error
 * set from what) on a database error. */
bool store_rows_walk(Store *st, sqlite3_stmt *stmt, const char *what, bool (*row)(sqlite3_stmt *stmt, void *ctx),
                     void *ctx);

/* Latest schema version this build knows. */
int store_schema_latest(void);
/* The SQL of migration version (1-based), so tests can build a file at an older schema. */
const char *store_schema_migration_sql(int version);
/* Reads PRAGMA user_version; -1 and *err (caller frees) on failure. */
int store_schema_version_read(sqlite3 *db, const char *path, char **err);
/* Whose file this is, read before anything is written to it (DESIGN §8). */
typedef enum StoreOwner {
    STORE_OWNER_WORKSIM,         /* our application_id, or our tables from before we set one */
    STORE_OWNER_FRESH,           /* an empty file: worksim's from the first migration on */
    STORE_OWNER_FOREIGN,         /* another application's (*err says why): never migrated */
    STORE_OWNER_UNREADABLE,      /* the header or schema cannot be read (*err) */
} StoreOwner;
StoreOwner store_schema_owner(sqlite3 *db, const char *path, char **err);

/* Applies every missing migration in one transaction and sets worksim's application_id;
 * refuses a newer schema. *applied receives the count. false and *err (caller frees, one line) on failure. */
bool store_schema_migrate(sqlite3 *db, const char *path, int *applied, char **err);

/* True when text is exactly one JSON object (RFC 8259, as SQLite's json_valid() reads it),
 * optionally surrounded by whitespace. Allocation-free; see store_json.c. */
bool store_json_is_object(const char *text);

/* Writes a run's breakdown lines (numbered from 1) inside the caller's transaction. */
bool store_results_insert(Store *st, int64_t run_id, const StoreResultLine *lines, int n_lines);

/* Registers the SQL function worksim_event_hash (store_chain.c) on a new connection. */
bool store_chain_register(sqlite3 *db);

/* Records that run_id's next event gets seq next (a run this connection just began). */
void store_seq_remember(Store *st, int64_t run_id, int64_t next);

/* The name of the VFS the store opens its file with (the default one, writing each WAL
 * frame in one call; see store_vfs.c), registered on first use; NULL if that failed. */
const char *store_vfs_name(void);

/* "boot_id:pid:starttime" naming this process (caller frees). */
char *store_owner_self(void);
/* True when the process named by owner (a store_owner_self string) still runs. */
bool store_owner_alive(const char *owner);

#endif
