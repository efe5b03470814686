#!/usr/bin/env python3
"""Schema migrations for the booking database.

    python3 migrate.py [--db PATH] [--status]          (default: --db app.db)

Applies every migrations/NNNN_name.sql the database has not recorded in schema_migrations yet,
in order, each in one transaction with its schema_migrations row. Before it changes anything it
copies the database to backups/pre-migrate/<db name>-v<version>-<UTC time>.db, and it logs what
it does to logs/migrate.log. --status only prints the version and the pending migrations.
"""
import argparse
import os
import re
import shutil
import sqlite3
import sys
import time
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
MIGRATIONS = os.path.join(HERE, "migrations")
BACKUPS = os.path.join(HERE, "backups", "pre-migrate")
LOG = os.path.join(HERE, "logs", "migrate.log")
NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def log(line):
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    os.makedirs(os.path.dirname(LOG), exist_ok=True)
    with open(LOG, "a", encoding="utf-8") as f:
        f.write("%s migrate: %s\n" % (stamp, line))
    print(line)


def pending(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                 "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    done = {v for (v,) in conn.execute("SELECT version FROM schema_migrations")}
    todo = []
    for entry in sorted(os.listdir(MIGRATIONS)):
        m = NAME.match(entry)
        if m and int(m.group(1)) not in done:
            todo.append((int(m.group(1)), entry))
    return max(done, default=0), todo


def apply(conn, version, entry):
    with open(os.path.join(MIGRATIONS, entry), encoding="utf-8") as f:
        sql = f.read()
    conn.execute("BEGIN")
    try:
        statement = ""
        for line in sql.splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                conn.execute(statement)
                statement = ""
        conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                     (version, entry[:-4], datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", default=os.path.join(HERE, "app.db"))
    ap.add_argument("--status", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(args.db):
        sys.exit("migrate: no database at %s" % args.db)
    conn = sqlite3.connect(args.db, isolation_level=None)
    version, todo = pending(conn)
    name = os.path.basename(args.db)
    if args.status:
        print("%s at version %d; pending: %s" % (name, version, ", ".join(e for _, e in todo) or "none"))
        return
    if not todo:
        print("%s is up to date (version %d)" % (name, version))
        return
    log("database %s at version %d" % (name, version))
    os.makedirs(BACKUPS, exist_ok=True)
    backup = os.path.join(BACKUPS, "%s-v%d-%s.db" % (os.path.splitext(name)[0], version,
                                                    datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")))
    conn.execute("VACUUM INTO ?", (backup,))
    log("backup written to %s" % os.path.relpath(backup, HERE))
    for v, entry in todo:
        log("applying %s" % entry)
        started = time.monotonic()
        apply(conn, v, entry)
        log("applied %s (%.2f s)" % (entry, time.monotonic() - started))
    log("database %s at version %d" % (name, todo[-1][0]))


if __name__ == "__main__":
    main()
