-- Alternative wording (found by playing a valid junior): the reference's question and query, but
-- the delivery sums up the result in other true words: "the previous calendar month (1st to 29th,
-- UTC), refunded and cancelled orders left out, every region listed, zero where nobody bought".
-- The summary rule knew only "feb", "paid", a region's name, "vat" or an amount, so this scored
-- 12 of 20 ("without a summary"). Saying which orders were left out and which month is the
-- summary Nora needs. Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "nora", text = "hi nora! before i start: when you say last month, do you mean the whole calendar month before this one (1st to 29th, UTC), or the last 30 days?" },
  { sh = "cat DATA_DICTIONARY.md && sqlite3 shop.db '.schema orders'" },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY r.name" > answer.csv && cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "answer.csv is ready: the previous calendar month (1st to 29th, UTC), refunded and cancelled orders left out, every region listed with zero where nobody bought." },
  { finish = true },
}
