/* store.c: opens the worksim database (folders, pragmas, migrations), caches prepared
 * statements and writes learners, runs, results and LLM calls (DESIGN §8). Events are
 * appended by store_event.c. */
#define _POSIX_C_SOURCE 200809L
#include "store/store_internal.h"

#include "base/utf8.h"
#include "base/util.h"

#include <errno.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* How long a statement waits for another process's lock before failing with SQLITE_BUSY.
 * In WAL mode readers never wait for the writer; this covers concurrent writers (parallel
 * runs) and checkpoints. */
#define STORE_BUSY_TIMEOUT_MS 10000

static const char *const store_stmt_sql[STORE_STMT_COUNT] = {
    /* Both inserts chain the event to the run's previous one (store_chain.c), read in the
     * insert's own write transaction. */
    [STORE_STMT_EVENT_INSERT] =
        "INSERT INTO events(run_id, seq, t_run, t_wall, kind, data, hash)"
        " SELECT ?1, n.seq, ?2, ?3, ?4, ?5, worksim_event_hash(p.hash, n.seq, ?2, ?3, ?4, ?5)"
        " FROM (SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM events WHERE run_id = ?1) n"
        " LEFT JOIN events p ON p.run_id = ?1 AND p.seq = n.seq - 1"
        " RETURNING seq",
    [STORE_STMT_EVENT_INSERT_AT] =
        "INSERT INTO events(run_id, seq, t_run, t_wall, kind, data, hash) VALUES (?1, ?6, ?2, ?3, ?4, ?5,"
        " worksim_event_hash((SELECT hash FROM events WHERE run_id = ?1 AND seq = ?6 - 1), ?6, ?2, ?3, ?4, ?5))",
    [STORE_STMT_LEARNER_INSERT] =
        "INSERT INTO learners(name, created_at) VALUES (?1, ?2) ON CONFLICT(name) DO NOTHING",
    [STORE_STMT_LEARNER_SELECT] = "SELECT id FROM learners WHERE name = ?1",
    [STORE_STMT_RUN_INSERT] =
        "INSERT INTO runs(scenario_id, scenario_title, scenario_hash, learner_id, mode, sandbox,"
        " llm, owner, started_at, scenario_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    [STORE_STMT_RUN_FINISH] =
        "UPDATE runs SET ended_at = ?2, outcome = ?3, score = ?4, max = ?5, percent = ?6,"
        " reason = ?7 WHERE id = ?1",
    [STORE_STMT_RUN_SET_MODE] = "UPDATE runs SET mode = ?2 WHERE id = ?1",
    [STORE_STMT_RESULTS_DELETE] = "DELETE FROM results WHERE run_id = ?1",
    [STORE_STMT_RESULT_INSERT] =
        "INSERT INTO results(run_id, line, kind, item_id, task, label, skill, points, max,"
        " passed, feedback) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    [STORE_STMT_LLM_INSERT] =
        "INSERT INTO llm_calls(run_id, t_wall, who, model, input_tokens, output_tokens,"
        " cache_read_tokens, cache_write_tokens, cost_usd, latency_ms, request_id, http_status,"
        " error) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    [STORE_STMT_BEGIN] = "BEGIN IMMEDIATE",
    [STORE_STMT_COMMIT] = "COMMIT",
    [STORE_STMT_ROLLBACK] = "ROLLBACK",
    [STORE_STMT_EVENTS_SELECT] = "SELECT seq, t_run, kind, data FROM events WHERE run_id = ?1 ORDER BY seq",
    [STORE_STMT_RESULTS_SELECT] =
        "SELECT kind, item_id, task, label, skill, points, max, passed, feedback FROM results WHERE run_id = ?1 ORDER BY line",
    [STORE_STMT_LLM_SELECT] =
        "SELECT who, model, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost_usd, latency_ms,"
        " request_id, http_status, error FROM llm_calls WHERE run_id = ?1 ORDER BY id",
};

/* ---- errors and the statement cache ---- */

void store_error_set(Store *st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvasprintf(fmt, ap);
    va_end(ap);
    free(st->err);
    st->err = msg;
}

bool store_error_db(Store *st, const char *what)
{
    int code = sqlite3_errcode(st->db) & 0xff;
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
        st->corrupt = true;
        store_error_set(st, "%s: %s is corrupt (%s); restore it from a backup", what, st->path, sqlite3_errmsg(st->db));
    } else {
        store_error_set(st, "%s: %s", what, sqlite3_errmsg(st->db));
    }
    return false;
}

bool store_corrupt(Store *st) { return st && st->corrupt; }

const char *store_errmsg(Store *st) { return st && st->err ? st->err : ""; }

sqlite3_stmt *store_stmt_get_idle(Store *st, StoreStmtId id, bool *cached)
{
    *cached = !st->stmts[id] || !sqlite3_stmt_busy(st->stmts[id]);
    return *cached ? store_stmt_get(st, id) : store_prepare(st, store_stmt_sql[id], "cannot prepare a statement");
}

sqlite3_stmt *store_stmt_get(Store *st, StoreStmtId id)
{
    sqlite3_stmt *stmt = st->stmts[id];
    if (!stmt) {
        if (sqlite3_prepare_v3(st->db, store_stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK) {
            store_error_db(st, "cannot prepare a statement");
            sqlite3_finalize(stmt);
            return NULL;
        }
        st->stmts[id] = stmt;
        return stmt;
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return stmt;
}

/* Runs a cached statement that returns no rows; false (error set, prefixed by what). */
static bool store_stmt_done(Store *st, sqlite3_stmt *stmt, const char *what)
{
    int rc = sqlite3_step(stmt);
    bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok) store_error_db(st, what);
    sqlite3_reset(stmt);
    return ok;
}

bool store_tx(Store *st, StoreStmtId id, const char *what)
{
    /* Inside an outer transaction a writer's own BEGIN and COMMIT join it (sqlite does not
     * nest them); its ROLLBACK still undoes everything, and the outer COMMIT then fails. */
    if (st->outer_tx && (id == STORE_STMT_BEGIN || id == STORE_STMT_COMMIT)) return true;
    sqlite3_stmt *stmt = store_stmt_get(st, id);
    return stmt && store_stmt_done(st, stmt, what);
}

void store_tx_rollback(Store *st)
{
    if (sqlite3_get_autocommit(st->db)) return;     /* sqlite already rolled back */
    char *keep = st->err;                            /* keep the error that caused it */
    st->err = NULL;
    store_tx(st, STORE_STMT_ROLLBACK, "rollback");
    free(st->err);
    st->err = keep;
}

static void store_bind_text(sqlite3_stmt *stmt, int i, const char *s)
{
    if (s) sqlite3_bind_text(stmt, i, s, -1, SQLITE_STATIC);
    else sqlite3_bind_null(stmt, i);
}

/* ---- the path ---- */

char *store_default_path(void)
{
    const char *db = getenv("WORKSIM_DB");
    if (db && *db) return xstrdup(db);
    /* The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored. */
    const char *xdg = getenv("XDG_DATA_HOME");
    if (xdg && xdg[0] == '/') return xasprintf("%s/worksim/worksim.db", xdg);
    const char *home = getenv("HOME");
    if (!home || !*home) {
        const struct passwd *pw = getpwuid(getuid());   /* HOME unset, e.g. under some CI runners */
        home = pw && pw->pw_dir && *pw->pw_dir ? pw->pw_dir : NULL;
    }
    if (home) return xasprintf("%s/.local/share/worksim/worksim.db", home);
    return NULL;
}

/* mkdir -p of the folder holding path; created folders get mode 0700. */
static bool store_make_parents(const char *path, char **err)
{
    char *dir = xstrdup(path);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir) {
        free(dir);
        return true;
    }
    *slash = '\0';
    for (char *p = dir + 1;; p++) {
        if (*p != '/' && *p != '\0') continue;
        char saved = *p;
        *p = '\0';
        if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
            *err = xasprintf("%s: cannot create folder %s: %s", path, dir, strerror(errno));
            free(dir);
            return false;
        }
        *p = saved;
        if (saved == '\0') break;
    }
    free(dir);
    return true;
}

/* ---- open and close ---- */

static bool store_pragma_text(sqlite3 *db, const char *sql, char *out, size_t out_size)
{
    sqlite3_stmt *stmt = NULL;
    bool ok = sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW;
    if (ok && out) {
        const unsigned char *t = sqlite3_column_text(stmt, 0);
        snprintf(out, out_size, "%s", t ? (const char *)t : "");
    }
    sqlite3_finalize(stmt);
    return ok;
}

/* PRAGMA journal_mode = WAL into *mode. Leaving the rollback journal needs the file to itself
 * for an instant, and sqlite answers a clash with another process opening the same fresh file
 * (parallel `grade` children) with SQLITE_BUSY at once, bypassing the busy handler; so a busy
 * answer is retried, with a growing pause, for as long as any statement would wait. */
static bool store_switch_to_wal(sqlite3 *db, char *mode, size_t mode_size)
{
    double give_up = util_monotonic_seconds() + STORE_BUSY_TIMEOUT_MS / 1000.0;
    long pause_us = 1000;
    for (;;) {
        if (store_pragma_text(db, "PRAGMA journal_mode = WAL", mode, mode_size)) return true;
        if ((sqlite3_errcode(db) & 0xff) != SQLITE_BUSY || util_monotonic_seconds() >= give_up) return false;
        struct timespec pause = {0, pause_us * 1000};
        nanosleep(&pause, NULL);
        if (pause_us < 32000) pause_us *= 2;
    }
}

Store *store_open(const char *path, char **err) { return store_open_checked(path, false, NULL, err); }

/* The failure kind of the connection's last error. */
static StoreOpenFailure store_open_failure(sqlite3 *db)
{
    int code = db ? sqlite3_errcode(db) & 0xff : SQLITE_ERROR;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB ? STORE_OPEN_CORRUPT : STORE_OPEN_ERROR;
}

Store *store_open_checked(const char *path, bool must_exist, StoreOpenFailure *why, char **err)
{
    char *local_err = NULL;
    StoreOpenFailure local_why;
    if (!err) err = &local_err;
    if (!why) why = &local_why;
    *err = NULL;
    *why = STORE_OPEN_ERROR;
    if (!path || !*path) {
        *err = xstrdup("no database path given");
        return NULL;
    }
    bool in_memory = strcmp(path, ":memory:") == 0;
    struct stat sb;
    if (must_exist && !in_memory && stat(path, &sb) != 0) {
        *why = STORE_OPEN_MISSING;
        *err = xasprintf("%s: no such database (nothing recorded there yet; --db or WORKSIM_DB names another)", path);
        return NULL;
    }
    if (!in_memory && !must_exist && !store_make_parents(path, err)) return NULL;

    Store *st = xcalloc(1, sizeof *st);
    st->path = xstrdup(path);
    int rc = sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | (must_exist ? 0 : SQLITE_OPEN_CREATE),
                             store_vfs_name());
    if (rc != SQLITE_OK) {
        *err = xasprintf("%s: cannot open the database: %s", path,
                         st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc));
        goto fail;
    }
    sqlite3_extended_result_codes(st->db, 1);
    if (!store_chain_register(st->db)) {
        *err = xasprintf("%s: cannot register the event hash function: %s", path, sqlite3_errmsg(st->db));
        goto fail;
    }
    sqlite3_busy_timeout(st->db, STORE_BUSY_TIMEOUT_MS);

    /* Refuse another application's file and a newer schema before changing anything in the
     * file (even its journal mode). */
    StoreOwner owner = store_schema_owner(st->db, path, err);
    if (owner == STORE_OWNER_FOREIGN) *why = STORE_OPEN_NOT_OURS;
    if (owner == STORE_OWNER_FOREIGN || owner == STORE_OWNER_UNREADABLE) goto fail;
    int version = store_schema_version_read(st->db, path, err);
    if (version < 0) goto fail;
    if (version > store_schema_latest()) {
        int applied;
        store_schema_migrate(st->db, path, &applied, err);   /* fails with the one-line message */
        goto fail;
    }

    char mode[32] = "";
    if (!store_switch_to_wal(st->db, mode, sizeof mode) || (strcmp(mode, "wal") != 0 && !in_memory)) {
        *err = xasprintf("%s: cannot switch the database to WAL mode (got \"%s\"): %s", path, mode,
                         sqlite3_errmsg(st->db));
        goto fail;
    }
    /* synchronous=NORMAL in WAL: every commit is in the WAL file (the OS page cache) before
     * sqlite3_step returns, so each event survives a crash of this process; only a power
     * loss or kernel crash can roll back the last few commits, never corrupt the file. */
    /* A checkpoint costs two fdatasyncs whatever its size; every 4000 pages (a 16 MB WAL,
     * sqlite's default is 1000) a burst of events pays for a quarter as many. Readers are
     * unaffected. What a power loss can take is bounded at the engine's pace (a few events
     * a second) by the kernel's own writeback (about 30 s), long before either size. */
    if (sqlite3_exec(st->db, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 4000",
                     NULL, NULL, NULL) != SQLITE_OK) {
        *err = xasprintf("%s: cannot set pragmas: %s", path, sqlite3_errmsg(st->db));
        goto fail;
    }
    if (!store_schema_migrate(st->db, path, &st->migrations_applied, err)) goto fail;
    st->owner = store_owner_self();
    st->err = xstrdup("");
    *why = STORE_OPEN_OK;
    return st;

fail:
    if (*why == STORE_OPEN_ERROR) *why = store_open_failure(st->db);
    store_close(st);
    if (err == &local_err) free(local_err);
    return NULL;
}

void store_close(Store *st)
{
    if (!st) return;
    for (int i = 0; i < STORE_STMT_COUNT; i++) sqlite3_finalize(st->stmts[i]);
    sqlite3_close(st->db);
    free(st->path);
    free(st->err);
    free(st->owner);
    free(st);
}

int store_schema_version(Store *st)
{
    char *err = NULL;
    int v = store_schema_version_read(st->db, st->path, &err);
    if (v < 0) {
        store_error_set(st, "%s", err);
        free(err);
    }
    return v;
}

int store_migrations_applied(Store *st) { return st->migrations_applied; }

/* ---- writers ---- */

const char *store_learner_name_problem(const char *name)
{
    if (!name || !*name) return "a learner needs a name (it must not be empty)";
    size_t len = strlen(name);
    if (len > STORE_LEARNER_NAME_MAX) return "a learner's name holds at most 100 bytes";
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)name[i];
        if (c < 0x20 || c == 0x7f) return "a learner's name must not contain control characters";
        size_t n = utf8_valid_len(name + i, len - i);
        if (n == 0) return "a learner's name must be valid UTF-8";
        if (n == 2 && c == 0xc2 && (unsigned char)name[i + 1] < 0xa0) return "a learner's name must not contain control characters";
        i += n;
    }
    return NULL;
}

int64_t store_learner_ensure(Store *st, const char *name)
{
    const char *problem = store_learner_name_problem(name);
    if (problem) {
        store_error_set(st, "%s", problem);
        return -1;
    }
    sqlite3_stmt *ins = store_stmt_get(st, STORE_STMT_LEARNER_INSERT);
    if (!ins) return -1;
    store_bind_text(ins, 1, name);
    sqlite3_bind_double(ins, 2, util_wall_seconds());
    if (!store_stmt_done(st, ins, "cannot add the learner")) return -1;
    sqlite3_stmt *sel = store_stmt_get(st, STORE_STMT_LEARNER_SELECT);
    if (!sel) return -1;
    store_bind_text(sel, 1, name);
    int64_t id = -1;
    if (sqlite3_step(sel) == SQLITE_ROW) id = sqlite3_column_int64(sel, 0);
    else store_error_db(st, "cannot find the learner");
    sqlite3_reset(sel);
    return id;
}

int64_t store_run_begin(Store *st, const StoreRunInfo *info)
{
    if (!info || !info->scenario_id || !*info->scenario_id) {
        store_error_set(st, "a run needs a scenario id");
        return -1;
    }
    const char *mode = info->mode ? info->mode : "run";
    if (!store_mode_valid(mode)) {
        store_error_set(st, "a run's mode must be play, run, grade, demo or regrade, not \"%s\"", mode);
        return -1;
    }
    if (!store_tx(st, STORE_STMT_BEGIN, "cannot begin a run")) return -1;
    int64_t learner_id = 0;
    if (info->learner) {
        learner_id = store_learner_ensure(st, info->learner);
        if (learner_id < 0) goto fail;
    }
    sqlite3_stmt *stmt = store_stmt_get(st, STORE_STMT_RUN_INSERT);
    if (!stmt) goto fail;
    store_bind_text(stmt, 1, info->scenario_id);
    store_bind_text(stmt, 2, info->scenario_title);
    store_bind_text(stmt, 3, info->scenario_hash);
    if (info->learner) sqlite3_bind_int64(stmt, 4, learner_id);
    store_bind_text(stmt, 5, mode);
    store_bind_text(stmt, 6, info->sandbox);
    store_bind_text(stmt, 7, info->llm);
    store_bind_text(stmt, 8, st->owner);
    sqlite3_bind_double(stmt, 9, util_wall_seconds());
    store_bind_text(stmt, 10, info->scenario_version);
    if (!store_stmt_done(st, stmt, "cannot begin a run")) goto fail;
    int64_t id = sqlite3_last_insert_rowid(st->db);
    if (!store_tx(st, STORE_STMT_COMMIT, "cannot commit the new run")) goto fail;
    store_seq_remember(st, id, 1);
    return id;
fail:
    store_tx_rollback(st);
    return -1;
}

bool store_mode_valid(const char *mode)
{
    static const char *const known[] = {"play", "run", "grade", "demo", "regrade"};
    for (size_t i = 0; mode && i < sizeof known / sizeof known[0]; i++)
        if (strcmp(mode, known[i]) == 0) return true;
    return false;
}

bool store_run_set_mode(Store *st, int64_t run_id, const char *mode)
{
    if (!store_mode_valid(mode)) {
        store_error_set(st, "run %lld: mode must be play, run, grade, demo or regrade, not \"%s\"", (long long)run_id,
                        mode ? mode : "(null)");
        return false;
    }
    sqlite3_stmt *stmt = store_stmt_get(st, STORE_STMT_RUN_SET_MODE);
    if (!stmt) return false;
    sqlite3_bind_int64(stmt, 1, run_id);
    store_bind_text(stmt, 2, mode);
    if (!store_stmt_done(st, stmt, "cannot set the run's mode")) return false;
    if (sqlite3_changes(st->db) != 1) {
        store_error_set(st, "run %lld: cannot set the mode: no such run", (long long)run_id);
        return false;
    }
    return true;
}

static bool store_outcome_valid(const char *outcome)
{
    static const char *const known[] = {"passed", "failed", "incomplete", "infra_error"};
    for (size_t i = 0; outcome && i < sizeof known / sizeof known[0]; i++)
        if (strcmp(outcome, known[i]) == 0) return true;
    return false;
}

static bool store_result_kind_valid(const char *kind)
{
    static const char *const known[] = {"check", "rubric", "award", "penalty", "hint"};
    for (size_t i = 0; kind && i < sizeof known / sizeof known[0]; i++)
        if (strcmp(kind, known[i]) == 0) return true;
    return false;
}

/* A second call replaces the outcome and the breakdown (e.g. a resumed run that had been
 * closed as abandoned). */
bool store_results_insert(Store *st, int64_t run_id, const StoreResultLine *lines, int n_lines)
{
    for (int i = 0; i < n_lines; i++) {
        const StoreResultLine *l = &lines[i];
        sqlite3_stmt *stmt = store_stmt_get(st, STORE_STMT_RESULT_INSERT);
        if (!stmt) return false;
        sqlite3_bind_int64(stmt, 1, run_id);
        sqlite3_bind_int(stmt, 2, i + 1);
        store_bind_text(stmt, 3, l->kind);
        store_bind_text(stmt, 4, l->item_id);
        store_bind_text(stmt, 5, l->task);
        store_bind_text(stmt, 6, l->label);
        store_bind_text(stmt, 7, l->skill);
        sqlite3_bind_double(stmt, 8, l->points);
        sqlite3_bind_double(stmt, 9, l->max);
        sqlite3_bind_int(stmt, 10, l->passed ? 1 : 0);
        store_bind_text(stmt, 11, l->feedback);
        if (!store_stmt_done(st, stmt, "cannot write a result line")) return false;
    }
    return true;
}

bool store_run_finish(Store *st, int64_t run_id, const StoreRunOutcome *outcome,
                      const StoreResultLine *lines, int n_lines)
{
    if (!outcome || !store_outcome_valid(outcome->outcome)) {
        store_error_set(st, "run %lld: outcome must be passed, failed, incomplete or infra_error, not \"%s\"",
                        (long long)run_id, outcome && outcome->outcome ? outcome->outcome : "(null)");
        return false;
    }
    for (int i = 0; i < n_lines; i++) {
        const StoreResultLine *l = &lines[i];
        if (!store_result_kind_valid(l->kind) || !l->item_id || !l->label) {
            store_error_set(st, "run %lld: result line %d needs a kind (check, rubric, award, penalty, hint), "
                            "an item id and a label", (long long)run_id, i + 1);
            return false;
        }
    }
    if (!store_tx(st, STORE_STMT_BEGIN, "cannot finish the run")) return false;
    sqlite3_stmt *stmt = store_stmt_get(st, STORE_STMT_RUN_FINISH);
    if (!stmt) goto fail;
    sqlite3_bind_int64(stmt, 1, run_id);
    sqlite3_bind_double(stmt, 2, util_wall_seconds());
    store_bind_text(stmt, 3, outcome->outcome);
    sqlite3_bind_double(stmt, 4, outcome->score);
    sqlite3_bind_double(stmt, 5, outcome->max);
    sqlite3_bind_double(stmt, 6, outcome->percent);
    store_bind_text(stmt, 7, outcome->reason);
    if (!store_stmt_done(st, stmt, "cannot finish the run")) goto fail;
    if (sqlite3_changes(st->db) != 1) {
        store_error_set(st, "run %lld: cannot finish: no such run", (long long)run_id);
        goto fail;
    }
    stmt = store_stmt_get(st, STORE_STMT_RESULTS_DELETE);
    if (!stmt) goto fail;
    sqlite3_bind_int64(stmt, 1, run_id);
    if (!store_stmt_done(st, stmt, "cannot replace the results")) goto fail;
    if (!store_results_insert(st, run_id, lines, n_lines)) goto fail;
    if (!store_tx(st, STORE_STMT_COMMIT, "cannot commit the results")) goto fail;
    return true;
fail:
    store_tx_rollback(st);
    return false;
}

bool store_llm_call_record(Store *st, int64_t run_id, const StoreLlmCall *call)
{
    if (!call || !call->who || !*call->who) {
        store_error_set(st, "run %lld: an LLM call needs a \"who\"", (long long)run_id);
        return false;
    }
    sqlite3_stmt *stmt = store_stmt_get(st, STORE_STMT_LLM_INSERT);
    if (!stmt) return false;
    sqlite3_bind_int64(stmt, 1, run_id);
    sqlite3_bind_double(stmt, 2, util_wall_seconds());
    store_bind_text(stmt, 3, call->who);
    store_bind_text(stmt, 4, call->model);
    sqlite3_bind_int64(stmt, 5, call->input_tokens);
    sqlite3_bind_int64(stmt, 6, call->output_tokens);
    sqlite3_bind_int64(stmt, 7, call->cache_read_tokens);
    sqlite3_bind_int64(stmt, 8, call->cache_write_tokens);
    sqlite3_bind_double(stmt, 9, call->cost_usd);
    sqlite3_bind_double(stmt, 10, call->latency_ms);
    store_bind_text(stmt, 11, call->request_id);
    sqlite3_bind_int(stmt, 12, call->http_status);
    store_bind_text(stmt, 13, call->error);
    return store_stmt_done(st, stmt, "cannot record the LLM call");
}

int store_close_abandoned_runs(Store *st)
{
    sqlite3_stmt *sel = NULL, *upd = NULL;
    int closed = 0;
    if (sqlite3_prepare_v2(st->db, "SELECT id, owner FROM runs WHERE ended_at IS NULL ORDER BY id", -1, &sel, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(st->db, "UPDATE runs SET ended_at = ?2, outcome = 'incomplete', reason ="
                           " 'abandoned (the engine stopped before the run finished)'"
                           " WHERE id = ?1 AND ended_at IS NULL", -1, &upd, NULL) != SQLITE_OK) {
        store_error_db(st, "cannot close abandoned runs");
        closed = -1;
        goto done;
    }
    /* Collect first: updating while the select is open on the same table is legal but the
     * ids are few and a plain list keeps the two steps independent. */
    int64_t *ids = NULL;
    size_t n = 0, cap = 0;
    int rc;
    while ((rc = sqlite3_step(sel)) == SQLITE_ROW) {
        const char *owner = (const char *)sqlite3_column_text(sel, 1);
        if (owner && store_owner_alive(owner)) continue;
        if (n == cap) ids = xrealloc(ids, (cap = cap ? cap * 2 : 16) * sizeof *ids);
        ids[n++] = sqlite3_column_int64(sel, 0);
    }
    if (rc != SQLITE_DONE) {
        store_error_db(st, "cannot list open runs");
        free(ids);
        closed = -1;
        goto done;
    }
    sqlite3_reset(sel);
    double now = util_wall_seconds();
    for (size_t i = 0; i < n; i++) {
        sqlite3_reset(upd);
        sqlite3_bind_int64(upd, 1, ids[i]);
        sqlite3_bind_double(upd, 2, now);
        if (sqlite3_step(upd) != SQLITE_DONE) {
            store_error_db(st, "cannot close an abandoned run");
            closed = -1;
            break;
        }
        closed += sqlite3_changes(st->db);
    }
    free(ids);
done:
    sqlite3_finalize(sel);
    sqlite3_finalize(upd);
    return closed;
}
