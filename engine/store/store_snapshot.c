/* store_snapshot.c: the final workspace snapshot each graded run keeps (table run_snapshots,
 * migration 5) so it can be re-graded later, and the link from a regrade run to the run it
 * graded again (runs.regrade_of). The archive is stored as a blob in the database so it
 * travels with the run's events and results. */
#include "store/store_internal.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

static void bind_text_or_null(sqlite3_stmt *stmt, int i, const char *text)
{
    if (text) sqlite3_bind_text(stmt, i, text, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(stmt, i);
}

bool store_snapshot_put(Store *st, int64_t run_id, const StoreSnapshot *snap)
{
    bool has_data = snap->data != NULL;
    if (has_data == (snap->missing != NULL)) {
        store_error_set(st, "run %lld: a snapshot is either an archive or the reason there is none",
                        (long long)run_id);
        return false;
    }
    sqlite3_stmt *stmt = store_prepare(st,
                                       "INSERT OR REPLACE INTO run_snapshots"
                                       "(run_id, format, sha256, size, data, missing, taken_at)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                       "cannot store the workspace snapshot");
    if (!stmt) return false;
    sqlite3_bind_int64(stmt, 1, run_id);
    bind_text_or_null(stmt, 2, has_data ? snap->format : NULL);
    bind_text_or_null(stmt, 3, has_data ? snap->sha256 : NULL);
    if (has_data) {
        sqlite3_bind_int64(stmt, 4, (sqlite3_int64)snap->len);
        sqlite3_bind_blob64(stmt, 5, snap->data, (sqlite3_uint64)snap->len, SQLITE_STATIC);
    } else {
        sqlite3_bind_null(stmt, 4);
        sqlite3_bind_null(stmt, 5);
    }
    bind_text_or_null(stmt, 6, snap->missing);
    sqlite3_bind_double(stmt, 7, snap->taken_at > 0 ? snap->taken_at : util_wall_seconds());
    bool ok = sqlite3_step(stmt) == SQLITE_DONE;
    if (!ok) store_error_db(st, "cannot store the workspace snapshot");
    sqlite3_finalize(stmt);
    return ok;
}

static char *column_strdup(sqlite3_stmt *stmt, int i)
{
    const unsigned char *text = sqlite3_column_text(stmt, i);
    return text ? xstrdup((const char *)text) : NULL;
}

int store_snapshot_get(Store *st, int64_t run_id, StoreSnapshot *out)
{
    memset(out, 0, sizeof *out);
    sqlite3_stmt *stmt = store_prepare(st,
                                       "SELECT format, sha256, data, missing, taken_at FROM run_snapshots"
                                       " WHERE run_id = ?1",
                                       "cannot read the workspace snapshot");
    if (!stmt) return -1;
    sqlite3_bind_int64(stmt, 1, run_id);
    int rc = sqlite3_step(stmt), found = 0;
    if (rc == SQLITE_ROW) {
        found = 1;
        out->format = column_strdup(stmt, 0);
        out->sha256 = column_strdup(stmt, 1);
        const void *blob = sqlite3_column_blob(stmt, 2);
        out->len = (size_t)sqlite3_column_bytes(stmt, 2);
        if (blob) {
            out->data = xmalloc(out->len + 1);
            memcpy(out->data, blob, out->len);
        }
        out->missing = column_strdup(stmt, 3);
        out->taken_at = sqlite3_column_double(stmt, 4);
    } else if (rc != SQLITE_DONE) {
        found = -1;
        store_error_db(st, "cannot read the workspace snapshot");
    }
    sqlite3_finalize(stmt);
    return found;
}

void store_snapshot_clear(StoreSnapshot *snap)
{
    free(snap->format);
    free(snap->sha256);
    free(snap->data);
    free(snap->missing);
    memset(snap, 0, sizeof *snap);
}

bool store_run_set_regrade_of(Store *st, int64_t run_id, int64_t original)
{
    sqlite3_stmt *stmt = store_prepare(st, "UPDATE runs SET regrade_of = ?2 WHERE id = ?1",
                                       "cannot link the regrade to its run");
    if (!stmt) return false;
    sqlite3_bind_int64(stmt, 1, run_id);
    sqlite3_bind_int64(stmt, 2, original);
    bool ok = sqlite3_step(stmt) == SQLITE_DONE;
    if (!ok) store_error_db(st, "cannot link the regrade to its run");
    else if (sqlite3_changes(st->db) != 1) {
        store_error_set(st, "run %lld: cannot link the regrade: no such run", (long long)run_id);
        ok = false;
    }
    sqlite3_finalize(stmt);
    return ok;
}

int64_t store_run_regrade_of(Store *st, int64_t run_id)
{
    sqlite3_stmt *stmt = store_prepare(st, "SELECT COALESCE(regrade_of, 0) FROM runs WHERE id = ?1",
                                       "cannot read the run");
    if (!stmt) return -1;
    sqlite3_bind_int64(stmt, 1, run_id);
    int rc = sqlite3_step(stmt);
    int64_t of = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : rc == SQLITE_DONE ? 0 : -1;
    if (of < 0) store_error_db(st, "cannot read the run");
    sqlite3_finalize(stmt);
    return of;
}
