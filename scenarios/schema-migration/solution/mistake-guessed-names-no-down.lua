-- Mistake: addresses handled well and true figures reported, but the name rule is a guess
-- (MAX(name)) nobody was asked about, and there is no way back (no down migration).
return { expect = { outcome = "failed", max_percent = 69 },
  { sh = "sqlite3 data/prod-snapshot.db \"SELECT DISTINCT quote(customer_email) FROM orders WHERE coalesce(customer_email, '') NOT LIKE '%@%' OR customer_email LIKE '%<%' LIMIT 10\"" },
  { sh = [==[cat > migrations/0004_customers.sql <<'SQL'
CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT);
ALTER TABLE orders ADD COLUMN customer_id INTEGER REFERENCES customers(id);
CREATE TEMP TABLE a AS
SELECT id, trim(customer_name) AS name,
       lower(trim(CASE WHEN customer_email LIKE '%<%>%'
                       THEN substr(customer_email, instr(customer_email, '<') + 1, instr(customer_email, '>') - instr(customer_email, '<') - 1)
                       ELSE customer_email END)) AS email
FROM orders;
INSERT INTO customers (email, name) SELECT email, max(nullif(name, '')) FROM a WHERE email LIKE '%@%' GROUP BY email;
UPDATE orders SET customer_id = (SELECT c.id FROM a JOIN customers c ON c.email = a.email WHERE a.id = orders.id);
DROP TABLE a;
SQL
cp data/prod-snapshot.db /tmp/g.db && python3 migrate.py --db /tmp/g.db && sqlite3 /tmp/g.db "SELECT count(*) FROM customers; SELECT count(customer_id) FROM orders; SELECT count(*) - count(customer_id) FROM orders"]==] },
  { sh = "git add migrations && git commit -qm 'Migration 0004: customers from orders'" },
  { say = "lena", text = "0004 tried on a snapshot copy: 244 customers, 828 orders linked, 72 without customer." },
  { submit = "migrate" },
  { finish = true },
}
