/* store_exchange.c: what `worksim export` and `worksim import` need from the store (issue 13
 * item 4): a run's identity across databases (run_imports, migration 7), learners adopted by
 * their stable uid, imported runs written as they were exported (events with the learner's
 * own hashes, never recomputed) inside one transaction the caller holds. */
#include "store/store_internal.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

/* ---- the caller's transaction ---- */

bool store_transaction_begin(Store *st)
{
    if (sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return store_error_db(st, "cannot lock the database");
    st->outer_tx = true;
    return true;
}

bool store_transaction_commit(Store *st)
{
    st->outer_tx = false;
    if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK) return true;
    store_error_db(st, "cannot commit");
    store_transaction_rollback(st);
    return false;
}

void store_transaction_rollback(Store *st)
{
    st->outer_tx = false;
    if (!sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

bool store_in_transaction(const Store *st) { return st->outer_tx; }

/* ---- helpers ---- */

static void bind_text_or_null(sqlite3_stmt *stmt, int i, const char *text)
{
    if (text) sqlite3_bind_text(stmt, i, text, -1, SQLITE_STATIC);
    else sqlite3_bind_null(stmt, i);
}

/* Steps a statement that returns no rows (or one ignored) and finalizes it. */
static bool exchange_step_done(Store *st, sqlite3_stmt *stmt, const char *what)
{
    int rc = sqlite3_step(stmt);
    bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok) store_error_db(st, what);
    sqlite3_finalize(stmt);
    return ok;
}

/* The int64 in the first column of the one row: 0 when no row, -1 on error. */
static int64_t exchange_step_id(Store *st, sqlite3_stmt *stmt, const char *what)
{
    int rc = sqlite3_step(stmt);
    int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : rc == SQLITE_DONE ? 0 : -1;
    if (id < 0) store_error_db(st, what);
    sqlite3_finalize(stmt);
    return id;
}

static char *column_strdup(sqlite3_stmt *stmt, int i)
{
    const unsigned char *text = sqlite3_column_text(stmt, i);
    return text ? xstrdup((const char *)text) : NULL;
}

/* ---- identity ---- */

bool store_run_origin(Store *st, int64_t run_id, char **source_db, int64_t *source_run)
{
    *source_db = NULL;
    *source_run = 0;
    sqlite3_stmt *stmt = store_prepare(st, "SELECT source_db, source_run FROM run_imports WHERE run_id = ?1",
                                       "cannot read where the run came from");
    if (!stmt) return false;
    sqlite3_bind_int64(stmt, 1, run_id);
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        *source_db = column_strdup(stmt, 0);
        *source_run = sqlite3_column_int64(stmt, 1);
    } else if (rc != SQLITE_DONE) {
        store_error_db(st, "cannot read where the run came from");
    }
    sqlite3_finalize(stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) return false;
    *source_db = store_database_id(st);
    *source_run = run_id;
    return *source_db != NULL;
}

int64_t store_run_imported_as(Store *st, const char *source_db, int64_t source_run)
{
    sqlite3_stmt *stmt = store_prepare(st, "SELECT run_id FROM run_imports WHERE source_db = ?1 AND source_run = ?2",
                                       "cannot look up imported runs");
    if (!stmt) return -1;
    sqlite3_bind_text(stmt, 1, source_db, -1, SQLITE_STATIC);
    sqlite3_bind_int64(stmt, 2, source_run);
    return exchange_step_id(st, stmt, "cannot look up imported runs");
}

/* ---- learners ---- */

static int64_t learner_named(Store *st, const char *name)
{
    sqlite3_stmt *stmt = store_prepare(st, "SELECT id FROM learners WHERE name = ?1", "cannot find a learner");
    if (!stmt) return -1;
    sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
    return exchange_step_id(st, stmt, "cannot find a learner");
}

/* The first free name among name, "name (2)", "name (3)"...; a name the store refuses, or
 * one too long to number, becomes "learner UID8". NULL (error set) on a database error. */
static char *learner_free_name(Store *st, const char *uid, const char *name)
{
    bool usable = name && !store_learner_name_problem(name) && strlen(name) + 8 <= STORE_LEARNER_NAME_MAX;
    char *base = usable ? xstrdup(name) : xasprintf("learner %.8s", uid);
    for (int n = 1; n < 1000; n++) {
        char *candidate = n == 1 ? xstrdup(base) : xasprintf("%s (%d)", base, n);
        int64_t taken = learner_named(st, candidate);
        if (taken == 0) {
            free(base);
            return candidate;
        }
        free(candidate);
        if (taken < 0) break;
    }
    if (!*store_errmsg(st)) store_error_set(st, "no free name for learner \"%s\"", base);
    free(base);
    return NULL;
}

int64_t store_learner_adopt(Store *st, const char *uid, const char *name)
{
    if (!uid || !*uid) {
        store_error_set(st, "an imported learner needs a uid");
        return -1;
    }
    int64_t id = store_learner_by_uid(st, uid);
    if (id != 0) return id;
    store_error_set(st, "%s", "");
    char *free_name = learner_free_name(st, uid, name);
    if (!free_name) return -1;
    sqlite3_stmt *stmt = store_prepare(st, "INSERT INTO learners(name, created_at, uid) VALUES (?1, ?2, ?3)",
                                       "cannot add the learner");
    if (stmt) {
        sqlite3_bind_text(stmt, 1, free_name, -1, SQLITE_STATIC);
        sqlite3_bind_double(stmt, 2, util_wall_seconds());
        sqlite3_bind_text(stmt, 3, uid, -1, SQLITE_STATIC);
        id = exchange_step_done(st, stmt, "cannot add the learner") ? sqlite3_last_insert_rowid(st->db) : -1;
    } else {
        id = -1;
    }
    free(free_name);
    return id;
}

/* ---- imported runs ---- */

int64_t store_run_insert_imported(Store *st, const StoreImportedRun *r, const StoreResultLine *lines, int n_lines)
{
    if (!store_mode_valid(r->mode)) {
        store_error_set(st, "an imported run's mode must be play, run or grade, not \"%s\"", r->mode ? r->mode : "");
        return -1;
    }
    sqlite3_stmt *stmt = store_prepare(st,
                                       "INSERT INTO runs(scenario_id, scenario_title, scenario_hash, learner_id, mode,"
                                       " sandbox, llm, owner, started_at, ended_at, outcome, score, max, percent,"
                                       " reason, scenario_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL, ?8, ?9,"
                                       " ?10, ?11, ?12, ?13, ?14, ?15)",
                                       "cannot store the imported run");
    if (!stmt) return -1;
    bind_text_or_null(stmt, 1, r->scenario_id);
    bind_text_or_null(stmt, 2, r->scenario_title);
    bind_text_or_null(stmt, 3, r->scenario_hash);
    sqlite3_bind_int64(stmt, 4, r->learner_id);
    bind_text_or_null(stmt, 5, r->mode);
    bind_text_or_null(stmt, 6, r->sandbox);
    bind_text_or_null(stmt, 7, r->llm);
    sqlite3_bind_double(stmt, 8, r->started_at);
    sqlite3_bind_double(stmt, 9, r->ended_at);
    bind_text_or_null(stmt, 10, r->outcome);
    sqlite3_bind_double(stmt, 11, r->score);
    sqlite3_bind_double(stmt, 12, r->max);
    sqlite3_bind_double(stmt, 13, r->percent);
    bind_text_or_null(stmt, 14, r->reason);
    bind_text_or_null(stmt, 15, r->scenario_version);
    if (!exchange_step_done(st, stmt, "cannot store the imported run")) return -1;
    int64_t run_id = sqlite3_last_insert_rowid(st->db);
    if (!store_results_insert(st, run_id, lines, n_lines)) return -1;
    stmt = store_prepare(st,
                         "INSERT INTO run_imports(run_id, source_db, source_run, imported_at, file, chain,"
                         " claimed_score, regraded_score, flag) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                         "cannot record the import");
    if (!stmt) return -1;
    sqlite3_bind_int64(stmt, 1, run_id);
    bind_text_or_null(stmt, 2, r->source_db);
    sqlite3_bind_int64(stmt, 3, r->source_run);
    sqlite3_bind_double(stmt, 4, util_wall_seconds());
    bind_text_or_null(stmt, 5, r->file);
    bind_text_or_null(stmt, 6, r->chain);
    sqlite3_bind_double(stmt, 7, r->score);
    if (r->regraded) sqlite3_bind_double(stmt, 8, r->regraded_score);
    else sqlite3_bind_null(stmt, 8);
    bind_text_or_null(stmt, 9, r->flag);
    return exchange_step_done(st, stmt, "cannot record the import") ? run_id : -1;
}

bool store_event_insert_verbatim(Store *st, int64_t run_id, const StoreEventRow *ev)
{
    sqlite3_stmt *stmt = store_prepare(st,
                                       "INSERT INTO events(run_id, seq, t_run, t_wall, kind, data, hash)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                       "cannot store an imported event");
    if (!stmt) return false;
    sqlite3_bind_int64(stmt, 1, run_id);
    sqlite3_bind_int64(stmt, 2, ev->seq);
    sqlite3_bind_double(stmt, 3, ev->t_run);
    sqlite3_bind_double(stmt, 4, ev->t_wall);
    bind_text_or_null(stmt, 5, ev->kind);
    if (ev->data) sqlite3_bind_text(stmt, 6, ev->data, (int)ev->data_len, SQLITE_STATIC);
    else sqlite3_bind_null(stmt, 6);
    bind_text_or_null(stmt, 7, ev->hash);
    return exchange_step_done(st, stmt, "cannot store an imported event");
}

bool store_run_import_update(Store *st, int64_t run_id, bool regraded, double regraded_score, const char *flag)
{
    sqlite3_stmt *stmt = store_prepare(st, "UPDATE run_imports SET regraded_score = ?2, flag = ?3 WHERE run_id = ?1",
                                       "cannot record the re-grade of an imported run");
    if (!stmt) return false;
    sqlite3_bind_int64(stmt, 1, run_id);
    if (regraded) sqlite3_bind_double(stmt, 2, regraded_score);
    else sqlite3_bind_null(stmt, 2);
    bind_text_or_null(stmt, 3, flag);
    return exchange_step_done(st, stmt, "cannot record the re-grade of an imported run");
}

bool store_run_import_get(Store *st, int64_t run_id, StoreRunImport *out, bool *found)
{
    memset(out, 0, sizeof *out);
    *found = false;
    sqlite3_stmt *stmt = store_prepare(st,
                                       "SELECT source_db, source_run, file, chain, claimed_score, regraded_score, flag"
                                       " FROM run_imports WHERE run_id = ?1",
                                       "cannot read the import");
    if (!stmt) return false;
    sqlite3_bind_int64(stmt, 1, run_id);
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        *found = true;
        out->source_db = column_strdup(stmt, 0);
        out->source_run = sqlite3_column_int64(stmt, 1);
        out->file = column_strdup(stmt, 2);
        out->chain = column_strdup(stmt, 3);
        out->claimed_score = sqlite3_column_double(stmt, 4);
        out->regraded = sqlite3_column_type(stmt, 5) != SQLITE_NULL;
        out->regraded_score = sqlite3_column_double(stmt, 5);
        out->flag = column_strdup(stmt, 6);
    } else if (rc != SQLITE_DONE) {
        store_error_db(st, "cannot read the import");
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

void store_run_import_clear(StoreRunImport *imp)
{
    free(imp->source_db);
    free(imp->file);
    free(imp->chain);
    free(imp->flag);
    memset(imp, 0, sizeof *imp);
}
