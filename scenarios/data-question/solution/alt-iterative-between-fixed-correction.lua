-- Alternative (round 8, pa8: the iterative junior): asks Nora the period, writes answer.csv with
-- BETWEEN '2024-02-01' AND '2024-02-29' (29 February's orders after midnight are lost), submits
-- and says it is ready without quoting an amount; then counts the orders of the 29th, fixes the
-- query with < '2024-03-01', submits again and sends Nora a correction with the true North and
-- total figures. The latest delivery is right and the scenario sets no retry cost: 100 %, passed.
return { expect = { outcome = "passed", min_percent = 95 },
  { say = "nora", text = "Hi Nora! Before I query: by last month do you mean February 2024 (1-29 Feb), or the last 30 days?" },
  { sh = "cat DATA_DICTIONARY.md; sqlite3 shop.db .tables" },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at BETWEEN '2024-02-01' AND '2024-02-29' GROUP BY r.id ORDER BY r.name" > answer.csv; cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "answer.csv is ready, February 2024, paid orders only." },
  { sh = [[sqlite3 shop.db "SELECT count(*) FROM orders WHERE status = 'paid' AND ordered_at >= '2024-02-29' AND ordered_at < '2024-03-01'"]] },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY r.name" > answer.csv; cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "Sorry Nora, correction: my first file missed orders from 29 February (BETWEEN stopped at midnight). answer.csv is fixed now, North is 38,288.78 and the total is 122,205.65 EUR." },
  { finish = true },
}
