-- Alternative (play as a careful junior on another route): asks Nora in its own words ("the whole of
-- the month before this one, or a rolling four weeks?"), reads the dictionary, builds every
-- region's row with a UNION ALL of the regions (0 cents) and February's paid orders, summed per
-- region in sqlite3 with a header echoed in front, and delivers a markdown table in British
-- English with euro signs and thousands separators ("€38,288.78") and "≈ €122.2k in total".
-- Same file and true figures as the reference: must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "grep -n -i -A3 'revenue' DATA_DICTIONARY.md; sqlite3 shop.db 'SELECT min(ordered_at), max(ordered_at), count(*) FROM orders'" },
  { say = "nora", text = "Nora, to be sure I pull the right rows: is 'last month' the whole of the month before this one, or a rolling four weeks?" },
  { sh = [[{ echo 'region,revenue_eur'; sqlite3 -separator , shop.db "SELECT name, printf('%.2f', SUM(cents) / 100.0) FROM (SELECT r.id, r.name, 0 AS cents FROM regions r UNION ALL SELECT r.id, r.name, o.total_cents FROM orders o JOIN customers c ON c.id = o.customer_id JOIN regions r ON r.id = c.region_id WHERE o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01') GROUP BY id ORDER BY SUM(cents) DESC"; } > answer.csv; cat answer.csv; awk -F, 'NR>1{s+=$2} END{printf "%.2f\n", s}' answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "Hi Nora, **answer.csv** is ready: February 2024 (UTC), paid orders only, refunds and cancellations excluded.\n\n| region | revenue |\n|---|---|\n| North | €38,288.78 |\n| South | €29,498.79 |\n| East | €27,641.91 |\n| West | €26,776.17 |\n| Islands | €0.00 |\n\n≈ €122.2k in total; Islands has no customers yet." },
  { finish = true },
}
