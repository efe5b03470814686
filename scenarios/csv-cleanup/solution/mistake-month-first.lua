-- Mistake: never asks, reads the spreadsheet dates month-first (%m/%d/%Y) and falls back to
-- day-first only when that fails; keeps the "first" submission by the misread dates.
return { expect = { outcome = "failed" },
  { sh = "head -n 5 signups.csv" },
  { sh = [==[python3 - <<'PY'
import csv
from datetime import datetime
def parse(s):
    for f in ("%Y-%m-%d %H:%M", "%m/%d/%Y %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%SZ"):
        try: return datetime.strptime(s.strip(), f)
        except ValueError: pass
first = {}
for r in csv.DictReader(open("signups.csv", newline="")):
    r["email"] = r["email"].strip().lower()
    if r["email"].endswith("@larkspur.test"): continue
    r["when"] = parse(r["submitted_at"])
    k = (r["email"], r["workshop"])
    if k not in first or r["when"] < first[k]["when"]: first[k] = r
w = csv.writer(open("clean.csv", "w", newline=""), lineterminator="\n")
w.writerow(["submitted_at", "name", "email", "workshop", "city"])
for r in sorted(first.values(), key=lambda r: r["when"]):
    w.writerow([r["when"].strftime("%Y-%m-%d %H:%M"), r["name"].strip(), r["email"], r["workshop"], r["city"]])
people = {e for e, _ in first}; sql = {e for e, w in first if w == "Intro to SQL"}
open("answer.txt", "w").write("people: %d\nintro_to_sql: %d\n" % (len(people), len(sql)))
PY]==] },
  { sh = "cat answer.txt" },
  { submit = "clean" },
  { say = "ines", text = "Done! 150 people, 39 for Intro to SQL. The dates were in MM/DD format, by the way." },
  { finish = true },
}
