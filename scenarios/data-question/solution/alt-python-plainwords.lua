-- Alternative: python csv module with a CASE sum, asks in #analytics in lower case with a typo, delivers in plain words ("the numbers for feb are in the csv now").
return {
  { sh = "cat DATA_DICTIONARY.md; sqlite3 shop.db .tables" },
  { post = "#analytics", text = "@nora quick q before i run it: last month = all of feburary 2024, or the last 30 days?" },
  { sh = [[python3 - <<'PY'
import sqlite3, csv
db = sqlite3.connect("file:shop.db?mode=ro", uri=True)
rows = db.execute("""SELECT r.name, COALESCE(SUM(CASE WHEN o.status='paid' AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01' THEN o.total_cents END), 0)
FROM regions r LEFT JOIN customers c ON c.region_id = r.id LEFT JOIN orders o ON o.customer_id = c.id GROUP BY r.id ORDER BY r.name""").fetchall()
with open("answer.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["region", "revenue_eur"])
    for name, cents in rows:
        w.writerow([name, "%d.%02d" % (cents // 100, cents % 100)])
PY
cat answer.csv]] },
  { submit = "revenue" },
  { post = "#analytics", text = "@nora the numbers for feb are in the csv now, paid orders only. islands is 0 since it has no customers yet" },
  { finish = true },
}
