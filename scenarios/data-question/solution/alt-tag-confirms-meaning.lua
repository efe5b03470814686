-- Alternative: asks with a tag on what Nora means, not on a decision of the learner's ("last
-- month is February 2024, right?"), in #analytics, queries with a CTE and BETWEEN on date(),
-- delivers with rounded figures ("about 122.2k EUR"): 100 %.
return {
  { post = "#analytics", text = "@nora for the board deck: by last month you mean the whole of February 2024, right?" },
  { sh = [[sqlite3 -csv -header shop.db "WITH feb AS (SELECT customer_id, total_cents FROM orders WHERE status = 'paid' AND date(ordered_at) BETWEEN '2024-02-01' AND '2024-02-29') SELECT r.name AS region, printf('%.2f', COALESCE(SUM(feb.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN feb ON feb.customer_id = c.id GROUP BY r.id ORDER BY r.name" > answer.csv && cat answer.csv]] },
  { submit = "revenue" },
  { post = "#analytics", text = "@nora answer.csv is in my folder: February 2024, paid orders only, about 122.2k EUR in total, Islands at 0.00." },
  { finish = true },
}
