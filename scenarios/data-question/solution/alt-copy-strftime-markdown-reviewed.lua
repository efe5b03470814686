-- Alternative (play 2026-12-06, vD: a cautious junior who works on a copy): copies shop.db to
-- /tmp/shop_copy.db with cp, queries the copy with strftime('%Y-%m', ordered_at) = '2024-02'
-- (sqlite3 -csv -header), asks Nora in #analytics after a first look but before the file is
-- written, and delivers a markdown table of every region plus "I reviewed the refunded and
-- cancelled orders first and left them out". The claim rests on runs over the copy: must pass
-- with full marks.
return {
  expect = { outcome = "passed", min_percent = 95 },
  { sh = "cp shop.db /tmp/shop_copy.db && sqlite3 /tmp/shop_copy.db '.schema'" },
  { sh = [[sqlite3 -header -column /tmp/shop_copy.db "SELECT strftime('%Y-%m', ordered_at) AS month, status, COUNT(*) FROM orders GROUP BY 1, 2 ORDER BY 1 DESC LIMIT 9"]] },
  { post = "#analytics", text = "Hi Nora, the data runs to 12 March. For 'last month', shall I use February 2024 (the whole calendar month)? Please confirm." },
  { sh = "grep -n -i -A3 revenue DATA_DICTIONARY.md" },
  { sh = [[sqlite3 -csv -header /tmp/shop_copy.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(CASE WHEN o.status = 'paid' AND strftime('%Y-%m', o.ordered_at) = '2024-02' THEN o.total_cents END), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id GROUP BY r.id ORDER BY revenue_eur DESC" > answer.csv; cat answer.csv]] },
  { submit = "revenue" },
  { post = "#analytics", text = "Nora, answer.csv is ready - February 2024, paid orders:\n\n| region | revenue (EUR) |\n|---|---|\n| North | 38288.78 |\n| South | 29498.79 |\n| East | 27641.91 |\n| West | 26776.17 |\n| Islands | 0.00 |\n\nI reviewed the refunded and cancelled orders first and left them out; totals include VAT." },
  { finish = true },
}
