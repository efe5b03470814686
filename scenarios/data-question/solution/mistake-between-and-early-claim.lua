-- Mistake: BETWEEN '2024-02-01' AND '2024-02-29' loses the orders of 29 February after midnight;
-- and "it's ready" is sent before the file exists, the question about the month after that.
return { expect = { outcome = "failed" },
  { say = "nora", text = "Numbers are ready, sending them over!" },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at BETWEEN '2024-02-01' AND '2024-02-29' GROUP BY r.id ORDER BY r.name" > answer.csv]] },
  { say = "nora", text = "By the way, did you mean February?" },
  { submit = "revenue" },
  { finish = true },
}
