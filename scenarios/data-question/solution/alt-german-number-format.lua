-- Alternative (from a play-test):
-- asks by DM in other words, uses python's sqlite3 + csv modules, filters the month
-- with substr(ordered_at, 1, 7), adds regions without sales with a UNION, delivers with figures
-- written the German way ("38.288,78 €", "122.205,65 €").
return {
  { sh = "sed -n '1,80p' DATA_DICTIONARY.md; sqlite3 shop.db 'SELECT min(ordered_at), max(ordered_at) FROM orders;'" },
  { say = "nora", text = "Hi Nora, one thing to pin down before I pull the numbers: which period should \"last month\" cover? I'd take February 2024, from 1 Feb 00:00 to 29 Feb 23:59 UTC. Is that what you need?" },
  { sh = [[python3 - <<'PY'
import csv, sqlite3
con = sqlite3.connect("file:shop.db?mode=ro", uri=True)
q = """
SELECT r.name, SUM(o.total_cents)
FROM orders o JOIN customers c ON c.id = o.customer_id JOIN regions r ON r.id = c.region_id
WHERE o.status = 'paid' AND substr(o.ordered_at, 1, 7) = '2024-02'
GROUP BY r.name
UNION ALL
SELECT r.name, 0 FROM regions r
WHERE r.name NOT IN (SELECT r2.name FROM orders o JOIN customers c ON c.id = o.customer_id JOIN regions r2 ON r2.id = c.region_id
                     WHERE o.status = 'paid' AND substr(o.ordered_at, 1, 7) = '2024-02')
ORDER BY 1
"""
rows = con.execute(q).fetchall()
with open("answer.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["region", "revenue_eur"])
    for name, cents in rows:
        w.writerow([name, "%d.%02d" % divmod(cents, 100)])
print(open("answer.csv").read())
print("total", sum(c for _, c in rows) / 100)
PY]] },
  { submit = "revenue" },
  { say = "nora", text = "Nora, the file answer.csv now has February 2024 per region (paid orders only, VAT included). North is on top with 38.288,78 €; all regions together make 122.205,65 €. Islands shows 0,00 because it has no customers yet." },
  { finish = true },
}
