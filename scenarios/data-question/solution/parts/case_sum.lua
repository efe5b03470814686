-- parts/case_sum.lua: the python route that several data-question scripts share (the February
-- question to Nora, the data dictionary, one query with the filters inside SUM(CASE ...) over a
-- LEFT JOIN from regions, written to answer.csv with the csv module), cut into stages so the
-- scripts that vary only the question or the delivery do not repeat it. Not an action script
-- itself: verify only plays solution/*.lua.
local M = {}

M.ask_february = {
  { say = "nora", text = "Hi Nora, by last month do you mean February 2024 (the calendar month, UTC)?" },
}

M.dictionary = { { sh = "cat DATA_DICTIONARY.md" } }

-- February 2024, paid orders, every region (Islands with 0.00), read-only on shop.db.
M.query = {
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
}

M.submit = { { submit = "revenue" } }
M.finish = { { finish = true } }

-- An action script of `expect` and the stages given, in order (scenarios/lib/stages.lua).
M.script = require("stages").script

return M
