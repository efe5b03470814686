-- Alternative (play as a careful junior who chats in short messages): the reference query and
-- delivery, but the question to Nora comes in two DMs: "Hi Nora! 'Last month' could be the calendar
-- month of February 2024 or the last 30 days up to today." and then "Which do you mean?". The
-- first asks nothing, the second names no period, so it counted as a period stated without asking:
-- clarified 8 of 20 (88 %). It is one question: must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "nora", text = "Hi Nora! 'Last month' could be the calendar month of February 2024 or the last 30 days up to today." },
  { say = "nora", text = "Which do you mean?" },
  { sh = "cat DATA_DICTIONARY.md && sqlite3 shop.db '.schema orders'" },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY r.name" > answer.csv && cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "answer.csv is ready: revenue per region for February 2024 (UTC), paid orders only, incl. VAT. North leads with 38288.78 EUR; Islands has no customers yet, so 0.00." },
  { finish = true },
}
