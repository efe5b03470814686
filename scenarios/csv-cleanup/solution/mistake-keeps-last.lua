-- Mistake: asks the right question and parses every date right, but lets the last submission of a
-- double sign-up overwrite the first (a dict assignment), although the first decides the waiting
-- list. Head counts are right; the file is not what was asked.
return { expect = { outcome = "failed" },
  { say = "tomas", text = "Hi Tomas, is 01/02/2024 in the old spreadsheet the 1st of February (DD/MM/YYYY)?" },
  { sh = [==[python3 - <<'PY'
import csv
from datetime import datetime
def parse(s):
    for f in ("%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%SZ"):
        try: return datetime.strptime(s.strip(), f)
        except ValueError: pass
rows = {}
for r in csv.DictReader(open("signups.csv", newline="")):
    r["email"] = r["email"].strip().lower()
    if r["email"].endswith("@larkspur.test"): continue
    r["when"] = parse(r["submitted_at"])
    rows[(r["email"], r["workshop"])] = r
w = csv.writer(open("clean.csv", "w", newline=""), lineterminator="\n")
w.writerow(["submitted_at", "name", "email", "workshop", "city"])
for r in rows.values():
    w.writerow([r["when"].strftime("%Y-%m-%d %H:%M"), r["name"].strip(), r["email"], r["workshop"], r["city"]])
open("answer.txt", "w").write("people: %d\nintro_to_sql: %d\n" % (len({e for e, _ in rows}), len({e for e, w in rows if w == "Intro to SQL"})))
PY
cat answer.txt]==] },
  { submit = "clean" },
  { say = "ines", text = "Done: clean.csv and answer.txt are ready. 150 people overall, 39 in Intro to SQL." },
  { finish = true },
}
