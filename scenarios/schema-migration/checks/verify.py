#!/usr/bin/env python3
"""schema-migration checks (mounted read-only at /checks in check sandboxes only).

    python3 /checks/verify.py snapshot   migrate a copy of data/prod-snapshot.db: customers, links, rows kept
    python3 /checks/verify.py hidden     the same on a larger database the learner never saw
    python3 /checks/verify.py names      customer names follow Helga's rule, on both databases
    python3 /checks/verify.py rollback   `migrate.py down` after 0004 gives back the version-3 database
    python3 /checks/verify.py committed  the migration is committed, nothing left uncommitted
    python3 /checks/verify.py scope      only new files in migrations/, nothing else changed

Every run works on fresh copies made here, with the runner and the old migrations from the
engine's base copy (/base), so hand edits to a database or to the runner change nothing. The
runner runs under guard.py, so a .py migration cannot read these checks or their answers.
"""
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import truth  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
BASE, WS = "/base", "/workspace"
SOURCES = {"snapshot": BASE + "/data/prod-snapshot.db", "hidden": HERE + "/prod2.db"}
LABEL = {"snapshot": "the production snapshot", "hidden": "a second, larger production copy"}


# What the learner's migration did to the snapshot copy, once it ran: a failing snapshot check
# says it (the reported rubric compares it with the figures told to Lena).
TRIAL = []


def fail(*lines):
    for line in list(lines[:5 - len(TRIAL)]) + TRIAL:
        print("FAIL: " + line)
    sys.exit(1)


def trial_figures(conn):
    """'your migration gives ...' for a migrated copy: customers, orders linked and without one."""
    def count(sql):
        try:
            return conn.execute(sql).fetchone()[0]
        except sqlite3.Error:
            return None
    customers = count("SELECT count(*) FROM customers")
    linked = count("SELECT count(*) FROM orders WHERE customer_id IS NOT NULL")
    unlinked = count("SELECT count(*) FROM orders WHERE customer_id IS NULL")
    parts = ["%s %s" % ("no" if n is None else n, what) for n, what in
             ((customers, "customers"), (linked, "orders linked"), (unlinked, "orders without a customer"))]
    return "on the production snapshot your migration gives " + ", ".join(parts)


def project():
    """A scratch project: the base runner and old migrations plus the learner's new migrations."""
    root = tempfile.mkdtemp()
    shutil.copy(BASE + "/migrate.py", root)
    os.mkdir(root + "/migrations")
    base_names = set(os.listdir(BASE + "/migrations"))
    for name in os.listdir(BASE + "/migrations"):
        shutil.copy(BASE + "/migrations/" + name, root + "/migrations/")
    mine = [n for n in sorted(os.listdir(WS + "/migrations")) if n not in base_names]
    for name in mine:
        if os.path.isfile(WS + "/migrations/" + name):
            shutil.copy(WS + "/migrations/" + name, root + "/migrations/")
    if not any(re.match(r"^\d{4}_[a-z0-9_]+\.(sql|py)$", n) for n in mine):
        fail("there is no new migration in migrations/ yet (e.g. migrations/0004_customers.sql; see migrations/README.md)")
    return root


def migrate(root, db, *args):
    """The base runner on db, under guard.py: the learner's migration code cannot read the checks."""
    return subprocess.run(["/usr/bin/python3", "-I", HERE + "/guard.py", root + "/migrate.py", "--db", db] + list(args), cwd=root,
                          capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "HOME": root, "PYTHONDONTWRITEBYTECODE": "1"})


def migrated(which, root):
    """A copy of the source database migrated up with the learner's migration; fails on errors."""
    db = os.path.join(root, which + ".db")
    shutil.copyfile(SOURCES[which], db)
    r = migrate(root, db, "up")
    if r.returncode != 0:
        fail("on %s, `python3 migrate.py up` fails: %s" % (LABEL[which], (r.stderr or r.stdout).strip()[-300:]))
    return db


def rows(conn, table):
    cols = [c[1] for c in conn.execute("PRAGMA table_info(%s)" % table)]
    return cols, sorted(conn.execute("SELECT * FROM %s" % table).fetchall(), key=repr)


ORDER_COLS = ["id", "placed_at", "customer_email", "customer_name", "total_cents", "status"]


def judge_data(which):
    root = project()
    db = migrated(which, root)
    orig = sqlite3.connect("file:%s?mode=ro" % SOURCES[which], uri=True)
    conn = sqlite3.connect(db)
    if which == "snapshot":
        TRIAL.append(trial_figures(conn))
    want_customers, want_links = truth.expected(orig)
    problems = []
    # nothing lost or changed in the existing data
    for table in ("products", "order_items"):
        if rows(orig, table) != rows(conn, table):
            problems.append("on %s, table %s changed: a migration that adds customers leaves it as it was" % (LABEL[which], table))
    cols = [c[1] for c in conn.execute("PRAGMA table_info(orders)")]
    missing = [c for c in ORDER_COLS + ["customer_id"] if c not in cols]
    if missing:
        fail("on %s, orders has no column %s after the migration (the old columns stay until SHOP-412)" % (LABEL[which], ", ".join(missing)))
    before = {r[0]: r for r in orig.execute("SELECT %s FROM orders" % ", ".join(ORDER_COLS))}
    after = {r[0]: r for r in conn.execute("SELECT %s FROM orders" % ", ".join(ORDER_COLS))}
    gone = sorted(set(before) - set(after))
    if gone:
        problems.append("on %s, %d of %d orders are gone after the migration (e.g. order %d): a migration never deletes data"
                        % (LABEL[which], len(gone), len(before), gone[0]))
    changed = sorted(k for k in before if k in after and before[k] != after[k])
    if changed:
        problems.append("on %s, %d orders had their existing columns changed (e.g. order %d): keep customer_email and customer_name as they were"
                        % (LABEL[which], len(changed), changed[0]))
    # the customers table
    ccols = {c[1]: c for c in conn.execute("PRAGMA table_info(customers)")}
    if not ccols:
        fail(*(problems + ["on %s, there is no customers table after the migration" % LABEL[which]]))
    for c in ("id", "email", "name"):
        if c not in ccols:
            problems.append("customers has no column %s" % c)
    if problems:
        fail(*problems)
    if not ccols["email"][3]:
        problems.append("customers.email may be NULL: the ticket's schema says NOT NULL")
    unique = any(ix[2] and [c[2] for c in conn.execute("PRAGMA index_info(%s)" % ix[1])] == ["email"]
                 for ix in conn.execute("PRAGMA index_list(customers)"))
    if not unique:
        problems.append("customers.email is not UNIQUE: the ticket's schema says it is")
    got = {}
    dup = set()
    for cid, email in conn.execute("SELECT id, email FROM customers"):
        if email in got.values():
            dup.add(email)
        got[cid] = email
    emails = set(got.values())
    extra = sorted(e for e in emails if e not in want_customers)
    lost = sorted(e for e in want_customers if e not in emails)
    if extra:
        odd = [e for e in extra if e is not None and (e != e.strip(" ").lower() or "<" in e or "@" not in e)]
        why = ("e.g. %r is not a normalised address (trimmed, lower case, the part inside <...>, and a value without @ is no address)" % odd[0]
               if odd else "e.g. %r" % extra[0])
        problems.append("on %s, %d customers should not exist, %s" % (LABEL[which], len(extra), why))
    if lost:
        problems.append("on %s, %d customers are missing, e.g. %s" % (LABEL[which], len(lost), lost[0]))
    wrong_links = []
    for oid, cid in conn.execute("SELECT id, customer_id FROM orders"):
        want = want_links.get(oid)
        have = got.get(cid) if cid is not None else None
        if want != have:
            wrong_links.append((oid, want, have, cid))
    if wrong_links:
        oid, want, have, cid = wrong_links[0]
        problems.append("on %s, %d orders point to the wrong customer, e.g. order %d: customer_id %s (%s), expected %s"
                        % (LABEL[which], len(wrong_links), oid, "NULL" if cid is None else cid, have or "no customer",
                           want or "NULL (no e-mail address)"))
    bad_fk = conn.execute("PRAGMA foreign_key_check(orders)").fetchall()
    if bad_fk and not wrong_links:
        problems.append("on %s, %d orders reference a customer id that does not exist" % (LABEL[which], len(bad_fk)))
    if problems:
        fail(*problems)
    r = migrate(root, db, "up")
    if r.returncode != 0 or "nothing to apply" not in r.stdout:
        fail("running `python3 migrate.py up` a second time is not a no-op: %s" % (r.stderr or r.stdout).strip()[-200:])


def judge_names():
    root = project()
    for which in ("snapshot", "hidden"):
        db = migrated(which, root)
        orig = sqlite3.connect("file:%s?mode=ro" % SOURCES[which], uri=True)
        want, _ = truth.expected(orig)
        conn = sqlite3.connect(db)
        try:
            got = dict(conn.execute("SELECT email, name FROM customers"))
        except sqlite3.Error:
            fail("on %s there is no customers table with email and name" % LABEL[which])
        known = [e for e in want if e in got]
        if len(known) < len(want) / 2:
            fail("on %s, only %d of the %d customers exist, so their names cannot be judged: get the customers right first"
                 % (LABEL[which], len(known), len(want)))
        wrong = sorted(e for e in known if got[e] != want[e])
        if wrong:
            e = wrong[0]
            fail("on %s, %d customers have another name than the rule for conflicting names gives, e.g. %s: %r, expected %r "
                 "(which name wins when one address has several? Helga owns customer data)" % (LABEL[which], len(wrong), e, got[e], want[e]))


def schema(conn):
    tables = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    indexes = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    cols = {t: [c[1:] for c in conn.execute("PRAGMA table_info(%s)" % t)] for t in tables if t != "schema_migrations"}
    return tables, indexes, cols


def judge_rollback():
    root = project()
    db = migrated("hidden", root)
    r = migrate(root, db, "down")
    if r.returncode != 0:
        fail("`python3 migrate.py down` after your migration fails: %s" % (r.stderr or r.stdout).strip()[-250:])
    orig = sqlite3.connect("file:%s?mode=ro" % SOURCES["hidden"], uri=True)
    conn = sqlite3.connect(db)
    if schema(orig) != schema(conn):
        t0, i0, c0 = schema(orig)
        t1, i1, c1 = schema(conn)
        diff = (["table %s is still there" % t for t in t1 if t not in t0] + ["index %s is still there" % i for i in i1 if i not in i0]
                + ["table %s differs from version 3" % t for t in c0 if c0[t] != c1.get(t)])
        fail("after `migrate.py down` the schema is not what it was: " + "; ".join(diff[:3] or ["it differs"]))
    for table in ("orders", "order_items", "products"):
        if rows(orig, table) != rows(conn, table):
            fail("after `migrate.py down`, the rows of %s differ from before the migration" % table)
    version = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
    if version != 3:
        fail("after `migrate.py down` the database says version %s, expected 3" % version)
    r = migrate(root, db, "up")
    if r.returncode != 0:
        fail("after a rollback, applying the migration again fails: %s" % (r.stderr or r.stdout).strip()[-200:])


def git(*args):
    return subprocess.run(["git", "-c", "safe.directory=*", "-c", "core.quotepath=off"] + list(args), cwd=WS,
                          capture_output=True, text=True)


def base_commit():
    base = os.environ.get("WORKSIM_BASE_COMMIT", "")
    if not base or git("rev-parse", "-q", "--verify", "HEAD").returncode != 0:
        fail("this folder is no longer the git repository it was: commit the migration in it")
    return base


def judge_committed():
    base = base_commit()
    mine = [p for p in git("diff", "--name-only", "--diff-filter=A", base, "HEAD", "--", "migrations/").stdout.split("\n") if p]
    if not mine:
        fail("no commit of yours adds a migration under migrations/: git add migrations/0004_...; git commit")
    dirty = [p for p in git("diff", "--name-only", "HEAD").stdout.split("\n") if p]
    new = [p for p in git("ls-files", "--others", "--exclude-standard", "--", "migrations").stdout.split("\n") if p]
    if dirty or new:
        fail(*(["uncommitted change in %s" % p for p in dirty] + ["new file not committed: %s" % p for p in new]))


# What may be new under migrations/ (migrations/README.md): an up migration as migrate.py names
# it, or its .down.sql; anything else there (notes, queries, backups) is a scratch file.
MIGRATION_FILE = re.compile(r"^migrations/\d{4}_[a-z0-9_]+(\.down\.sql|\.sql|\.py)$")


TEST_FILE = re.compile(r"^tests?/(?:[\w.-]+/)*(?:test_[\w.-]*|[\w.-]*_test)\.(?:py|sh|sql)$")


def mentions_migration(path):
    try:
        with open(os.path.join(WS, path), encoding="utf-8", errors="replace") as f:
            text = f.read(100000)
    except OSError:
        return False
    return re.search(r"\b0004|customers", text) is not None


def judge_scope():
    base = base_commit()
    tracked = [l.split("\t") for l in git("diff", "--name-status", base).stdout.split("\n") if l]
    new = [p for p in git("ls-files", "--others", "--exclude-standard").stdout.split("\n") if p]
    changes = [(s, p) for s, p in ((t[0], t[-1]) for t in tracked)] + [("A", p) for p in new]
    if not changes:
        fail("nothing has changed yet")
    problems = []
    tracked_paths = {t[-1] for t in tracked}
    for status, path in changes:
        if status == "A" and MIGRATION_FILE.match(path):
            continue
        # what a careful junior may add beside it: a committed test of the new migration
        # (tests/test_0004_customers.sh, naming the migration or its table), and a line about it
        # in an existing README; a note, a query or a backup is still a scratch file
        if status == "A" and path in tracked_paths and TEST_FILE.match(path) and mentions_migration(path):
            continue
        if status == "M" and os.path.basename(path) == "README.md" and not path.startswith("data/"):
            continue
        if status == "A" and path.startswith("migrations/"):
            problems.append("%s is new but no migration (NNNN_name.sql, NNNN_name.down.sql or NNNN_name.py, "
                            "migrations/README.md): remove scratch files" % path)
            continue
        if path.startswith("migrations/"):
            problems.append("%s was changed: an applied migration is history, never edit it; add a new one" % path)
        else:
            problems.append("%s %s: the ticket needs only new files in migrations/ (remove scratch files)"
                            % (path, "is new" if status == "A" else "changed"))
    if problems:
        fail(*problems)


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    jobs = {"snapshot": lambda: judge_data("snapshot"), "hidden": lambda: judge_data("hidden"), "names": judge_names,
            "rollback": judge_rollback, "committed": judge_committed, "scope": judge_scope}
    if mode not in jobs:
        print("usage: verify.py " + "|".join(jobs))
        sys.exit(3)
    jobs[mode]()
