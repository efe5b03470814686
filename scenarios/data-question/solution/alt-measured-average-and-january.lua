-- Alternative (play 2026-12-06, playD: a careful junior who gives context): the reference
-- question and query, plus one more query for the whole month (total, paid orders, average
-- order) and January's revenue for comparison. Nora hears the total, "the average paid order was
-- 438.01 EUR" and "January was 123,880.28 EUR" besides North's figure. Every amount is true and
-- printed by the learner's own queries, but only February's region figures and their total
-- counted as figures in the data: delivered 5 and false_figure -10, 75 %. An amount in a clause
-- that names another figure (an average, another month, refunds) is true when a command of the
-- learner printed it: must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "nora", text = "Hi Nora, quick one before I start: is last month the calendar month of February 2024 (1-29 Feb, UTC) or the last 30 days?" },
  { sh = "cat DATA_DICTIONARY.md && sqlite3 shop.db .schema" },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY r.name" > answer.csv && cat answer.csv]] },
  { sh = [[sqlite3 -header -column shop.db "SELECT substr(ordered_at, 1, 7) AS month, printf('%.2f', sum(total_cents) / 100.0) AS revenue, count(*) AS paid_orders, printf('%.2f', avg(total_cents) / 100.0) AS avg_order FROM orders WHERE status = 'paid' AND ordered_at >= '2024-01-01' AND ordered_at < '2024-03-01' GROUP BY 1"]] },
  { submit = "revenue" },
  { say = "nora", text = "answer.csv is ready: February 2024 (UTC), paid orders only, incl. VAT. Total 122,205.65 EUR from 279 paid orders; the average paid order was 438.01 EUR. North leads with 38288.78 EUR, Islands is 0.00. For comparison, January was 123,880.28 EUR." },
  { finish = true },
}
