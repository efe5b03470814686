-- Mistake (play 2026-12-06, playD: a sloppy junior): asks Tomas the right question and converts
-- every date right, but keeps "the first submission" as the first row met in the file
-- (dict.setdefault), not the earliest time: the export is a merge of three sources, not in time
-- order, so for double submissions the later one often survives. Head counts and Ines's message
-- are right; the dates check (30) fails: the waiting-list order Ines asked for is wrong. Must fail.
return {
  expect = { outcome = "failed", max_percent = 74 },
  { sh = "head -n 5 signups.csv; wc -l signups.csv" },
  { say = "tomas", text = "Hi Tomas, the spreadsheet dates like 01/02/2024: is that DD/MM/YYYY?" },
  { sh = "grep -c larkspur.test signups.csv" },
  { sh = [==[python3 - <<'PY'
import csv
from datetime import datetime
def iso(s):
    for f in ("%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%SZ"):
        try:
            return datetime.strptime(s.strip(), f).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            pass
first = {}
for r in csv.DictReader(open("signups.csv", newline="")):
    r["email"] = r["email"].strip().lower()
    if r["email"].endswith("@larkspur.test"):
        continue
    r["submitted_at"] = iso(r["submitted_at"])
    first.setdefault((r["email"], r["workshop"]), r)   # the first one in the file
with open("clean.csv", "w", newline="") as f:
    w = csv.DictWriter(f, ["submitted_at", "name", "email", "workshop", "city"], lineterminator="\n")
    w.writeheader(); w.writerows(first.values())
people = {e for e, _ in first}; sql = {e for e, w in first if w == "Intro to SQL"}
open("answer.txt", "w").write("people: %d\nintro_to_sql: %d\n" % (len(people), len(sql)))
PY
cat answer.txt]==] },
  { submit = "clean" },
  { say = "ines", text = "Hi Ines, clean.csv and answer.txt are ready: 150 people, 39 for Intro to SQL." },
  { finish = true },
}
