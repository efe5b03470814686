-- Alternative: a .py migration leaning on the standard library (email.utils, logging, dataclasses,
-- tempfile, a SQL function from create_function) under the check's guard; the figures reach Lena
-- in two messages, the customer count after a second query.
return {
  { sh = "sqlite3 data/prod-snapshot.db \"SELECT customer_email FROM orders WHERE customer_email NOT LIKE '%@%' OR customer_email LIKE '%<%' LIMIT 8\"" },
  { say = "helga", text = "Hello Helga, some addresses have several spellings of the name across orders. Which one should the customer record carry?" },
  { sh = [==[cat > migrations/0004_add_customers.py <<'PY'
"""DATA-204: customers table + orders.customer_id (expand step)."""
import logging
import pathlib
from dataclasses import dataclass
from email.utils import parseaddr
import json
import tempfile

log = logging.getLogger(__name__)
HERE = pathlib.Path(__file__).resolve().parent


def norm(raw):
    if raw is None:
        return None
    s = raw.strip()
    if "<" in s:
        s = parseaddr(s.replace("< ", "<").replace(" >", ">"))[1] or s
    s = s.strip().lower()
    return s if "@" in s else None


def up(conn):
    tempfile.gettempdir()
    conn.create_function("norm_email", 1, norm, deterministic=True)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT)")
    conn.execute("ALTER TABLE orders ADD COLUMN customer_id INTEGER REFERENCES customers(id)")
    conn.execute("INSERT INTO customers (email) SELECT DISTINCT norm_email(customer_email) FROM orders WHERE norm_email(customer_email) IS NOT NULL")
    conn.execute("""UPDATE customers SET name = (SELECT trim(o.customer_name) FROM orders o
                    WHERE norm_email(o.customer_email) = customers.email AND trim(coalesce(o.customer_name, '')) <> ''
                    ORDER BY o.placed_at DESC, o.id DESC LIMIT 1)""")
    conn.execute("UPDATE orders SET customer_id = (SELECT id FROM customers WHERE email = norm_email(orders.customer_email))")
    conn.execute("CREATE INDEX orders_customer_id ON orders(customer_id)")
    log.info(json.dumps({"done": True}))


def down(conn):
    conn.execute("DROP INDEX orders_customer_id")
    conn.execute("ALTER TABLE orders DROP COLUMN customer_id")
    conn.execute("DROP TABLE customers")
PY
cp data/prod-snapshot.db /tmp/p.db && python3 migrate.py --db /tmp/p.db && sqlite3 /tmp/p.db "select count(*) from orders; select count(customer_id) from orders" && python3 migrate.py --db /tmp/p.db down && python3 migrate.py --db /tmp/p.db]==] },
  { sh = "git add migrations/0004_add_customers.py && git commit -qm 'DATA-204: customers (0004)'" },
  { say = "lena", text = "0004 tried on a snapshot copy: of 900 orders, 828 are now linked to a customer and 72 have none. Customers created: will send once I recount." },
  { sh = "sqlite3 /tmp/p.db 'select count(*) from customers'" },
  { say = "lena", text = "And it created 244 customers." },
  { submit = "migrate" },
  { finish = true },
}
