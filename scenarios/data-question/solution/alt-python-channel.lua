-- Alternative solution for data-question: ask Nora in #analytics instead of a DM, then use
-- python3's sqlite3 and csv modules (no sqlite3 CLI): per-region totals computed in Python
-- with a dict, so regions without sales come from the regions table, not from a LEFT JOIN.
return {
  { post = "#analytics", text = "@nora quick question before I start: which period is 'last month' - calendar February 2024, or the last 30 days? And UTC?" },
  { sh = "cat DATA_DICTIONARY.md" },
  { sh = [[python3 - <<'PY'
import csv, sqlite3
db = sqlite3.connect("file:shop.db?mode=ro", uri=True)
totals = {name: 0 for (name,) in db.execute("SELECT name FROM regions")}
q = """SELECT r.name, o.total_cents FROM orders o
       JOIN customers c ON c.id = o.customer_id JOIN regions r ON r.id = c.region_id
       WHERE o.status = 'paid' AND o.ordered_at >= ? AND o.ordered_at < ?"""
for region, cents in db.execute(q, ("2024-02-01", "2024-03-01")):
    totals[region] += cents
with open("answer.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["region", "revenue_eur"])
    for region in sorted(totals):
        c = totals[region]
        w.writerow([region, "%d.%02d" % (c // 100, c % 100)])
print(open("answer.csv").read())
PY]] },
  { submit = "revenue" },
  { say = "nora", text = "Done: answer.csv has revenue per region for February 2024 (paid orders only, incl. VAT, UTC). Islands is 0.00 as it has no customers yet." },
  { finish = true },
}
