-- Mistake: asks about the period, but sums every order, refunded and cancelled included
-- (DATA_DICTIONARY.md defines revenue as paid orders only).
return { expect = { outcome = "failed" },
  { say = "nora", text = "Quick question: is last month February 2024?" },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY r.name" > answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "answer.csv is ready with February revenue per region." },
  { finish = true },
}
