-- Mistake: treats "duplicate" as "same e-mail", so people signed up for two workshops lose one
-- of them; the Intro to SQL count drops with it.
return { expect = { outcome = "failed" },
  { say = "tomas", text = "Quick one: is 01/02/2024 in the spreadsheet the 1st of February (DD/MM)?" },
  { sh = "head -n 3 signups.csv; grep -c larkspur.test signups.csv" },
  { sh = [==[python3 - <<'PY'
import csv
from datetime import datetime
def parse(s):
    for f in ("%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%SZ"):
        try: return datetime.strptime(s.strip(), f)
        except ValueError: pass
first = {}
for r in csv.DictReader(open("signups.csv", newline="")):
    r["email"] = r["email"].strip().lower()
    if r["email"].endswith("@larkspur.test"): continue
    r["when"] = parse(r["submitted_at"])
    if r["email"] not in first or r["when"] < first[r["email"]]["when"]: first[r["email"]] = r
w = csv.writer(open("clean.csv", "w", newline=""), lineterminator="\n")
w.writerow(["submitted_at", "name", "email", "workshop", "city"])
for r in sorted(first.values(), key=lambda r: r["when"]):
    w.writerow([r["when"].strftime("%Y-%m-%d %H:%M"), r["name"].strip(), r["email"], r["workshop"], r["city"]])
sql = [r for r in first.values() if r["workshop"] == "Intro to SQL"]
open("answer.txt", "w").write("people: %d\nintro_to_sql: %d\n" % (len(first), len(sql)))
print(open("answer.txt").read())
PY]==] },
  { submit = "clean" },
  { say = "ines", text = "clean.csv and answer.txt are ready, numbers are in answer.txt." },
  { finish = true },
}
