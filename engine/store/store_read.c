/* store_read.c: readers for replay, re-grading, resume and reports: a run's events in order,
 * runs by filter, a run's result lines and LLM calls. Readers see one consistent snapshot per
 * call (WAL), even while another process appends to the same file. */
#include "store/store_internal.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

static const char *col_text(sqlite3_stmt *stmt, int i)
{
    return (const char *)sqlite3_column_text(stmt, i);
}

/* Steps stmt to the end (or until row returns false); false (error set from what) on error. */
static bool store_rows_step(Store *st, sqlite3_stmt *stmt, const char *what,
                            bool (*row)(sqlite3_stmt *stmt, void *ctx), void *ctx)
{
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        if (!row(stmt, ctx)) {
            rc = SQLITE_DONE;
            break;
        }
    bool ok = rc == SQLITE_DONE;
    if (!ok) store_error_db(st, what);
    return ok;
}

bool store_rows_walk(Store *st, sqlite3_stmt *stmt, const char *what,
                            bool (*row)(sqlite3_stmt *stmt, void *ctx), void *ctx)
{
    bool ok = store_rows_step(st, stmt, what, row, ctx);
    sqlite3_finalize(stmt);
    return ok;
}

/* A per-run reader over a cached statement (a report reads thousands of runs: preparing the
 * statement each time was a third of its time), bound to run_id. */
static bool store_run_rows_walk(Store *st, StoreStmtId id, int64_t run_id, const char *what,
                                bool (*row)(sqlite3_stmt *stmt, void *ctx), void *ctx)
{
    bool cached;
    sqlite3_stmt *stmt = store_stmt_get_idle(st, id, &cached);
    if (!stmt) return false;
    sqlite3_bind_int64(stmt, 1, run_id);
    if (!cached) return store_rows_walk(st, stmt, what, row, ctx);
    bool ok = store_rows_step(st, stmt, what, row, ctx);
    sqlite3_reset(stmt);   /* ends its read transaction; the statement stays prepared */
    return ok;
}

sqlite3_stmt *store_prepare(Store *st, const char *sql, const char *what)
{
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v2(st->db, sql, -1, &stmt, NULL) != SQLITE_OK) {
        store_error_db(st, what);
        sqlite3_finalize(stmt);
        return NULL;
    }
    return stmt;
}

bool store_read_begin(Store *st)
{
    if (sqlite3_exec(st->db, "BEGIN DEFERRED", NULL, NULL, NULL) != SQLITE_OK)
        return store_error_db(st, "cannot begin reading");
    return true;
}

void store_read_end(Store *st)
{
    if (!sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
}

/* ---- events ---- */

typedef struct EventWalk { StoreEventFn fn; void *ud; } EventWalk;

static bool store_event_row(sqlite3_stmt *stmt, void *ctx)
{
    EventWalk *w = ctx;
    return w->fn(w->ud, sqlite3_column_int64(stmt, 0), sqlite3_column_double(stmt, 1), col_text(stmt, 2),
                 col_text(stmt, 3));
}

bool store_events_foreach(Store *st, int64_t run_id, StoreEventFn fn, void *ud)
{
    EventWalk w = {fn, ud};
    return store_run_rows_walk(st, STORE_STMT_EVENTS_SELECT, run_id, "cannot read events", store_event_row, &w);
}

typedef struct EventRowWalk { StoreEventRowFn fn; void *ud; } EventRowWalk;

static bool store_event_full_row(sqlite3_stmt *stmt, void *ctx)
{
    EventRowWalk *w = ctx;
    StoreEventRow ev = {
        .seq = sqlite3_column_int64(stmt, 0),
        .t_run = sqlite3_column_double(stmt, 1),
        .t_wall = sqlite3_column_double(stmt, 2),
        .kind = col_text(stmt, 3),
        .data = col_text(stmt, 4),
        .data_len = (size_t)sqlite3_column_bytes(stmt, 4),
        .hash = col_text(stmt, 5),
    };
    return w->fn(w->ud, &ev);
}

bool store_event_rows_foreach(Store *st, int64_t run_id, StoreEventRowFn fn, void *ud)
{
    sqlite3_stmt *stmt = store_prepare(
        st, "SELECT seq, t_run, t_wall, kind, data, hash FROM events WHERE run_id = ?1 ORDER BY seq",
        "cannot read events");
    if (!stmt) return false;
    sqlite3_bind_int64(stmt, 1, run_id);
    EventRowWalk w = {fn, ud};
    return store_rows_walk(st, stmt, "cannot read events", store_event_full_row, &w);
}

int64_t store_event_count(Store *st, int64_t run_id)
{
    sqlite3_stmt *stmt = store_prepare(st, "SELECT COUNT(*) FROM events WHERE run_id = ?1", "cannot count events");
    if (!stmt) return -1;
    sqlite3_bind_int64(stmt, 1, run_id);
    int64_t n = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW) n = sqlite3_column_int64(stmt, 0);
    else store_error_db(st, "cannot count events");
    sqlite3_finalize(stmt);
    return n;
}

/* ---- runs ---- */

typedef struct RunWalk { StoreRunFn fn; void *ud; } RunWalk;

static bool store_run_row(sqlite3_stmt *stmt, void *ctx)
{
    RunWalk *w = ctx;
    StoreRunRow r = {
        .id = sqlite3_column_int64(stmt, 0),
        .scenario_id = col_text(stmt, 1),
        .scenario_title = col_text(stmt, 2),
        .scenario_hash = col_text(stmt, 3),
        .learner = col_text(stmt, 4),
        .mode = col_text(stmt, 5),
        .sandbox = col_text(stmt, 6),
        .llm = col_text(stmt, 7),
        .started_at = sqlite3_column_double(stmt, 8),
        .ended_at = sqlite3_column_double(stmt, 9),
        .outcome = col_text(stmt, 10),
        .score = sqlite3_column_double(stmt, 11),
        .max = sqlite3_column_double(stmt, 12),
        .percent = sqlite3_column_double(stmt, 13),
        .reason = col_text(stmt, 14),
        .scenario_version = col_text(stmt, 15),
        .active_seconds = sqlite3_column_double(stmt, 16),
        .learner_uid = col_text(stmt, 17),
        .regrade_of = sqlite3_column_int64(stmt, 18),
        .regraded_by = sqlite3_column_int64(stmt, 19),
        .imported = sqlite3_column_int(stmt, 20) != 0,
        .import_flag = col_text(stmt, 21),
    };
    return w->fn(w->ud, &r);
}

/* " AND col IN (?N, ?N+1, ...)" for n values bound from *next on; nothing when n is 0. */
static void store_sql_in_list(Buf *sql, const char *col, int n, int *next)
{
    if (n <= 0) return;
    buf_printf(sql, " AND %s IN (", col);
    for (int i = 0; i < n; i++) buf_printf(sql, "%s?%d", i ? ", " : "", (*next)++);
    buf_puts(sql, ")");
}

static void store_bind_list(sqlite3_stmt *stmt, const char *const *values, int n, int *next)
{
    for (int i = 0; i < n; i++) sqlite3_bind_text(stmt, (*next)++, values[i], -1, SQLITE_STATIC);
}

bool store_runs_foreach(Store *st, const StoreRunFilter *filter, StoreRunFn fn, void *ud)
{
    static const StoreRunFilter any = {0};
    if (!filter) filter = &any;
    Buf sql = {0};
    buf_puts(&sql,
             "SELECT r.id, r.scenario_id, r.scenario_title, r.scenario_hash, l.name, r.mode, r.sandbox,"
             " r.llm, r.started_at, r.ended_at, r.outcome, r.score, r.max, r.percent, r.reason,"
             " r.scenario_version, COALESCE((SELECT t_run FROM events WHERE run_id = r.id ORDER BY seq DESC LIMIT 1)"
             " - (SELECT t_run FROM events WHERE run_id = r.id ORDER BY seq LIMIT 1), 0), l.uid, r.regrade_of,"
             " (SELECT MAX(g.id) FROM runs g WHERE g.regrade_of = r.id AND g.outcome IS NOT NULL"
             " AND g.outcome <> 'infra_error'), i.run_id IS NOT NULL, i.flag"
             " FROM runs r LEFT JOIN learners l ON l.id = r.learner_id LEFT JOIN run_imports i ON i.run_id = r.id"
             " WHERE (?1 = 0 OR r.id = ?1) AND (?2 IS NULL OR l.name = ?2)"
             " AND (?3 IS NULL OR r.scenario_id = ?3) AND (?4 = 0 OR r.ended_at IS NULL)"
             " AND (?5 = 0 OR r.started_at >= ?5) AND (?6 = 0 OR r.started_at < ?6)"
             " AND (?7 = 0 OR r.mode NOT IN ('demo', 'regrade'))");
    int next = 8;
    store_sql_in_list(&sql, "l.name", filter->n_learners, &next);
    store_sql_in_list(&sql, "r.scenario_id", filter->n_scenarios, &next);
    if (filter->n_cohorts > 0) {
        buf_puts(&sql, " AND r.learner_id IN (SELECT m.learner_id FROM cohort_members m"
                       " JOIN cohorts c ON c.id = m.cohort_id WHERE 1");
        store_sql_in_list(&sql, "c.name", filter->n_cohorts, &next);
        buf_puts(&sql, ")");
    }
    store_sql_in_list(&sql, "r.id", filter->n_run_ids, &next);
    buf_puts(&sql, " ORDER BY r.id");
    sqlite3_stmt *stmt = store_prepare(st, sql.data, "cannot read runs");
    buf_free(&sql);
    if (!stmt) return false;
    sqlite3_bind_int64(stmt, 1, filter->run_id);
    if (filter->learner) sqlite3_bind_text(stmt, 2, filter->learner, -1, SQLITE_STATIC);
    if (filter->scenario_id) sqlite3_bind_text(stmt, 3, filter->scenario_id, -1, SQLITE_STATIC);
    sqlite3_bind_int(stmt, 4, filter->open_only ? 1 : 0);
    sqlite3_bind_double(stmt, 5, filter->since);
    sqlite3_bind_double(stmt, 6, filter->until);
    sqlite3_bind_int(stmt, 7, filter->exclude_demo ? 1 : 0);
    next = 8;
    store_bind_list(stmt, filter->learners, filter->n_learners, &next);
    store_bind_list(stmt, filter->scenarios, filter->n_scenarios, &next);
    store_bind_list(stmt, filter->cohorts, filter->n_cohorts, &next);
    for (int i = 0; i < filter->n_run_ids; i++) sqlite3_bind_int64(stmt, next++, filter->run_ids[i]);
    RunWalk w = {fn, ud};
    return store_rows_walk(st, stmt, "cannot read runs", store_run_row, &w);
}

/* ---- results ---- */

typedef struct ResultWalk { StoreResultFn fn; void *ud; } ResultWalk;

static bool store_result_row(sqlite3_stmt *stmt, void *ctx)
{
    ResultWalk *w = ctx;
    StoreResultLine l = {
        .kind = col_text(stmt, 0),
        .item_id = col_text(stmt, 1),
        .task = col_text(stmt, 2),
        .label = col_text(stmt, 3),
        .skill = col_text(stmt, 4),
        .points = sqlite3_column_double(stmt, 5),
        .max = sqlite3_column_double(stmt, 6),
        .passed = sqlite3_column_int(stmt, 7) != 0,
        .feedback = col_text(stmt, 8),
    };
    return w->fn(w->ud, &l);
}

bool store_results_foreach(Store *st, int64_t run_id, StoreResultFn fn, void *ud)
{
    ResultWalk w = {fn, ud};
    return store_run_rows_walk(st, STORE_STMT_RESULTS_SELECT, run_id, "cannot read results", store_result_row, &w);
}

/* ---- LLM calls ---- */

typedef struct LlmWalk { StoreLlmCallFn fn; void *ud; } LlmWalk;

static bool store_llm_row(sqlite3_stmt *stmt, void *ctx)
{
    LlmWalk *w = ctx;
    StoreLlmCall c = {
        .who = col_text(stmt, 0),
        .model = col_text(stmt, 1),
        .input_tokens = sqlite3_column_int64(stmt, 2),
        .output_tokens = sqlite3_column_int64(stmt, 3),
        .cache_read_tokens = sqlite3_column_int64(stmt, 4),
        .cache_write_tokens = sqlite3_column_int64(stmt, 5),
        .cost_usd = sqlite3_column_double(stmt, 6),
        .latency_ms = sqlite3_column_double(stmt, 7),
        .request_id = col_text(stmt, 8),
        .http_status = sqlite3_column_int(stmt, 9),
        .error = col_text(stmt, 10),
    };
    return w->fn(w->ud, &c);
}

bool store_llm_calls_foreach(Store *st, int64_t run_id, StoreLlmCallFn fn, void *ud)
{
    LlmWalk w = {fn, ud};
    return store_run_rows_walk(st, STORE_STMT_LLM_SELECT, run_id, "cannot read LLM calls", store_llm_row, &w);
}

/* ---- identity ---- */

char *store_database_id(Store *st)
{
    sqlite3_stmt *stmt = store_prepare(st, "SELECT value FROM worksim_meta WHERE key = 'database_id'",
                                       "cannot read the database id");
    if (!stmt) return NULL;
    char *id = NULL;
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) id = xstrdup(col_text(stmt, 0));
    else if (rc == SQLITE_DONE) store_error_set(st, "%s: the database has no id", st->path);
    else store_error_db(st, "cannot read the database id");
    sqlite3_finalize(stmt);
    return id;
}
