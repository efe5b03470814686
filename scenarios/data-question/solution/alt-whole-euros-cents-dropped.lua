-- Alternative (play as a careful junior who reports whole euros): the reference file, a plain
-- question about the month, and a delivery that drops the cents as many finance slides do:
-- "North 38,288 EUR, total 122,205 EUR" (the data says 38,288.78 and 122,205.65). That was read as
-- a figure not in the data: delivered 5 and a false_figure penalty of 10 (75 %). A figure cut at
-- the digits written invents nothing: must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "nora", text = "Which month do you mean by last month: February 2024?" },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY r.name" > answer.csv && cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "answer.csv is ready: February, paid orders only. North 38,288 EUR, total 122,205 EUR." },
  { finish = true },
}
