-- Alternative (round 8, pa8: a junior who puts February in context): asks Nora for the period,
-- writes answer.csv with python's sqlite3 module, then queries January's paid total too and
-- tells Nora "February is down 1.4% on January (123,880.28 EUR)" and "North alone is 31% of it":
-- both percentages are worked out from figures a query of theirs printed (122,205.65 against
-- 123,880.28, and 38,288.78 of 122,205.65). Percentages are judged since round 8: true ones
-- must keep 100 %. The amount in brackets after "January" was read without its clause (the clause
-- was cut at "("), so January's printed total counted as a wrong February figure: 75 %, now 100 %.
return {
  { say = "nora", text = "hi nora, for the board deck: does last month mean february 2024 (1st-29th) or the last 30 days?" },
  { sh = [[python3 - <<'PY'
import csv, sqlite3
db = sqlite3.connect("file:shop.db?mode=ro", uri=True)
rows = db.execute("""SELECT r.name, COALESCE(SUM(o.total_cents), 0) FROM regions r
  LEFT JOIN customers c ON c.region_id = r.id
  LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
   AND o.ordered_at >= '2024-02-01' AND o.ordered_at < '2024-03-01'
  GROUP BY r.id ORDER BY r.name""").fetchall()
with open("answer.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["region", "revenue_eur"])
    for name, cents in rows:
        w.writerow([name, "%.2f" % (cents / 100)])
print(open("answer.csv").read())
for month, cents in db.execute("""SELECT substr(ordered_at, 1, 7), SUM(total_cents) FROM orders
  WHERE status = 'paid' AND ordered_at >= '2024-01-01' AND ordered_at < '2024-03-01' GROUP BY 1"""):
    print(month, "%.2f" % (cents / 100))
PY]] },
  { submit = "revenue" },
  { say = "nora", text = "answer.csv is in my folder: February 2024, paid orders only, 122,205.65 EUR in total. For context, February is down 1.4% on January (123,880.28 EUR), and North alone is 31% of it." },
  { finish = true },
}
