-- Alternative (final play): the reference cleaning, but asks Tomas with an example date ("is
-- 03/04/2024 the 3rd of April"), sorts clean.csv by workshop then time, and tells Ines in lowercase
-- markdown ("unique attendees: 150; intro to sql: 39"). Same true files and numbers: 100 %.
return { expect = { outcome = "passed", min_percent = 100 },
  { sh = "head -n 5 signups.csv && wc -l signups.csv" },
  { sh = "cut -d, -f1 signups.csv | sed 's/[0-9]/9/g' | sort | uniq -c" },
  { say = "tomas", text = "tomas quick one: in the old spreadsheet rows, is 03/04/2024 the 3rd of April (day/month) or March 4th?" },
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

rows = sorted(first.values(), key=lambda r: (r["workshop"], r["when"]))
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
cat answer.txt; head -n 3 clean.csv]==] },
  { submit = "clean" },
  { say = "ines", text = "hi ines, **clean.csv** is ready: duplicates merged (earliest sign-up kept), larkspur.test rows dropped, all dates as YYYY-MM-DD HH:MM. unique attendees: 150; intro to sql: 39 (also in answer.txt)." },
  { finish = true },
}
