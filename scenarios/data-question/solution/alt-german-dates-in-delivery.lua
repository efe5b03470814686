-- Alternative (play as a careful junior who writes dates the German way): the reference question,
-- query and file, delivered as "Zeitraum 01.02.–29.02.2024 (UTC), paid orders only. North
-- 38.288,78 €, Islands 0,00 €". The day-and-month "01.02." was read as an amount of 1.02: "not a
-- figure in the data", delivered 5 and false_figure -10 (75 %). A date is no amount: must be 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "nora", text = "Hi Nora, happy to! Quick check first: by last month do you mean the calendar month of February 2024 (1-29 Feb, UTC), or the last 30 days?" },
  { sh = "cat DATA_DICTIONARY.md && sqlite3 shop.db '.schema orders'" },
  { sh = [[sqlite3 -header -column shop.db "SELECT status, COUNT(*) FROM orders WHERE ordered_at >= '2024-02-01' AND ordered_at < '2024-03-01' GROUP BY status"]] },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY r.name" > answer.csv && cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "answer.csv ist fertig / is ready: Zeitraum 01.02.–29.02.2024 (UTC), paid orders only. North 38.288,78 €, Islands 0,00 €." },
  { finish = true },
}
