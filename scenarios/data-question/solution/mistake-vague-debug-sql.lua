-- Mistake (final play): the right query, but a vague "quick q" to Nora that asks nothing about the
-- period, a stray debug.sql left in the workspace, and a bare "done" at the end. The file is right
-- (the checks pass); clarifying and delivering must lose credit (fair: it passes, but with 72 %:
-- clarified 0 of 20, delivered 12 of 20).
return { expect = { outcome = "passed", max_percent = 80 },
  { say = "nora", text = "quick q" },
  { sh = [[echo "SELECT * FROM orders LIMIT 5;" > debug.sql; sqlite3 shop.db < debug.sql]] },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY r.name" > answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "done" },
  { finish = true },
}
