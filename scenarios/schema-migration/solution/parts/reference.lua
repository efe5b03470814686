-- parts/reference.lua: the reference route of schema-migration cut into its stages (look at the
-- data, ask Helga, write 0004 and its down file, try it on a copy, read the figures, commit, tell
-- Lena, submit), so the action scripts that change one stage share the rest. Not an action script
-- itself: verify only plays solution/*.lua.
local M = {}

-- The migrations' rules, the schema, and what the addresses and names on the snapshot look like.
M.look = {
  { sh = "cat migrations/README.md; sqlite3 dev.db .schema" },
  { sh = "sqlite3 data/prod-snapshot.db \"SELECT count(*), count(DISTINCT customer_email), count(DISTINCT lower(trim(customer_email))) FROM orders\"" },
  { sh = "sqlite3 data/prod-snapshot.db \"SELECT quote(customer_email), count(*) FROM orders WHERE customer_email NOT LIKE '%@%' OR customer_email IS NULL OR customer_email LIKE '%<%' GROUP BY 1 ORDER BY 2 DESC LIMIT 12\"" },
  { sh = "sqlite3 data/prod-snapshot.db \"SELECT lower(trim(customer_email)) e, group_concat(DISTINCT customer_name) FROM orders WHERE customer_email LIKE '%@%' GROUP BY e HAVING count(DISTINCT customer_name) > 1 LIMIT 5\"" },
}

-- The cases the data leaves open go to Helga before any SQL is written.
M.ask_helga = {
  { say = "helga", text = "Hi Helga, three questions about customer data for DATA-204: 1) one address often appears with different names (e.g. a new surname): which name should the customer get? 2) some addresses look like 'Anna Berg <anna@...>' from an old import: is the address the part in brackets? 3) values like n/a, - or blank: no customer, I assume?" },
}

-- 0004 as SQL (normalised addresses, the latest non-blank name, links, an index) and its down file.
M.write = {
  { sh = [==[cat > migrations/0004_customers.sql <<'SQL'
-- 0004 (DATA-204): customers out of orders, expand step. orders keeps customer_email and
-- customer_name until SHOP-412; every order with an address points to its customer.
CREATE TABLE customers (
  id    INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name  TEXT
);
ALTER TABLE orders ADD COLUMN customer_id INTEGER REFERENCES customers(id);

-- the address of each order: the part inside <...> (2019 import), trimmed, lower case;
-- no '@' (n/a, -, blanks) means no address (Helga)
CREATE TEMP TABLE order_address (order_id INTEGER PRIMARY KEY, placed_at TEXT, name TEXT, email TEXT);
INSERT INTO order_address
SELECT id, placed_at, trim(customer_name),
       CASE WHEN addr LIKE '%@%' THEN addr END
FROM (SELECT id, placed_at, customer_name,
             lower(trim(CASE WHEN instr(customer_email, '<') > 0 AND rtrim(customer_email) LIKE '%>'
                             THEN substr(customer_email, instr(customer_email, '<') + 1,
                                         length(rtrim(customer_email)) - instr(customer_email, '<') - 1)
                             ELSE customer_email END)) AS addr
      FROM orders);
CREATE INDEX temp.order_address_email ON order_address (email);

-- one customer per address, named after the most recent order with a name (Helga)
INSERT INTO customers (email, name)
SELECT a.email,
       (SELECT o.name FROM order_address o WHERE o.email = a.email AND o.name <> ''
        ORDER BY o.placed_at DESC, o.order_id DESC LIMIT 1)
FROM (SELECT DISTINCT email FROM order_address WHERE email IS NOT NULL) a;

UPDATE orders SET customer_id = (SELECT c.id FROM order_address o JOIN customers c ON c.email = o.email
                                 WHERE o.order_id = orders.id);
CREATE INDEX idx_orders_customer_id ON orders (customer_id);
DROP TABLE order_address;
SQL
cat > migrations/0004_customers.down.sql <<'SQL'
-- back to version 3: the index first (SQLite won't drop an indexed column), then the column, then the table
DROP INDEX idx_orders_customer_id;
ALTER TABLE orders DROP COLUMN customer_id;
DROP TABLE customers;
SQL
ls migrations]==] },
}

-- Up, down and up again on a copy of the snapshot.
M.trial = {
  { sh = "cp data/prod-snapshot.db /tmp/snap.db && python3 migrate.py --db /tmp/snap.db && python3 migrate.py --db /tmp/snap.db down && python3 migrate.py --db /tmp/snap.db && python3 migrate.py --db /tmp/snap.db status" },
}

-- The figures, read from the copy.
M.figures = {
  { sh = "sqlite3 /tmp/snap.db \"SELECT (SELECT count(*) FROM customers), (SELECT count(customer_id) FROM orders), (SELECT count(*) FROM orders WHERE customer_id IS NULL), (SELECT count(*) FROM orders)\"" },
  { sh = "sqlite3 /tmp/snap.db \"SELECT email, name FROM customers WHERE email IN (SELECT lower(trim(customer_email)) FROM orders GROUP BY 1 HAVING count(DISTINCT customer_name) > 1) LIMIT 3\"" },
}

-- Migrate dev.db and commit both files under the given subject.
function M.commit_as(subject)
  return {
    { sh = "python3 migrate.py && git add migrations/0004_customers.sql migrations/0004_customers.down.sql && git commit -qm '" .. subject .. "' && git status --short" },
  }
end

M.commit = M.commit_as("Migration 0004: customers table from orders, with down migration (DATA-204)")

-- The figures to Lena.
M.tell_lena = {
  { say = "lena", text = "DATA-204: migration 0004 (plus its down file) is committed. Trial on a copy of the prod snapshot: 244 customers created, 828 orders linked, 72 orders left without a customer (phone orders with n/a, - or blank), 900 orders in total, none deleted. Up, down and up again all work." },
}

-- Submit for review; the end of the run.
M.submit = {
  { submit = "migrate" },
  { finish = true },
}

-- An action script of `expect` and the stages given, in order (scenarios/lib/stages.lua).
M.script = require("stages").script

return M
