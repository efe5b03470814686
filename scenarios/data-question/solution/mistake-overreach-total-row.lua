-- Round 11 (h1): the over-reacher. The right February figures, asked first, plus a TOTAL line
-- (the true total) nobody asked for, sorted by revenue: it loses only format (90 %, passed);
-- it lost complete (required, 85 %, failed) while a total line counted as an invented region.
-- A total that is not the true one still does (see the README).
return { expect = { outcome = "passed", min_percent = 90, max_percent = 90 },
  { say = "nora", text = "hi nora, last month = feb 2024 (1-29 feb)? or last 30 days?" },
  { sh = "cat DATA_DICTIONARY.md" },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY SUM(o.total_cents) DESC" > answer.csv && sqlite3 -csv shop.db "SELECT 'TOTAL', printf('%.2f', SUM(total_cents)/100.0) FROM orders WHERE status='paid' AND ordered_at >= '2024-02-01' AND ordered_at < '2024-03-01'" >> answer.csv && cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "answer.csv is ready: February 2024, paid orders only. I added a TOTAL line at the bottom for the deck." },
  { finish = true },
}
