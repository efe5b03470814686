-- Sloppy: a right migration with its down file, tried on a copy, but a scratch query left in
-- migrations/ and committed with the subject "stuff"; Helga never asked, Lena told "numbers look
-- fine". migrations/scratch.txt is no migration (scope fails; it passed while any new file in
-- migrations/ counted) and "stuff" says nothing (message fails).
return { expect = { outcome = "failed", max_percent = 62 },
  { sh = "sqlite3 data/prod-snapshot.db 'select customer_email, customer_name from orders limit 20'" },
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
  { sh = "cp data/prod-snapshot.db /tmp/s.db && python3 migrate.py --db /tmp/s.db && python3 migrate.py --db /tmp/s.db down && python3 migrate.py --db /tmp/s.db" },
  { sh = "echo 'select count(*) from customers;' > migrations/scratch.txt; git add -A && git commit -q -m 'stuff'" },
  { say = "lena", text = "done, numbers look fine" },
  { submit = "migrate" },
  { finish = true },
}
