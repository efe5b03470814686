/* store_schema.c: the versioned schema of the worksim database and its forward migrations.
 * PRAGMA user_version holds the number of migrations applied. Migration N is entry N-1 of
 * store_migrations; adding a schema change is one new entry at the end (never edit a
 * published one). A file whose version is newer than this build knows is refused. */
#include "store/store_internal.h"

#include "base/util.h"

#include <stdlib.h>
#include <string.h>

/* A random (version 4) UUID as lowercase text, computed by sqlite. */
#define STORE_SQL_UUID4                                                                              \
    "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||"                      \
    " substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) ||"    \
    " substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))"

static const char *const store_migrations[] = {
    /* 1: initial schema. Times are wall clock seconds since the epoch (REAL). */
    "CREATE TABLE learners ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
    "  created_at REAL NOT NULL"
    ");"
    "CREATE TABLE runs ("
    "  id INTEGER PRIMARY KEY,"
    "  scenario_id TEXT NOT NULL,"
    "  scenario_title TEXT,"
    "  scenario_hash TEXT,"
    "  learner_id INTEGER REFERENCES learners(id),"
    "  mode TEXT NOT NULL,"
    "  sandbox TEXT,"
    "  llm TEXT,"
    "  owner TEXT,"                                   /* process that writes it: boot:pid:start */
    "  started_at REAL NOT NULL,"
    "  ended_at REAL,"
    "  outcome TEXT CHECK (outcome IN ('passed', 'failed', 'incomplete', 'infra_error')),"
    "  score REAL,"
    "  max REAL,"
    "  percent REAL,"
    "  reason TEXT"
    ");"
    "CREATE INDEX runs_by_learner ON runs(learner_id, id);"
    "CREATE INDEX runs_by_scenario ON runs(scenario_id, id);"
    "CREATE INDEX runs_open ON runs(id) WHERE ended_at IS NULL;"
    /* One b-tree keyed by (run_id, seq): each append writes a single page. */
    "CREATE TABLE events ("
    "  run_id INTEGER NOT NULL REFERENCES runs(id),"
    "  seq INTEGER NOT NULL CHECK (seq >= 1),"
    "  t_run REAL NOT NULL,"
    "  t_wall REAL NOT NULL,"
    "  kind TEXT NOT NULL CHECK (kind <> ''),"
    "  data TEXT NOT NULL DEFAULT '{}',"
    "  PRIMARY KEY (run_id, seq)"
    ") WITHOUT ROWID;"
    "CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events"
    " BEGIN SELECT RAISE(ABORT, 'events are append-only: UPDATE refused'); END;"
    "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events"
    " BEGIN SELECT RAISE(ABORT, 'events are append-only: DELETE refused'); END;"
    "CREATE TABLE results ("
    "  run_id INTEGER NOT NULL REFERENCES runs(id),"
    "  line INTEGER NOT NULL,"                        /* position in the breakdown, from 1 */
    "  kind TEXT NOT NULL CHECK (kind IN ('check', 'rubric', 'award', 'penalty', 'hint')),"
    "  item_id TEXT NOT NULL,"
    "  task TEXT,"
    "  label TEXT NOT NULL,"
    "  skill TEXT,"
    "  points REAL NOT NULL,"
    "  max REAL NOT NULL,"
    "  passed INTEGER NOT NULL CHECK (passed IN (0, 1)),"
    "  feedback TEXT,"
    "  PRIMARY KEY (run_id, line)"
    ");"
    "CREATE INDEX results_by_skill ON results(skill) WHERE skill IS NOT NULL;"
    "CREATE TABLE llm_calls ("
    "  id INTEGER PRIMARY KEY,"
    "  run_id INTEGER NOT NULL REFERENCES runs(id),"
    "  t_wall REAL NOT NULL,"
    "  who TEXT NOT NULL,"
    "  model TEXT,"
    "  input_tokens INTEGER NOT NULL DEFAULT 0,"
    "  output_tokens INTEGER NOT NULL DEFAULT 0,"
    "  cache_read_tokens INTEGER NOT NULL DEFAULT 0,"
    "  cache_write_tokens INTEGER NOT NULL DEFAULT 0,"
    "  cost_usd REAL NOT NULL DEFAULT 0,"
    "  latency_ms REAL NOT NULL DEFAULT 0,"
    "  request_id TEXT,"
    "  http_status INTEGER,"
    "  error TEXT"
    ");"
    "CREATE INDEX llm_calls_by_run ON llm_calls(run_id, id);",

    /* 2: what kind of run it was and which version of the scenario folder it ran (DESIGN §8).
     * mode is one of play (the desktop), run (an action script), grade (a submission graded
     * by `grade`), demo (something shown, not attempted: play --watch, play --snapshot);
     * only demo runs are left out of progress, reports and exports. The column predates this
     * migration, so its rule is kept by triggers (sqlite cannot add a CHECK to a column);
     * rows of the never-stored "verify" mode become demo. scenario_version is
     * scenario_folder_version() of the folder (see scenario.h). */
    "ALTER TABLE runs ADD COLUMN scenario_version TEXT;"
    "UPDATE runs SET mode = 'demo' WHERE mode NOT IN ('play', 'run', 'grade', 'demo');"
    "CREATE TRIGGER runs_mode_known_insert BEFORE INSERT ON runs"
    " WHEN NEW.mode NOT IN ('play', 'run', 'grade', 'demo')"
    " BEGIN SELECT RAISE(ABORT, 'runs.mode must be play, run, grade or demo'); END;"
    "CREATE TRIGGER runs_mode_known_update BEFORE UPDATE OF mode ON runs"
    " WHEN NEW.mode NOT IN ('play', 'run', 'grade', 'demo')"
    " BEGIN SELECT RAISE(ABORT, 'runs.mode must be play, run, grade or demo'); END;"
    "CREATE INDEX runs_by_mode ON runs(mode, id);",

    /* 3: identities that outlive names: the database's own id (xAPI statement ids are derived
     * from it and the run id, so a resend is the same statement) and a stable id per learner
     * (the xAPI account name; a rename keeps it). Both random UUIDs, given by sqlite. */
    "CREATE TABLE worksim_meta ("
    "  key TEXT PRIMARY KEY,"
    "  value TEXT NOT NULL"
    ") WITHOUT ROWID;"
    "INSERT INTO worksim_meta(key, value) VALUES ('database_id', " STORE_SQL_UUID4 ");"
    "ALTER TABLE learners ADD COLUMN uid TEXT;"
    "UPDATE learners SET uid = " STORE_SQL_UUID4 ";"
    "CREATE UNIQUE INDEX learners_by_uid ON learners(uid);"
    "CREATE TRIGGER learners_get_a_uid AFTER INSERT ON learners WHEN NEW.uid IS NULL"
    " BEGIN UPDATE learners SET uid = " STORE_SQL_UUID4 " WHERE id = NEW.id; END;",

    /* 4: cohorts (an instructor's groups of learners, optionally following a track) and the
     * uids of learners merged into another, so a later import of the merged learner's runs
     * lands on the learner they were merged into. */
    "CREATE TABLE cohorts ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
    "  track TEXT,"
    "  created_at REAL NOT NULL"
    ");"
    "CREATE TABLE cohort_members ("
    "  cohort_id INTEGER NOT NULL REFERENCES cohorts(id),"
    "  learner_id INTEGER NOT NULL REFERENCES learners(id),"
    "  PRIMARY KEY (cohort_id, learner_id)"
    ") WITHOUT ROWID;"
    "CREATE INDEX cohort_members_by_learner ON cohort_members(learner_id);"
    "CREATE TABLE learner_aliases ("
    "  uid TEXT PRIMARY KEY,"
    "  learner_id INTEGER NOT NULL REFERENCES learners(id)"
    ") WITHOUT ROWID;",

    /* 5: re-grading (DESIGN §7, §8). Each graded run's final workspace as one archive (format
     * "tar.zst": tar with zstd, .git included), or why there is none (missing: over the size
     * cap, a backend that cannot hand the workspace out); a run regraded is kept, its regrade
     * is a run of its own of mode regrade pointing at it (regrade_of) that never counts as an
     * attempt. */
    "CREATE TABLE run_snapshots ("
    "  run_id INTEGER PRIMARY KEY REFERENCES runs(id),"
    "  format TEXT,"
    "  sha256 TEXT,"
    "  size INTEGER,"
    "  data BLOB,"
    "  missing TEXT,"
    "  taken_at REAL NOT NULL,"
    "  CHECK ((data IS NULL) <> (missing IS NULL))"
    ");"
    "ALTER TABLE runs ADD COLUMN regrade_of INTEGER REFERENCES runs(id);"
    "CREATE INDEX runs_by_regrade_of ON runs(regrade_of) WHERE regrade_of IS NOT NULL;"
    "DROP TRIGGER runs_mode_known_insert;"
    "DROP TRIGGER runs_mode_known_update;"
    "CREATE TRIGGER runs_mode_known_insert BEFORE INSERT ON runs"
    " WHEN NEW.mode NOT IN ('play', 'run', 'grade', 'demo', 'regrade')"
    " BEGIN SELECT RAISE(ABORT, 'runs.mode must be play, run, grade, demo or regrade'); END;"
    "CREATE TRIGGER runs_mode_known_update BEFORE UPDATE OF mode ON runs"
    " WHEN NEW.mode NOT IN ('play', 'run', 'grade', 'demo', 'regrade')"
    " BEGIN SELECT RAISE(ABORT, 'runs.mode must be play, run, grade, demo or regrade'); END;",

    /* 6: the xAPI outbox of `worksim sync` (store_outbox.c): one statement per finished,
     * non-demo run and LRS endpoint, frozen when queued, and whether that LRS has it (sent,
     * or already_there when it answered 409), with the last failure while it is pending. */
    "CREATE TABLE xapi_outbox ("
    "  lrs TEXT NOT NULL CHECK (lrs <> ''),"
    "  run_id INTEGER NOT NULL REFERENCES runs(id),"
    "  statement_id TEXT NOT NULL,"
    "  statement TEXT NOT NULL,"
    "  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'already_there')),"
    "  attempts INTEGER NOT NULL DEFAULT 0,"
    "  http_status INTEGER,"
    "  last_error TEXT,"
    "  queued_at REAL NOT NULL,"
    "  delivered_at REAL,"
    "  PRIMARY KEY (lrs, run_id)"
    ") WITHOUT ROWID;"
    "CREATE UNIQUE INDEX xapi_outbox_by_statement ON xapi_outbox(lrs, statement_id);"
    "CREATE INDEX xapi_outbox_pending ON xapi_outbox(lrs, run_id) WHERE state = 'pending';",

    /* 7: the event hash chain and imported runs (issue 13 item 4). events.hash is the SHA-256
     * chained to the run's previous event (store_chain.c); events written before stay without
     * one (their runs are "unchained"). run_imports says where an imported run came from (its
     * identity: the source database id and its run id there, imported once), what its chain
     * and its re-grade found, and flag, why it is not to be trusted (NULL when nothing is
     * wrong). Exports carry this identity on, so a run reaching one database by two paths is
     * still one run. */
    "ALTER TABLE events ADD COLUMN hash TEXT;"
    "CREATE TABLE run_imports ("
    "  run_id INTEGER PRIMARY KEY REFERENCES runs(id),"
    "  source_db TEXT NOT NULL CHECK (source_db <> ''),"
    "  source_run INTEGER NOT NULL,"
    "  imported_at REAL NOT NULL,"
    "  file TEXT,"
    "  chain TEXT NOT NULL CHECK (chain IN ('chained', 'unchained', 'partial', 'broken')),"
    "  claimed_score REAL,"
    "  regraded_score REAL,"
    "  flag TEXT,"
    "  UNIQUE (source_db, source_run)"
    ");",
};

#define STORE_N_MIGRATIONS ((int)(sizeof store_migrations / sizeof store_migrations[0]))

int store_schema_latest(void) { return STORE_N_MIGRATIONS; }

const char *store_schema_migration_sql(int version)
{
    return version >= 1 && version <= STORE_N_MIGRATIONS ? store_migrations[version - 1] : NULL;
}

/* One integer read by a PRAGMA (user_version, application_id) or a query into *out; false and
 * *err (caller frees) on failure. */
static bool store_schema_int(sqlite3 *db, const char *path, const char *sql, const char *what, int *out, char **err)
{
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, NULL);
    if (rc == SQLITE_OK) rc = sqlite3_step(stmt);
    if (rc != SQLITE_ROW) {
        if (err) *err = xasprintf("%s: cannot read %s: %s", path, what, sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        return false;
    }
    *out = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return true;
}

int store_schema_version_read(sqlite3 *db, const char *path, char **err)
{
    int version;
    return store_schema_int(db, path, "PRAGMA user_version", "the schema version", &version, err) ? version : -1;
}

static StoreOwner store_schema_owner_read(sqlite3 *db, const char *path, char **err)
{
    int app, version, tables, ours;
    if (!store_schema_int(db, path, "PRAGMA application_id", "the application id", &app, err) ||
        !store_schema_int(db, path, "PRAGMA user_version", "the schema version", &version, err) ||
        !store_schema_int(db, path, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", "the table list",
                          &tables, err) ||
        !store_schema_int(db, path,
                          "SELECT count(*) FROM sqlite_schema WHERE type = 'table'"
                          " AND name IN ('learners', 'runs', 'events', 'results', 'llm_calls')",
                          "the table list", &ours, err))
        return STORE_OWNER_UNREADABLE;
    if ((uint32_t)app == STORE_APPLICATION_ID) return STORE_OWNER_WORKSIM;
    if (app != 0) {
        *err = xasprintf("%s: belongs to another application (sqlite application_id 0x%08x, worksim's is 0x%08x); "
                         "worksim leaves it untouched: pick another --db",
                         path, (unsigned)app, (unsigned)STORE_APPLICATION_ID);
        return STORE_OWNER_FOREIGN;
    }
    if (tables == 0 && version == 0) return STORE_OWNER_FRESH;
    /* Files written before worksim set its application id: schema 1 or later and its tables. */
    if (ours == 5 && version >= 1) return STORE_OWNER_WORKSIM;
    *err = xasprintf("%s: is not a worksim database (%d table%s, user_version %d, no worksim application_id); "
                     "worksim leaves it untouched: pick another --db",
                     path, tables, tables == 1 ? "" : "s", version);
    return STORE_OWNER_FOREIGN;
}

/* The four facts are read in one read transaction: another process migrating the same fresh
 * file at this moment (parallel `grade` children) is then seen either not at all or whole,
 * never as tables without their schema version. */
StoreOwner store_schema_owner(sqlite3 *db, const char *path, char **err)
{
    bool snapshot = sqlite3_exec(db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;
    StoreOwner owner = store_schema_owner_read(db, path, err);
    if (snapshot) sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    return owner;
}

static char *store_schema_newer_error(const char *path, int version)
{
    return xasprintf("%s: database schema version %d is newer than this worksim knows (%d); "
                     "upgrade worksim or use another database",
                     path, version, STORE_N_MIGRATIONS);
}

bool store_schema_migrate(sqlite3 *db, const char *path, int *applied, char **err)
{
    *applied = 0;
    int version = store_schema_version_read(db, path, err);
    if (version < 0) return false;
    if (version > STORE_N_MIGRATIONS) {
        *err = store_schema_newer_error(path, version);
        return false;
    }
    int app;
    if (!store_schema_int(db, path, "PRAGMA application_id", "the application id", &app, err)) return false;
    if (version == STORE_N_MIGRATIONS && (uint32_t)app == STORE_APPLICATION_ID) return true;

    /* IMMEDIATE takes the write lock first, so two processes opening a fresh file at once
     * migrate it exactly once: the second re-reads the version after the first commits. */
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
        *err = xasprintf("%s: cannot lock the database to migrate it: %s", path, sqlite3_errmsg(db));
        return false;
    }
    version = store_schema_version_read(db, path, err);
    if (version < 0) goto fail_quiet;
    if (version > STORE_N_MIGRATIONS) {
        *err = store_schema_newer_error(path, version);
        goto fail_quiet;
    }
    for (int v = version; v < STORE_N_MIGRATIONS; v++) {
        char *sqlerr = NULL;
        char *bump = xasprintf("PRAGMA user_version = %d", v + 1);
        int rc = sqlite3_exec(db, store_migrations[v], NULL, NULL, &sqlerr);
        if (rc == SQLITE_OK) rc = sqlite3_exec(db, bump, NULL, NULL, &sqlerr);
        free(bump);
        if (rc != SQLITE_OK) {
            *err = xasprintf("%s: migration %d failed: %s", path, v + 1, sqlerr ? sqlerr : sqlite3_errmsg(db));
            sqlite3_free(sqlerr);
            goto fail_quiet;
        }
        (*applied)++;
    }
    char *claim = xasprintf("PRAGMA application_id = %d", (int)STORE_APPLICATION_ID);
    int claimed = sqlite3_exec(db, claim, NULL, NULL, NULL);
    free(claim);
    if (claimed != SQLITE_OK) {
        *err = xasprintf("%s: cannot set the application id: %s", path, sqlite3_errmsg(db));
        goto fail_quiet;
    }
    if (sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        *err = xasprintf("%s: cannot commit the migration: %s", path, sqlite3_errmsg(db));
        goto fail_quiet;
    }
    return true;

fail_quiet:
    sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    *applied = 0;
    return false;
}
