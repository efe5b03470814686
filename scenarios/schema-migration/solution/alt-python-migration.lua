-- Alternative: a Python migration (up and down in one file), questions to Helga in #backend
-- one at a time, the trial on a copy read with python, the report in #backend.
local r = require("parts.python_route")   -- the migration itself, shared with the round-8 scripts
return {
  { sh = "python3 migrate.py status && sed -n 1,20p migrate.py" },
  { sh = [==[python3 - <<'PY'
import sqlite3, collections
c = sqlite3.connect("data/prod-snapshot.db")
odd = collections.Counter(e for (e,) in c.execute("SELECT customer_email FROM orders") if not e or "@" not in e or "<" in e or e != e.strip().lower())
print(len(odd), "odd values;", odd.most_common(8))
PY]==] },
  { post = "#backend", text = "@helga quick one for DATA-204: when the same address has different names on different orders, which name should the customer keep?" },
  { post = "#backend", text = "@helga and values like 'Kaja Horvat <kaja@...>' or 'n/a': is the address the part in brackets, and n/a no customer at all?" },
  { sh = "cat > migrations/0004_customers.py <<'PY'\n" .. r.MIGRATION_UP .. r.MIGRATION_DOWN .. "PY\n" .. [==[rm -f /tmp/t.db && cp data/prod-snapshot.db /tmp/t.db && python3 migrate.py --db /tmp/t.db && python3 migrate.py --db /tmp/t.db down && python3 migrate.py --db /tmp/t.db]==] },
  { sh = [==[python3 -c "
import sqlite3; c = sqlite3.connect('/tmp/t.db')
print(c.execute('SELECT count(*) FROM customers').fetchone()[0], 'customers')
print(c.execute('SELECT count(*) FROM orders WHERE customer_id IS NOT NULL').fetchone()[0], 'linked')
print(c.execute('SELECT count(*) FROM orders WHERE customer_id IS NULL').fetchone()[0], 'without customer')"]==] },
  { sh = "python3 migrate.py && git add migrations/0004_customers.py && git commit -qm 'Add migration 0004: customers from orders (DATA-204)'" },
  { post = "#backend", text = "@lena 0004 is in (Python migration with up and down, committed). On a copy of the snapshot it created 244 customers and linked 828 orders; 72 orders stay without customer (no address). No order deleted; down and up again work." },
  { submit = "migrate" },
  { finish = true },
}
