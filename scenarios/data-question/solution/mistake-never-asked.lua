-- Mistake: never asks what "last month" means. The guess happens to be right, and the delivery
-- (sent after submitting) names the month, which used to count as having asked. Correct numbers,
-- but the clarification is missing: the run may pass, never with the clarification points.
return { expect = { max_percent = 88 },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY r.name" > answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "Here are last month's numbers (February): answer.csv is ready." },
  { finish = true },
}
