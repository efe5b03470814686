-- Alternative: states the assumption and asks in #analytics without naming Nora (she posted the
-- request there), aggregates in a CTE with sqlite3 -csv, writes amounts with printf, and delivers
-- in the channel with the total.
return {
  { sh = "sqlite3 shop.db '.tables' '.schema orders' 'SELECT MIN(ordered_at), MAX(ordered_at) FROM orders'" },
  { post = "#analytics", text = "The data runs until 12 March, so I'd take last month as calendar February 2024 (UTC), paid orders only. Is that what you need for the deck?" },
  { sh = [[sqlite3 -csv shop.db "WITH feb AS (SELECT c.region_id AS rid, SUM(o.total_cents) AS cents FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = 'paid' AND o.ordered_at >= '2024-02-01 00:00:00' AND o.ordered_at < '2024-03-01 00:00:00' GROUP BY c.region_id) SELECT 'region', 'revenue_eur' UNION ALL SELECT * FROM (SELECT r.name, printf('%d.%02d', IFNULL(f.cents, 0) / 100, IFNULL(f.cents, 0) % 100) FROM regions r LEFT JOIN feb f ON f.rid = r.id ORDER BY IFNULL(f.cents, 0) DESC)" > answer.csv; cat answer.csv]] },
  { sh = [[sqlite3 shop.db "SELECT printf('%.2f', SUM(total_cents) / 100.0) FROM orders WHERE status = 'paid' AND ordered_at >= '2024-02-01' AND ordered_at < '2024-03-01'"]] },
  { post = "#analytics", text = "@nora answer.csv is in my folder: February 2024 revenue per region, paid orders only, incl. VAT. Total 122,205.65 EUR; North is the largest region, Islands 0.00." },
  { submit = "revenue" },
  { finish = true },
}
