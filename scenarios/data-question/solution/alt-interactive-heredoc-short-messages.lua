-- Alternative (play 2026-12-06, vD: terse lowercase, sqlite3 dot-commands): the first act is a DM
-- "nora - last month = feb 2024 (1-29 feb)? or rolling 30 days?", then one sqlite3 heredoc with
-- .headers on / .mode csv / .output answer.csv and a CTE, a look at the statuses afterwards (order varied:
-- the status check comes after the file), the query run again to see it twice, and three short
-- messages: "done", "answer.csv is in the folder", "feb 2024, paid only - refunds/cancelled
-- excluded. west lowest at 26776.17". Must pass with full marks.
return {
  expect = { outcome = "passed", min_percent = 95 },
  { say = "nora", text = "nora - last month = feb 2024 (1-29 feb)? or rolling 30 days?" },
  { sh = "ls -l shop.db queries/" },
  { sh = "sqlite3 shop.db .tables; sqlite3 shop.db '.schema orders'; head -n 30 DATA_DICTIONARY.md" },
  { sh = [[sqlite3 shop.db <<'SQL'
.headers on
.mode csv
.output answer.csv
WITH feb AS (SELECT customer_id, total_cents FROM orders
             WHERE status = 'paid' AND ordered_at >= '2024-02-01' AND ordered_at < '2024-03-01')
SELECT r.name AS region, printf('%.2f', COALESCE(SUM(feb.total_cents), 0) / 100.0) AS revenue_eur
FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN feb ON feb.customer_id = c.id
GROUP BY r.name
ORDER BY r.name;
.output stdout
SQL
cat answer.csv]] },
  { sh = [[sqlite3 -header -column shop.db "SELECT status, COUNT(*), SUM(total_cents) FROM orders WHERE ordered_at >= '2024-02-01' AND ordered_at < '2024-03-01' GROUP BY status"]] },
  { sh = "cat answer.csv" },
  { submit = "revenue" },
  { say = "nora", text = "done" },
  { say = "nora", text = "answer.csv is in the folder" },
  { say = "nora", text = "feb 2024, paid only - refunds/cancelled excluded. west lowest at 26776.17, islands 0.00 (no customers)" },
  { finish = true },
}
