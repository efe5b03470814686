-- careful-alt: SQL migration built on CTEs (WITH ... INSERT / WITH ... UPDATE) and an anti-join
-- (NOT EXISTS a later named order) for the name; copy made with sqlite3 .backup; figures read
-- with python; plain wording to Helga and Lena.
return {
  { sh = "python3 migrate.py --db dev.db status; sqlite3 data/prod-snapshot.db '.schema orders'" },
  { sh = "sqlite3 -header data/prod-snapshot.db \"SELECT count(*) AS orders, count(DISTINCT customer_email) AS raw, count(DISTINCT lower(trim(customer_email))) AS normalised, sum(customer_email LIKE '%<%') AS bracketed, sum(coalesce(customer_email,'') NOT LIKE '%@%') AS no_at FROM orders\"" },
  { sh = "sqlite3 data/prod-snapshot.db \"SELECT DISTINCT quote(customer_email) FROM orders WHERE coalesce(customer_email,'') NOT LIKE '%@%'; SELECT customer_email FROM orders WHERE customer_email LIKE '%<%' LIMIT 3\"" },
  { say = "helga", text = "Good morning Helga. For DATA-204 I found e-mail addresses that appear on several orders under different customer names. Which of those names should the new customer record carry?" },
  { say = "helga", text = "Two more, to be sure: entries such as 'Kaja Horvat <kaja@...>' come from an old import; do I take only the address between the brackets? And orders with n/a or a dash instead of an address: should they stay without a customer?" },
  { sh = [==[cat > migrations/0004_customers.sql <<'SQL'
-- DATA-204 (expand step): customers table and orders.customer_id. The old customer_email and
-- customer_name columns stay until SHOP-412.
CREATE TABLE customers (
  id    INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name  TEXT
);
ALTER TABLE orders ADD COLUMN customer_id INTEGER REFERENCES customers(id);

-- normalised address per order: inside <...> for the 2019 import, trimmed, lower case; no '@' = none
WITH raw AS (
  SELECT id, placed_at, nullif(trim(customer_name), '') AS nm,
         lower(trim(CASE WHEN instr(customer_email, '<') > 0 AND rtrim(customer_email) LIKE '%>'
                         THEN substr(rtrim(customer_email), instr(customer_email, '<') + 1,
                                     length(rtrim(customer_email)) - instr(customer_email, '<') - 1)
                         ELSE customer_email END)) AS em
  FROM orders),
addr AS (SELECT id, placed_at, nm, CASE WHEN em LIKE '%@%' THEN em END AS email FROM raw)
INSERT INTO customers (email, name)
SELECT e.email,
       (SELECT b.nm FROM addr b
         WHERE b.email = e.email AND b.nm IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM addr c
                            WHERE c.email = b.email AND c.nm IS NOT NULL
                              AND (c.placed_at > b.placed_at OR (c.placed_at = b.placed_at AND c.id > b.id))))
FROM (SELECT DISTINCT email FROM addr WHERE email IS NOT NULL) e;

WITH raw AS (
  SELECT id,
         lower(trim(CASE WHEN instr(customer_email, '<') > 0 AND rtrim(customer_email) LIKE '%>'
                         THEN substr(rtrim(customer_email), instr(customer_email, '<') + 1,
                                     length(rtrim(customer_email)) - instr(customer_email, '<') - 1)
                         ELSE customer_email END)) AS em
  FROM orders)
UPDATE orders SET customer_id = (SELECT c.id FROM raw r JOIN customers c ON c.email = r.em WHERE r.id = orders.id);
SQL
printf -- '-- undo 0004: remove the link column, then the table\nALTER TABLE orders DROP COLUMN customer_id;\nDROP TABLE customers;\n' > migrations/0004_customers.down.sql
cat migrations/0004_customers.down.sql]==] },
  { sh = "rm -f /tmp/trial.db; sqlite3 data/prod-snapshot.db '.backup /tmp/trial.db' && git status --short data/ && python3 migrate.py --db /tmp/trial.db up && python3 migrate.py --db /tmp/trial.db down && python3 migrate.py --db /tmp/trial.db up && python3 migrate.py --db /tmp/trial.db status" },
  { sh = "python3 -c \"import sqlite3;c=sqlite3.connect('/tmp/trial.db');q=lambda s:c.execute(s).fetchone()[0];print('customers',q('select count(*) from customers'),'linked',q('select count(*) from orders where customer_id is not null'),'unlinked',q('select count(*) from orders where customer_id is null'),'orders',q('select count(*) from orders'))\"" },
  { sh = "sqlite3 /tmp/trial.db \"SELECT c.email, c.name, group_concat(o.customer_name, ' | ') FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.id HAVING count(DISTINCT o.customer_name) > 1 LIMIT 3\"" },
  { sh = "git add migrations/0004_customers.sql migrations/0004_customers.down.sql && git commit -q -m 'DATA-204: add customers and orders.customer_id (migration 0004, with down)' && git status --short && git log --oneline -1" },
  { say = "lena", text = "Hi Lena, the trial of migration 0004 on a copy of the production snapshot is done. Customers created: 244. Orders linked to a customer: 828 (out of 900). Orders with no customer: 72, the phone orders with n/a, a dash or nothing as address; none were removed. Rolling back and re-applying also worked. The migration and its down file are committed." },
  { submit = "migrate" },
  { finish = true },
}
