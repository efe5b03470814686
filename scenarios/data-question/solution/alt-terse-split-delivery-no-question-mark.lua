-- Round 9 (pd9), a terse non-native splitter: asks Nora "quick q: last month mean februar 2024
-- (1-29 feb) or last 30 day" with no question mark (two readings side by side ask her which),
-- writes answer.csv with a python script (CASE inside SUM), then delivers in three short
-- lowercase messages: "answer.csv redy", the period and basis, and North as "38 288,78 eur".
-- A true, complete delivery spread over messages: 100 %. Before: 80 % (clarified 8, as a mere
-- statement of the period; delivered 12, each message judged alone).
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "nora", text = "hi nora, quick q: last month mean februar 2024 (1-29 feb) or last 30 day" },
  { sh = "cat DATA_DICTIONARY.md; sqlite3 shop.db .schema" },
  { sh = [[python3 - <<'EOF'
import sqlite3, csv
db = sqlite3.connect("file:shop.db?mode=ro", uri=True)
rows = db.execute("""SELECT r.name, COALESCE(SUM(CASE WHEN o.status = 'paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' THEN o.total_cents END), 0)
FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id GROUP BY r.id ORDER BY r.name""").fetchall()
with open("answer.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["region", "revenue_eur"])
    for name, cents in rows:
        w.writerow([name, "%.2f" % (cents / 100)])
EOF
cat answer.csv]] },
  { submit = "revenue" },
  { say = "nora", text = "answer.csv redy" },
  { say = "nora", text = "feb 2024 utc, only paid order" },
  { say = "nora", text = "north is biggest with 38 288,78 eur, islands 0" },
  { finish = true },
}
