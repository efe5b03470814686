-- Alternative: asks with a plain either/or question, uses date(ordered_at) BETWEEN '2024-02-01' AND
-- '2024-02-29' (correct: the day, not midnight, is compared) with a correlated subquery per region,
-- writes the file with .once, and delivers briefly.
return {
  { sh = "sqlite3 shop.db .schema | head -n 30; sed -n 1,40p DATA_DICTIONARY.md" },
  { say = "nora", text = "Should I use February 2024 (the calendar month) or the last 30 days?" },
  { sh = [[sqlite3 shop.db <<'SQL'
.headers on
.mode csv
.once answer.csv
SELECT r.name AS region,
       printf('%.2f', IFNULL((SELECT SUM(o.total_cents) FROM orders o JOIN customers c ON c.id = o.customer_id
                               WHERE c.region_id = r.id AND o.status = 'paid'
                                 AND date(o.ordered_at) BETWEEN '2024-02-01' AND '2024-02-29'), 0) / 100.0) AS revenue_eur
FROM regions r ORDER BY revenue_eur DESC;
SQL
cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "Sent! answer.csv has February 2024, paid orders only." },
  { finish = true },
}
