/* store_resume.c: what resuming needs from the database (DESIGN §8): the runs a killed engine
 * left open (their owner process is gone), where each one's log stopped, and handing a run
 * over to the process that resumes it. A run whose owner still runs is never offered. */
#define _POSIX_C_SOURCE 200809L
#include "store/store_internal.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

bool store_run_last_event(Store *st, int64_t run_id, double *t_wall, double *t_run)
{
    sqlite3_stmt *stmt = NULL;
    *t_wall = *t_run = 0;
    if (sqlite3_prepare_v2(st->db, "SELECT t_wall, t_run FROM events WHERE run_id = ?1 ORDER BY seq DESC LIMIT 1",
                           -1, &stmt, NULL) != SQLITE_OK)
        return store_error_db(st, "cannot read the run's last event");
    sqlite3_bind_int64(stmt, 1, run_id);
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        *t_wall = sqlite3_column_double(stmt, 0);
        *t_run = sqlite3_column_double(stmt, 1);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return store_error_db(st, "cannot read the run's last event");
    return true;
}

bool store_interrupted_runs_foreach(Store *st, const char *learner, StoreInterruptedFn fn, void *ud)
{
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v2(st->db,
                           "SELECT r.id, r.scenario_id, r.scenario_title, l.name, r.mode, r.owner, r.started_at,"
                           " (SELECT t_wall FROM events e WHERE e.run_id = r.id ORDER BY seq DESC LIMIT 1),"
                           " (SELECT t_run FROM events e WHERE e.run_id = r.id ORDER BY seq DESC LIMIT 1)"
                           " FROM runs r LEFT JOIN learners l ON l.id = r.learner_id"
                           " WHERE r.ended_at IS NULL AND (?1 IS NULL OR l.name = ?1) ORDER BY r.id DESC",
                           -1, &stmt, NULL) != SQLITE_OK)
        return store_error_db(st, "cannot list interrupted runs");
    if (learner) sqlite3_bind_text(stmt, 1, learner, -1, SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const char *owner = (const char *)sqlite3_column_text(stmt, 5);
        if (owner && store_owner_alive(owner)) continue;   /* a live run, maybe this process's */
        StoreInterruptedRun r = {
            .id = sqlite3_column_int64(stmt, 0),
            .scenario_id = (const char *)sqlite3_column_text(stmt, 1),
            .scenario_title = (const char *)sqlite3_column_text(stmt, 2),
            .learner = (const char *)sqlite3_column_text(stmt, 3),
            .mode = (const char *)sqlite3_column_text(stmt, 4),
            .started_at = sqlite3_column_double(stmt, 6),
            .last_event_at = sqlite3_column_type(stmt, 7) == SQLITE_NULL ? sqlite3_column_double(stmt, 6)
                                                                          : sqlite3_column_double(stmt, 7),
            .last_t_run = sqlite3_column_double(stmt, 8),
        };
        if (!fn(ud, &r)) break;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return store_error_db(st, "cannot list interrupted runs");
    return true;
}

bool store_run_reopen(Store *st, int64_t run_id)
{
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v2(st->db, "UPDATE runs SET owner = ?2 WHERE id = ?1 AND ended_at IS NULL", -1, &stmt,
                           NULL) != SQLITE_OK)
        return store_error_db(st, "cannot take the run over");
    sqlite3_bind_int64(stmt, 1, run_id);
    sqlite3_bind_text(stmt, 2, st->owner, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) return store_error_db(st, "cannot take the run over");
    if (sqlite3_changes(st->db) != 1) {
        store_error_set(st, "run %lld is not open: it has finished or does not exist", (long long)run_id);
        return false;
    }
    return true;
}

bool store_run_set_ended_at(Store *st, int64_t run_id, double ended_at)
{
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v2(st->db, "UPDATE runs SET ended_at = ?2 WHERE id = ?1 AND ended_at IS NOT NULL", -1,
                           &stmt, NULL) != SQLITE_OK)
        return store_error_db(st, "cannot set the run's end time");
    sqlite3_bind_int64(stmt, 1, run_id);
    sqlite3_bind_double(stmt, 2, ended_at);
    int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) return store_error_db(st, "cannot set the run's end time");
    return true;
}
