-- Mistake (play as a lazy junior): the minimum that looks done. No look at the data, no question,
-- no trial: a migration that makes one customer per lower(trim(customer_email)) containing '@'
-- (so "Anna Berg <anna@...>" from the 2019 import becomes a customer of its own, and names are
-- whatever max() gives), no down file, committed as "customers", and "done" to Lena. The snapshot
-- check (required) fails: must fail.
return {
  expect = { outcome = "failed", max_percent = 30 },
  { sh = [==[cat > migrations/0004_customers.sql <<'SQL'
CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT);
ALTER TABLE orders ADD COLUMN customer_id INTEGER REFERENCES customers(id);
INSERT INTO customers (email, name)
SELECT lower(trim(customer_email)), max(customer_name) FROM orders WHERE customer_email LIKE '%@%' GROUP BY 1;
UPDATE orders SET customer_id = (SELECT id FROM customers WHERE email = lower(trim(orders.customer_email)));
SQL
python3 migrate.py && git add migrations && git commit -qm customers]==] },
  { say = "lena", text = "done" },
  { submit = "migrate" },
  { finish = true },
}
