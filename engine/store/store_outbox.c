/* store_outbox.c: the xAPI outbox `worksim sync` keeps in the database (migration 5): which
 * finished runs still lack a statement for an LRS (the attempts, neither demo nor regrade, and
 * the regrades of those attempts that gave a verdict: a regrade is a statement of its own),
 * queuing their statements, reading them back and recording what the LRS answered. Rows are keyed by (LRS, run): syncing to a
 * second LRS sends everything again, to the same one never twice. */
#include "store/store_internal.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

typedef struct IdList {
    int64_t *ids;
    int n, cap;
} IdList;

static bool id_row(sqlite3_stmt *stmt, void *ctx)
{
    IdList *l = ctx;
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        l->ids = xrealloc(l->ids, (size_t)l->cap * sizeof *l->ids);
    }
    l->ids[l->n++] = sqlite3_column_int64(stmt, 0);
    return true;
}

bool store_outbox_missing_runs(Store *st, const char *lrs, int64_t **ids, int *n)
{
    *ids = NULL;
    *n = 0;
    sqlite3_stmt *stmt = store_prepare(st,
                                       "SELECT r.id FROM runs r WHERE r.ended_at IS NOT NULL AND r.outcome IS NOT NULL"
                                       " AND (r.mode NOT IN ('demo', 'regrade') OR (r.mode = 'regrade'"
                                       " AND r.outcome <> 'infra_error' AND (SELECT a.mode FROM runs a"
                                       " WHERE a.id = r.regrade_of) NOT IN ('demo', 'regrade')))"
                                       " AND NOT EXISTS (SELECT 1 FROM xapi_outbox o"
                                       " WHERE o.lrs = ?1 AND o.run_id = r.id) ORDER BY r.id",
                                       "cannot find runs to queue");
    if (!stmt) return false;
    sqlite3_bind_text(stmt, 1, lrs, -1, SQLITE_STATIC);
    IdList l = {0};
    if (!store_rows_walk(st, stmt, "cannot find runs to queue", id_row, &l)) {
        free(l.ids);
        return false;
    }
    *ids = l.ids;
    *n = l.n;
    return true;
}

/* Steps a one-off write statement once and resets it; false (error set) on failure. */
static bool outbox_step(Store *st, sqlite3_stmt *stmt, const char *what)
{
    int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? true : store_error_db(st, what);
}

/* Binds (bind(stmt, i)) and steps stmt for each i below n, all in one transaction; finalizes stmt. */
static bool outbox_write_all(Store *st, sqlite3_stmt *stmt, int n, void (*bind)(sqlite3_stmt *stmt, int i, void *ctx),
                             void *ctx, const char *what)
{
    if (!stmt) return false;
    bool ok = store_tx(st, STORE_STMT_BEGIN, what);
    for (int i = 0; ok && i < n; i++) {
        bind(stmt, i, ctx);
        ok = outbox_step(st, stmt, what);
    }
    sqlite3_finalize(stmt);
    if (ok) ok = store_tx(st, STORE_STMT_COMMIT, what);
    if (!ok) store_tx_rollback(st);
    return ok;
}

static void bind_item(sqlite3_stmt *stmt, int i, void *ctx)
{
    const StoreOutboxItem *item = (const StoreOutboxItem *)ctx + i;
    sqlite3_bind_int64(stmt, 2, item->run_id);
    sqlite3_bind_text(stmt, 3, item->statement_id, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 4, item->statement, -1, SQLITE_STATIC);
}

bool store_outbox_add(Store *st, const char *lrs, const StoreOutboxItem *items, int n)
{
    sqlite3_stmt *stmt = store_prepare(st,
                                       "INSERT INTO xapi_outbox(lrs, run_id, statement_id, statement, queued_at)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
                                       "cannot queue statements");
    if (stmt) {
        sqlite3_bind_text(stmt, 1, lrs, -1, SQLITE_STATIC);
        sqlite3_bind_double(stmt, 5, util_wall_seconds());
    }
    return outbox_write_all(st, stmt, n, bind_item, (void *)items, "cannot queue statements");
}

typedef struct OutboxWalk { StoreOutboxFn fn; void *ud; } OutboxWalk;

static bool outbox_row(sqlite3_stmt *stmt, void *ctx)
{
    OutboxWalk *w = ctx;
    StoreOutboxRow r = {
        .run_id = sqlite3_column_int64(stmt, 0),
        .statement_id = (const char *)sqlite3_column_text(stmt, 1),
        .statement = (const char *)sqlite3_column_text(stmt, 2),
        .state = (const char *)sqlite3_column_text(stmt, 3),
        .attempts = sqlite3_column_int64(stmt, 4),
        .http_status = sqlite3_column_int(stmt, 5),
        .last_error = (const char *)sqlite3_column_text(stmt, 6),
    };
    return w->fn(w->ud, &r);
}

bool store_outbox_foreach(Store *st, const char *lrs, bool pending_only, StoreOutboxFn fn, void *ud)
{
    sqlite3_stmt *stmt = store_prepare(st,
                                       "SELECT run_id, statement_id, statement, state, attempts, http_status, last_error"
                                       " FROM xapi_outbox WHERE lrs = ?1 AND (?2 = 0 OR state = 'pending') ORDER BY run_id",
                                       "cannot read the outbox");
    if (!stmt) return false;
    sqlite3_bind_text(stmt, 1, lrs, -1, SQLITE_STATIC);
    sqlite3_bind_int(stmt, 2, pending_only ? 1 : 0);
    OutboxWalk w = {fn, ud};
    return store_rows_walk(st, stmt, "cannot read the outbox", outbox_row, &w);
}

static void bind_statement_id(sqlite3_stmt *stmt, int i, void *ctx)
{
    sqlite3_bind_text(stmt, 2, ((const char *const *)ctx)[i], -1, SQLITE_STATIC);
}

bool store_outbox_mark(Store *st, const char *lrs, const char *const *statement_ids, int n,
                       const char *delivered_state, int http_status, const char *error)
{
    if (delivered_state && strcmp(delivered_state, "sent") != 0 && strcmp(delivered_state, "already_there") != 0) {
        store_error_set(st, "outbox: unknown delivery state '%s'", delivered_state);
        return false;
    }
    sqlite3_stmt *stmt = store_prepare(st,
                                       "UPDATE xapi_outbox SET state = COALESCE(?3, 'pending'),"
                                       " attempts = attempts + (?3 IS NULL), http_status = ?4,"
                                       " last_error = ?5, delivered_at = CASE WHEN ?3 IS NULL THEN NULL ELSE ?6 END"
                                       " WHERE lrs = ?1 AND statement_id = ?2 AND state = 'pending'",
                                       "cannot update the outbox");
    if (stmt) {
        sqlite3_bind_text(stmt, 1, lrs, -1, SQLITE_STATIC);
        if (delivered_state) sqlite3_bind_text(stmt, 3, delivered_state, -1, SQLITE_STATIC);
        if (http_status > 0) sqlite3_bind_int(stmt, 4, http_status);
        if (error) sqlite3_bind_text(stmt, 5, error, -1, SQLITE_STATIC);
        sqlite3_bind_double(stmt, 6, util_wall_seconds());
    }
    return outbox_write_all(st, stmt, n, bind_statement_id, (void *)statement_ids, "cannot update the outbox");
}
