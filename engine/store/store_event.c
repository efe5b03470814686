/* store_event.c: appends run events. Each event is its own autocommit transaction, written
 * before its effect is shown, so a crash loses at most the event being written. Seqs count
 * 1, 2, 3... per run: the next seq of the runs this connection writes is cached, and when
 * another connection appended in between, the insert hits the primary key and is retried
 * with MAX(seq) + 1, read inside the insert's own write transaction. */
#define _POSIX_C_SOURCE 200809L
#include "store/store_internal.h"

#include "base/util.h"

static StoreSeqSlot *store_seq_slot(Store *st, int64_t run_id)
{
    if (run_id <= 0) return NULL;                   /* 0 marks a free slot; no such runs */
    for (int i = 0; i < STORE_SEQ_SLOTS; i++)
        if (st->seq_cache[i].run_id == run_id) return &st->seq_cache[i];
    return NULL;
}

void store_seq_remember(Store *st, int64_t run_id, int64_t next)
{
    if (run_id <= 0) return;
    StoreSeqSlot *slot = store_seq_slot(st, run_id);
    if (!slot) {
        slot = &st->seq_cache[st->seq_victim];
        st->seq_victim = (st->seq_victim + 1) % STORE_SEQ_SLOTS;
        slot->run_id = run_id;
    }
    slot->next = next;
}

static void store_event_error(Store *st, int64_t run_id, const char *kind, int rc)
{
    if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        store_error_set(st, "run %lld: cannot append event \"%s\": no such run", (long long)run_id, kind);
    else
        store_error_set(st, "run %lld: cannot append event \"%s\": %s", (long long)run_id, kind,
                        sqlite3_errmsg(st->db));
}

static void store_event_bind(sqlite3_stmt *stmt, int64_t run_id, double t_run, const char *kind,
                             const char *data_json)
{
    sqlite3_bind_int64(stmt, 1, run_id);
    sqlite3_bind_double(stmt, 2, t_run);
    sqlite3_bind_double(stmt, 3, util_wall_seconds());
    sqlite3_bind_text(stmt, 4, kind, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 5, data_json, -1, SQLITE_STATIC);
}

/* The insert at the cached seq: SQLITE_DONE, SQLITE_CONSTRAINT_PRIMARYKEY when another
 * connection took that seq, or another error code. */
static int store_event_insert_at(Store *st, StoreSeqSlot *slot, int64_t run_id, double t_run,
                                 const char *kind, const char *data_json)
{
    sqlite3_stmt *stmt = store_stmt_get(st, STORE_STMT_EVENT_INSERT_AT);
    if (!stmt) return SQLITE_ERROR;
    store_event_bind(stmt, run_id, t_run, kind, data_json);
    sqlite3_bind_int64(stmt, 6, slot->next);
    int rc = sqlite3_step(stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_CONSTRAINT_PRIMARYKEY) store_event_error(st, run_id, kind, rc);
    sqlite3_reset(stmt);
    if (rc == SQLITE_DONE) slot->next++;
    return rc;
}

/* The insert at MAX(seq) + 1, which then caches the seq after it. */
static bool store_event_insert_next(Store *st, int64_t run_id, double t_run, const char *kind,
                                    const char *data_json)
{
    sqlite3_stmt *stmt = store_stmt_get(st, STORE_STMT_EVENT_INSERT);
    if (!stmt) return false;
    store_event_bind(stmt, run_id, t_run, kind, data_json);
    int64_t seq = 0;
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        seq = sqlite3_column_int64(stmt, 0);
        rc = sqlite3_step(stmt);                    /* SQLITE_DONE commits */
    }
    if (rc != SQLITE_DONE) store_event_error(st, run_id, kind, rc);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE) return false;
    store_seq_remember(st, run_id, seq + 1);
    return true;
}

bool store_event_append(Store *st, int64_t run_id, double t_run, const char *kind, const char *data_json)
{
    if (!kind || !*kind) {
        store_error_set(st, "run %lld: an event needs a kind", (long long)run_id);
        return false;
    }
    if (!data_json) data_json = "{}";
    if (!store_json_is_object(data_json)) {
        store_error_set(st, "run %lld: event \"%s\": data is not a JSON object", (long long)run_id, kind);
        return false;
    }
    /* Events are never deleted and every writer appends at MAX(seq) + 1, so seqs 1..MAX all
     * exist and a cached next seq is either MAX + 1 or already taken: never a gap. */
    StoreSeqSlot *slot = store_seq_slot(st, run_id);
    if (slot) {
        int rc = store_event_insert_at(st, slot, run_id, t_run, kind, data_json);
        if (rc == SQLITE_DONE) return true;
        if (rc != SQLITE_CONSTRAINT_PRIMARYKEY) return false;
    }
    return store_event_insert_next(st, run_id, t_run, kind, data_json);
}
