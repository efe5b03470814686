#!/usr/bin/env python3
"""The shop's schema migration runner.

    python3 migrate.py [--db PATH] [up|down|status]      (default: --db dev.db up)

up      applies every migration in migrations/ that the database has not recorded yet, in order
down    reverts the latest applied migration with its down file (NNNN_name.down.sql, or down(conn)
        in a .py migration); refuses when there is none
status  lists the applied and the pending migrations

A migration is migrations/NNNN_name.sql (plain SQL) or migrations/NNNN_name.py (defines
up(conn) and optionally down(conn), conn being a sqlite3.Connection). Each one runs in a single
transaction together with its row in schema_migrations: it is applied completely or not at all,
and never twice. Do not write BEGIN/COMMIT in a migration; the runner does.
"""
import argparse
import importlib.util
import os
import re
import sqlite3
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
MIGRATIONS = os.path.join(HERE, "migrations")
NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.(sql|py)$")


def available():
    """[(version, name, path)] of the up migrations in migrations/, in version order."""
    found = {}
    for entry in sorted(os.listdir(MIGRATIONS)):
        m = NAME.match(entry)
        if not m:
            continue
        version = int(m.group(1))
        if version in found:
            sys.exit("migrate: two migrations with version %04d: %s and %s" % (version, found[version][1], entry))
        found[version] = (version, m.group(1) + "_" + m.group(2), os.path.join(MIGRATIONS, entry))
    return [found[v] for v in sorted(found)]


def applied(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                 "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    return {v: n for v, n in conn.execute("SELECT version, name FROM schema_migrations")}


def load_py(path):
    spec = importlib.util.spec_from_file_location("migration_" + os.path.basename(path)[:4], path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def in_transaction(conn, work):
    conn.execute("BEGIN")
    try:
        work()
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def run_sql(conn, path):
    with open(path, encoding="utf-8") as f:
        sql = f.read()
    if re.search(r"^\s*(BEGIN\s*(TRANSACTION\s*)?;|COMMIT\s*;|END\s+TRANSACTION|ROLLBACK\s*;)", sql, re.I | re.M):
        raise RuntimeError("%s: the runner wraps each migration in a transaction; remove BEGIN/COMMIT" % os.path.basename(path))
    # sqlite3's executescript would COMMIT first; run statement by statement inside ours instead
    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip() and not re.fullmatch(r"(\s|--[^\n]*)*", statement):
        raise RuntimeError("%s: incomplete SQL statement at the end: %s" % (os.path.basename(path), statement.strip()[:60]))


def up(conn):
    done = applied(conn)
    pending = [m for m in available() if m[0] not in done]
    if not pending:
        print("nothing to apply: the database is at version %04d" % max(done, default=0))
        return
    for version, name, path in pending:
        def work():
            if path.endswith(".py"):
                load_py(path).up(conn)
            else:
                run_sql(conn, path)
            conn.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                         (version, name, datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")))
        in_transaction(conn, work)
        print("applied %s" % name)


def down(conn):
    done = applied(conn)
    if not done:
        sys.exit("migrate: nothing to revert")
    version = max(done)
    name = done[version]
    sql_down = os.path.join(MIGRATIONS, name + ".down.sql")
    py = os.path.join(MIGRATIONS, name + ".py")
    if os.path.exists(sql_down):
        revert = lambda: run_sql(conn, sql_down)
    elif os.path.exists(py) and hasattr(load_py(py), "down"):
        revert = lambda: load_py(py).down(conn)
    else:
        sys.exit("migrate: %s has no down migration (%s.down.sql or down() in %s.py)" % (name, name, name))

    def work():
        revert()
        conn.execute("DELETE FROM schema_migrations WHERE version = ?", (version,))
    in_transaction(conn, work)
    print("reverted %s" % name)


def status(conn):
    done = applied(conn)
    for version, name, _ in available():
        print("%s %s" % ("applied" if version in done else "pending", name))


def main():
    parser = argparse.ArgumentParser(description="apply or revert schema migrations")
    parser.add_argument("--db", default=os.path.join(HERE, "dev.db"))
    parser.add_argument("command", nargs="?", default="up", choices=("up", "down", "status"))
    args = parser.parse_args()
    if not os.path.exists(args.db):
        sys.exit("migrate: %s does not exist" % args.db)
    conn = sqlite3.connect(args.db, isolation_level=None)
    try:
        {"up": up, "down": down, "status": status}[args.command](conn)
    except (sqlite3.Error, RuntimeError) as err:
        sys.exit("migrate: failed, nothing was changed: %s" % err)
    finally:
        conn.close()


if __name__ == "__main__":
    main()
