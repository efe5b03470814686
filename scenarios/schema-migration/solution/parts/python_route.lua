-- parts/python_route.lua: a junior's route of schema-migration found again blind in round 8 (pa8):
-- a look at the snapshot, one question to Helga, 0004 as a python migration (up and down, the
-- code alt-python-migration.lua writes too), applied to dev.db, tried on a copy (up, figures,
-- down, up), committed, Lena told.
-- The scripts that vary one stage (undo a commit, add a test, delete .git, skip the trial) share
-- the rest. Not an action script itself: verify only plays solution/*.lua.
local M = {}

-- (the migration of alt-python-migration.lua: the same route's code, written once)
M.MIGRATION_UP = [==[
"""0004 (DATA-204): customers out of orders, expand step (orders keeps customer_email/name)."""
import re

ANGLE = re.compile(r"<([^<>]*)>\s*$")


def address(raw):
    """The normalised address of an order, or None (Helga: no '@' means no address)."""
    if raw is None:
        return None
    s = raw.strip()
    m = ANGLE.search(s)
    if m:
        s = m.group(1).strip()
    s = s.lower()
    return s if "@" in s else None


def up(conn):
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT)")
    conn.execute("ALTER TABLE orders ADD COLUMN customer_id INTEGER REFERENCES customers(id)")
    names, links = {}, []
    # oldest first, so the last non-blank name seen is the most recent one (Helga)
    for oid, raw, name in conn.execute("SELECT id, customer_email, customer_name FROM orders ORDER BY placed_at, id").fetchall():
        email = address(raw)
        if email is None:
            continue
        names.setdefault(email, None)
        if name and name.strip():
            names[email] = name.strip()
        links.append((email, oid))
    ids = {}
    for email, name in names.items():
        ids[email] = conn.execute("INSERT INTO customers (email, name) VALUES (?, ?)", (email, name)).lastrowid
    conn.executemany("UPDATE orders SET customer_id = ? WHERE id = ?", [(ids[e], oid) for e, oid in links])

]==]
M.MIGRATION_DOWN = [==[

def down(conn):
    conn.execute("ALTER TABLE orders DROP COLUMN customer_id")
    conn.execute("DROP TABLE customers")
]==]

M.look = {
  { sh = "cat README.md migrations/README.md; ls migrations; git log --oneline | head -5" },
  { sh = [[sqlite3 data/prod-snapshot.db "SELECT customer_email, COUNT(*) FROM orders GROUP BY 1 ORDER BY 2 DESC LIMIT 15; SELECT COUNT(*) FROM orders WHERE customer_email NOT LIKE '%@%' OR customer_email IS NULL"]] },
  { say = "helga", text = "Hi Helga, DATA-204 question: the same address shows up with different case, spaces and as 'Name <address>', and some addresses have two different names over time. Which name should the customer get, and are the 'Name <addr>' ones the same person as the bare address? Also, orders with n/a or - as the address: leave them without a customer?" },
}

-- the whole migration in one go, applied to dev.db
M.write = {
  { sh = "cat > migrations/0004_customers.py <<'EOF'\n" .. M.MIGRATION_UP .. M.MIGRATION_DOWN .. "EOF" },
  { sh = "python3 migrate.py && python3 migrate.py status" },
}

-- first without down(), committed; then the commit undone (reset --soft) and down() added
M.write_undo = {
  { sh = "cat > migrations/0004_customers.py <<'EOF'\n" .. M.MIGRATION_UP .. "EOF\ngit add migrations/0004_customers.py && git commit -qm 'add customers migration'" },
  { sh = "cat migrations/README.md | grep -i down" },
  { sh = "git reset --soft HEAD~1 && cat >> migrations/0004_customers.py <<'EOF'\n" .. M.MIGRATION_DOWN .. "EOF\ngit status --short" },
  { sh = "python3 migrate.py && python3 migrate.py status" },
}

M.trial = {
  { sh = [==[cp data/prod-snapshot.db /tmp/snap.db && python3 migrate.py --db /tmp/snap.db up && sqlite3 /tmp/snap.db "SELECT (SELECT COUNT(*) FROM customers), (SELECT COUNT(*) FROM orders WHERE customer_id IS NOT NULL), (SELECT COUNT(*) FROM orders WHERE customer_id IS NULL)" && python3 migrate.py --db /tmp/snap.db down && python3 migrate.py --db /tmp/snap.db up && python3 migrate.py --db /tmp/snap.db status]==] },
}

M.own_test = {
  { sh = [==[mkdir -p tests && cat > tests/test_0004_customers.sh <<'EOF'
#!/bin/sh
# DATA-204: migration 0004 up, down, up on a copy of the snapshot; prints the trial figures
set -e
db=$(mktemp /tmp/snap.XXXXXX.db)
cp data/prod-snapshot.db "$db"
python3 migrate.py --db "$db" up
sqlite3 "$db" "SELECT COUNT(*) FROM customers; SELECT COUNT(*) FROM orders WHERE customer_id IS NOT NULL; SELECT COUNT(*) FROM orders WHERE customer_id IS NULL; SELECT COUNT(*) FROM orders"
python3 migrate.py --db "$db" down
python3 migrate.py --db "$db" up
rm -f "$db"
EOF
chmod +x tests/test_0004_customers.sh && sh tests/test_0004_customers.sh]==] },
  { sh = "git add migrations/0004_customers.py tests/test_0004_customers.sh && git commit -qm 'DATA-204: migration 0004 moves customers out of orders (expand step)' && git log --oneline | head -3" },
}

M.commit = {
  { sh = "git add migrations/0004_customers.py && git commit -qm 'DATA-204: migration 0004 moves customers out of orders (expand step)' && git log --oneline | head -3" },
}

M.submit = { { submit = "migrate" } }

M.report = {
  { say = "lena", text = "DATA-204: migration 0004 (migrations/0004_customers.py, with a down) is committed. Trial on a copy of the prod snapshot: 244 customers created, 828 orders linked, 72 orders left without a customer (phone orders and blanks). Down and up again both ran cleanly on the copy." },
  { finish = true },
}

return M
