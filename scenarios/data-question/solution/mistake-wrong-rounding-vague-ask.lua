-- Mistake (play as a sloppy junior): the right file, but the only question to Nora is "anything I
-- should know before I start?" (it names no period: the delivery's "February" is a stated
-- assumption, clarified 8), and the delivery rounds the total from memory to "roughly 125k EUR"
-- (the data says 122,205.65: rounded to thousands that is 122k). A wrong figure for the board deck
-- is worse than none: delivered 5 and the false_figure penalty. Must fail.
return {
  expect = { outcome = "failed", max_percent = 65 },
  { say = "nora", text = "anything I should know before I start?" },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY r.name" > answer.csv && cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "answer.csv is ready for February, paid orders only, roughly 125k EUR in total." },
  { finish = true },
}
