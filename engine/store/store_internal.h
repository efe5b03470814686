/* store_internal.h: what the files of engine/store share and nothing outside may use: the
 * Store struct, the prepared-statement cache, error helpers, the schema migrator and the
 * process-ownership helpers used to tell a crashed run from a live one. */
#ifndef WORKSIM_STORE_INTERNAL_H
#define WORKSIM_STORE_INTERNAL_H

#include "store/store.h"

#include <sqlite3.h>

/* Statements prepared once per connection (hot paths and writers). */
typedef enum StoreStmtId {
    STORE_STMT_EVENT_INSERT,
    STORE_STMT_LEARNER_INSERT,
    STORE_STMT_LEARNER_SELECT,
    STORE_STMT_RUN_INSERT,
    STORE_STMT_RUN_FINISH,
    STORE_STMT_RESULTS_DELETE,
    STORE_STMT_RESULT_INSERT,
    STORE_STMT_LLM_INSERT,
    STORE_STMT_BEGIN,
    STORE_STMT_COMMIT,
    STORE_STMT_ROLLBACK,
    STORE_STMT_COUNT
} StoreStmtId;

struct Store {
    sqlite3 *db;
    char *path;
    char *err;                   /* last error; "" when none */
    int migrations_applied;
    char *owner;                 /* this process, as recorded in runs.owner */
    sqlite3_stmt *stmts[STORE_STMT_COUNT];
};

/* The cached statement, reset with its bindings cleared; NULL (error set) on failure. */
sqlite3_stmt *store_stmt_get(Store *st, StoreStmtId id);
void store_error_set(Store *st, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Sets the error to "what: <sqlite message>" and returns false. */
bool store_error_db(Store *st, const char *what);

/* Latest schema version this build knows. */
int store_schema_latest(void);
/* Reads PRAGMA user_version; -1 and *err (caller frees) on failure. */
int store_schema_version_read(sqlite3 *db, const char *path, char **err);
/* Applies every missing migration in one transaction; refuses a newer schema.
 * *applied receives the count. false and *err (caller frees, one line) on failure. */
bool store_schema_migrate(sqlite3 *db, const char *path, int *applied, char **err);

/* "boot_id:pid:starttime" naming this process (caller frees). */
char *store_owner_self(void);
/* True when the process named by owner (a store_owner_self string) still runs. */
bool store_owner_alive(const char *owner);

#endif
