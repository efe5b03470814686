/* store_learners.c: the instructor's view of learners (DESIGN §9 `worksim learners`): listing
 * them with their runs and cohorts, renaming (the uid stays), merging two records of one
 * person (runs and cohorts move, the old uid becomes an alias) and cohort membership. Every
 * change is one transaction. */
#include "store/store_internal.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

static sqlite3_stmt *learners_prepare(Store *st, const char *sql)
{
    sqlite3_stmt *stmt = NULL;
    if (sqlite3_prepare_v2(st->db, sql, -1, &stmt, NULL) != SQLITE_OK) {
        store_error_db(st, "cannot prepare a learner statement");
        sqlite3_finalize(stmt);
        return NULL;
    }
    return stmt;
}

/* Runs sql with up to two text parameters (NULL binds nothing); false (error set) on failure. */
static bool learners_exec(Store *st, const char *sql, const char *a, const char *b)
{
    sqlite3_stmt *stmt = learners_prepare(st, sql);
    if (!stmt) return false;
    if (a) sqlite3_bind_text(stmt, 1, a, -1, SQLITE_STATIC);
    if (b) sqlite3_bind_text(stmt, 2, b, -1, SQLITE_STATIC);
    int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return store_error_db(st, "cannot change learners");
    return true;
}

/* The learner id sql (one text parameter) finds for key: 0 when none, -1 on error. */
static int64_t learner_id_query(Store *st, const char *sql, const char *key)
{
    sqlite3_stmt *stmt = learners_prepare(st, sql);
    if (!stmt) return -1;
    sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
    int rc = sqlite3_step(stmt);
    int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : rc == SQLITE_DONE ? 0 : -1;
    if (id < 0) store_error_db(st, "cannot find a learner");
    sqlite3_finalize(stmt);
    return id;
}

static int64_t learner_id_of(Store *st, const char *name)
{
    return learner_id_query(st, "SELECT id FROM learners WHERE name = ?1", name);
}

static bool learners_begin(Store *st)
{
    if (sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return store_error_db(st, "cannot lock the database");
    return true;
}

/* Commits on OK, else rolls back keeping the error; returns result (DB_ERROR if the commit fails). */
static StoreLearnerResult learners_end(Store *st, StoreLearnerResult result)
{
    if (result == STORE_LEARNER_OK) {
        if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK) return STORE_LEARNER_OK;
        store_error_db(st, "cannot commit");
        result = STORE_LEARNER_DB_ERROR;
    }
    if (!sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    return result;
}

static StoreLearnerResult learner_missing(Store *st, const char *name)
{
    store_error_set(st, "no learner is called \"%s\" (see 'worksim learners list')", name);
    return STORE_LEARNER_NO_SUCH;
}

static StoreLearnerResult learner_bad_name(Store *st, const char *name)
{
    const char *problem = store_learner_name_problem(name);
    store_error_set(st, "%s", problem ? problem : "bad learner name");
    return STORE_LEARNER_BAD_NAME;
}

bool store_learners_foreach(Store *st, StoreLearnerFn fn, void *ud)
{
    sqlite3_stmt *stmt = learners_prepare(
        st, "SELECT l.id, l.name, l.uid,"
            " (SELECT count(*) FROM runs r WHERE r.learner_id = l.id AND r.mode NOT IN ('demo', 'regrade')),"
            " COALESCE((SELECT group_concat(name, ',') FROM (SELECT c.name FROM cohort_members m"
            "  JOIN cohorts c ON c.id = m.cohort_id WHERE m.learner_id = l.id ORDER BY c.name)), '')"
            " FROM learners l ORDER BY l.name");
    if (!stmt) return false;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        StoreLearnerRow row = {
            .id = sqlite3_column_int64(stmt, 0),
            .name = (const char *)sqlite3_column_text(stmt, 1),
            .uid = (const char *)sqlite3_column_text(stmt, 2),
            .runs = sqlite3_column_int64(stmt, 3),
            .cohorts = (const char *)sqlite3_column_text(stmt, 4),
        };
        if (!fn(ud, &row)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    bool ok = rc == SQLITE_DONE;
    if (!ok) store_error_db(st, "cannot list learners");
    sqlite3_finalize(stmt);
    return ok;
}

StoreLearnerResult store_learner_rename(Store *st, const char *old_name, const char *new_name)
{
    if (store_learner_name_problem(new_name)) return learner_bad_name(st, new_name);
    if (!learners_begin(st)) return STORE_LEARNER_DB_ERROR;
    int64_t id = learner_id_of(st, old_name), taken = id > 0 ? learner_id_of(st, new_name) : 0;
    StoreLearnerResult result = STORE_LEARNER_OK;
    if (id < 0 || taken < 0) result = STORE_LEARNER_DB_ERROR;
    else if (id == 0) result = learner_missing(st, old_name);
    else if (taken > 0 && taken != id) {
        store_error_set(st, "\"%s\" is another learner already; to make them one, use 'worksim learners merge'", new_name);
        result = STORE_LEARNER_TAKEN;
    } else if (!learners_exec(st, "UPDATE learners SET name = ?2 WHERE name = ?1", old_name, new_name)) {
        result = STORE_LEARNER_DB_ERROR;
    }
    return learners_end(st, result);
}

StoreLearnerResult store_learner_merge(Store *st, const char *from, const char *into)
{
    if (!learners_begin(st)) return STORE_LEARNER_DB_ERROR;
    int64_t from_id = learner_id_of(st, from), into_id = from_id > 0 ? learner_id_of(st, into) : 0;
    StoreLearnerResult result = STORE_LEARNER_OK;
    if (from_id < 0 || into_id < 0) result = STORE_LEARNER_DB_ERROR;
    else if (from_id == 0) result = learner_missing(st, from);
    else if (into_id == 0) result = learner_missing(st, into);
    else if (from_id == into_id) {
        store_error_set(st, "cannot merge \"%s\" into itself", from);
        result = STORE_LEARNER_BAD_NAME;
    } else {
        static const char *const steps[] = {
            "UPDATE runs SET learner_id = (SELECT id FROM learners WHERE name = ?2)"
            " WHERE learner_id = (SELECT id FROM learners WHERE name = ?1)",
            "INSERT OR IGNORE INTO cohort_members(cohort_id, learner_id)"
            " SELECT cohort_id, (SELECT id FROM learners WHERE name = ?2) FROM cohort_members"
            " WHERE learner_id = (SELECT id FROM learners WHERE name = ?1)",
            "DELETE FROM cohort_members WHERE learner_id = (SELECT id FROM learners WHERE name = ?1)",
            "UPDATE learner_aliases SET learner_id = (SELECT id FROM learners WHERE name = ?2)"
            " WHERE learner_id = (SELECT id FROM learners WHERE name = ?1)",
            "INSERT OR REPLACE INTO learner_aliases(uid, learner_id)"
            " SELECT uid, (SELECT id FROM learners WHERE name = ?2) FROM learners WHERE name = ?1 AND uid IS NOT NULL",
            "DELETE FROM learners WHERE name = ?1",
        };
        for (size_t i = 0; i < sizeof steps / sizeof steps[0] && result == STORE_LEARNER_OK; i++)
            if (!learners_exec(st, steps[i], from, into)) result = STORE_LEARNER_DB_ERROR;
    }
    return learners_end(st, result);
}

StoreLearnerResult store_cohort_add(Store *st, const char *cohort, const char *const *learners, int n)
{
    if (store_learner_name_problem(cohort)) {
        store_error_set(st, "a cohort's name must be 1-100 bytes of UTF-8 without control characters");
        return STORE_LEARNER_BAD_NAME;
    }
    for (int i = 0; i < n; i++)
        if (store_learner_name_problem(learners[i])) return learner_bad_name(st, learners[i]);
    if (!learners_begin(st)) return STORE_LEARNER_DB_ERROR;
    StoreLearnerResult result = STORE_LEARNER_OK;
    char *now = xasprintf("%.3f", util_wall_seconds());
    if (!learners_exec(st, "INSERT INTO cohorts(name, created_at) VALUES (?1, ?2) ON CONFLICT(name) DO NOTHING",
                       cohort, now))
        result = STORE_LEARNER_DB_ERROR;
    for (int i = 0; i < n && result == STORE_LEARNER_OK; i++) {
        if (store_learner_ensure(st, learners[i]) < 0 ||
            !learners_exec(st, "INSERT OR IGNORE INTO cohort_members(cohort_id, learner_id) VALUES"
                               " ((SELECT id FROM cohorts WHERE name = ?1), (SELECT id FROM learners WHERE name = ?2))",
                           cohort, learners[i]))
            result = STORE_LEARNER_DB_ERROR;
    }
    free(now);
    return learners_end(st, result);
}

int64_t store_learner_by_uid(Store *st, const char *uid)
{
    return learner_id_query(st, "SELECT id FROM learners WHERE uid = ?1"
                                " UNION ALL SELECT learner_id FROM learner_aliases WHERE uid = ?1 LIMIT 1", uid);
}
