-- Mistake (final play): the right cleaning, but a vague "dates?" to Tomas, a stray debug-head.txt
-- left in the folder, and "done, see files" to Ines without the numbers she asked for. The data is
-- right, so it may pass, but the communication credit must drop. "dates?" names neither the format
-- nor the day/month ambiguity, so it confirms nothing (confirmed_dates 0; it earned 10 while any
-- question to Tomas with "date" in it counted: 91 -> 81 %), and Tomas asks back what about them.
return { expect = { outcome = "passed", max_percent = 81 },
  { sh = "head -n 5 signups.csv && wc -l signups.csv" },
  { sh = "cut -d, -f1 signups.csv | sed 's/[0-9]/9/g' | sort | uniq -c" },
  { say = "tomas", text = "dates?" },
  { sh = "grep -c '@larkspur.test' signups.csv; cut -d, -f4 signups.csv | sort | uniq -c" },
  { sh = [==[python3 - <<'PY'
import csv
from datetime import datetime

FORMATS = ("%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%SZ")

def parse(s):
    for f in FORMATS:
        try:
            return datetime.strptime(s.strip(), f)
        except ValueError:
            pass
    raise ValueError("unknown date: %r" % s)

first = {}
with open("signups.csv", newline="") as f:
    for r in csv.DictReader(f):
        r["email"] = r["email"].strip().lower()
        r["name"] = r["name"].strip()
        if r["email"].endswith("@larkspur.test"):
            continue
        r["when"] = parse(r["submitted_at"])
        key = (r["email"], r["workshop"])
        if key not in first or r["when"] < first[key]["when"]:
            first[key] = r

rows = sorted(first.values(), key=lambda r: r["when"])
with open("clean.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["submitted_at", "name", "email", "workshop", "city"])
    for r in rows:
        w.writerow([r["when"].strftime("%Y-%m-%d %H:%M"), r["name"], r["email"], r["workshop"], r["city"]])

people = {r["email"] for r in rows}
sql = {r["email"] for r in rows if r["workshop"] == "Intro to SQL"}
with open("answer.txt", "w") as f:
    f.write("people: %d\nintro_to_sql: %d\n" % (len(people), len(sql)))
print(len(rows), "rows")
PY
cat answer.txt; head -n 3 clean.csv > debug-head.txt]==] },
  { submit = "clean" },
  { say = "ines", text = "done, see files" },
  { finish = true },
}
