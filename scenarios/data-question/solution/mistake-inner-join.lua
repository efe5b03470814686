-- Mistake: a plain JOIN drops Islands (no customers yet), although the ticket asks for every
-- region with 0.00. The five amounts are right, so only the completeness check's points are lost
-- (85 %), but that check is required: a board report missing a region fails the run.
return { expect = { outcome = "failed", max_percent = 85 },
  { say = "nora", text = "Hi Nora, which period do you mean by last month: calendar February 2024?" },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', SUM(o.total_cents) / 100.0) AS revenue_eur FROM orders o JOIN customers c ON c.id = o.customer_id JOIN regions r ON r.id = c.region_id WHERE o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY r.name" > answer.csv; cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "answer.csv is ready: February 2024, paid orders only." },
  { finish = true },
}
