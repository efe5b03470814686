-- Mistake (play 2026-12-06, playD: a sloppy junior quoting the wrong output): a first query
-- without the status filter prints North at 42906.19 (refunds and cancellations in), the file is
-- then written right, but Nora hears "North leads with 42906.19 EUR, compared with the other
-- regions" from the first output. A printed amount passes only in a clause that names another
-- figure (an average, another month...); "compared" in the same sentence is no such label for
-- North's revenue, so it stays a false board-deck figure: delivered 5, false_figure -10, 75 %
-- (guards alt-measured-average-and-january's rule against this loophole).
return { expect = { outcome = "passed", max_percent = 80 },
  { say = "nora", text = "Hi Nora, quick one before I start: is last month the calendar month of February 2024 (1-29 Feb, UTC) or the last 30 days?" },
  { sh = [[sqlite3 shop.db "SELECT r.name, printf('%.2f', sum(o.total_cents)/100.0) FROM regions r JOIN customers c ON c.region_id = r.id JOIN orders o ON o.customer_id = c.id AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id"]] },
  { sh = [[sqlite3 -csv -header shop.db "SELECT r.name AS region, printf('%.2f', COALESCE(SUM(o.total_cents), 0) / 100.0) AS revenue_eur FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' GROUP BY r.id ORDER BY r.name" > answer.csv && cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "answer.csv is ready: February 2024, paid orders only. North leads with 42906.19 EUR, compared with the other regions." },
  { finish = true },
}
