-- Round 11 (h1): the terse writer. The only question is "qq: last month = 01.02.-29.02.2024?": the
-- dots of the dates split it into sentences and "01.02" was read as an amount, i.e. a delivery:
-- clarified 8 (88 %). A dot before a non-space ends no sentence, a date in digits names the
-- period, and a dotted date is no amount: 100 %.
return {
  { say = "nora", text = "qq: last month = 01.02.-29.02.2024?" },
  { sh = "cat DATA_DICTIONARY.md" },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY r.name" > answer.csv && cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "done, answer.csv is in ur folder: feb 2024, paid orders only. north is top w/ 38288.78" },
  { finish = true },
}
