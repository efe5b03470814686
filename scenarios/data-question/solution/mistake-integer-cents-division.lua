-- Mistake (play 2026-12-06, playD: a sloppy junior): asks the right question, but sums
-- total_cents / 100 (integer division in SQLite: every order loses its cents) and pads the result
-- with printf('%.2f'), so answer.csv looks right (two decimals, every region) and Nora hears it
-- is ready. The amounts are wrong to the cent (values fails, and the delivery came with wrong
-- amounts in the file): must fail.
return {
  expect = { outcome = "failed", max_percent = 60 },
  { say = "nora", text = "Hi Nora, by last month do you mean February 2024, the whole calendar month?" },
  { sh = "cat DATA_DICTIONARY.md" },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents / 100), 0)) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY r.name" > answer.csv && cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "answer.csv is ready: February 2024, paid orders only." },
  { finish = true },
}
