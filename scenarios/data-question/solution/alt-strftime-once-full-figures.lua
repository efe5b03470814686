-- Alternative (final play): asks Nora by DM with other words ("whole of February, or the 30 days
-- up to today?"), checks the dictionary, aggregates paid orders per customer region in a
-- subquery filtered with strftime('%Y-%m', ordered_at) = '2024-02' (the timestamps are UTC text,
-- so this is the same month), LEFT JOINs it to regions, writes with .once and delivers every
-- figure plus the total. Same file, true figures: must pass with 100 %.
return { expect = { outcome = "passed", min_percent = 100 },
  { say = "nora", text = "Hello Nora! For the board deck, which period should I use for last month: the whole of February 2024 (UTC), or the 30 days up to today?" },
  { sh = "cat DATA_DICTIONARY.md; sqlite3 shop.db 'SELECT status, COUNT(*) FROM orders GROUP BY status'" },
  { sh = [[sqlite3 shop.db <<'SQL'
.headers on
.mode csv
.once answer.csv
SELECT r.name AS region, printf('%.2f', IFNULL(t.cents, 0) / 100.0) AS revenue_eur
FROM regions r
LEFT JOIN (SELECT c.region_id AS rid, SUM(o.total_cents) AS cents
           FROM orders o JOIN customers c ON c.id = o.customer_id
           WHERE o.status = 'paid' AND strftime('%Y-%m', o.ordered_at) = '2024-02'
           GROUP BY c.region_id) t ON t.rid = r.id
ORDER BY r.name;
SQL
cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "Nora, answer.csv is in place: February 2024 (UTC), paid orders only, incl. VAT. North 38,288.78 EUR, South 29,498.79, East 27,641.91, West 26,776.17, Islands 0.00; 122,205.65 EUR in total." },
  { finish = true },
}
