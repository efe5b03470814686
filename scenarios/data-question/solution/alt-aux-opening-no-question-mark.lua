-- Round 11 (h1): the over-formal writer. "Before I start: is 'last month' February 2024 (the full
-- calendar month)" with no question mark: facts.asks knows pronoun subjects ("is it"), not "last
-- month", so clarified gave 8 (88 %). An auxiliary opening a sentence (after a short opening) asks
-- in this scenario's judge: 100 %.
return {
  { say = "nora", text = "Before I start: is 'last month' February 2024 (the full calendar month)" },
  { sh = "cat DATA_DICTIONARY.md" },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY r.name" > answer.csv && cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "done, answer.csv is in ur folder: feb 2024, paid orders only. north is top w/ 38288.78" },
  { finish = true },
}
