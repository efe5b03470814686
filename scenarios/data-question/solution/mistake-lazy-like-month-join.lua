-- Mistake (play as a lazy junior): the minimum that looks done. No question, no look at the
-- dictionary: one query with ordered_at LIKE '2024-02%' over every order status and a plain JOIN
-- (Islands, without customers, disappears), amounts as sqlite prints them, and "done" to Nora.
-- Refunds and cancellations counted (values fail), a region missing (complete, required, fails):
-- must fail.
return {
  expect = { outcome = "failed", max_percent = 25 },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, SUM(o.total_cents) / 100.0 AS revenue_eur FROM orders o JOIN customers c ON c.id = o.customer_id JOIN regions r ON r.id = c.region_id WHERE o.ordered_at LIKE '2024-02%' GROUP BY r.name" > answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "done" },
  { finish = true },
}
