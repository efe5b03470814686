-- Alternative (play as a careful junior who asks without a question mark): the reference route,
-- but the question to Tomas is the assumption stated with "Please confirm before I dedupe." The
-- rubric asks for "stated the assumption and asked for confirmation"; only a question mark or a
-- question's word order counted, so it scored confirmed_dates 0 (90 %). Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "head -n 5 signups.csv && wc -l signups.csv" },
  { sh = "cut -d, -f1 signups.csv | sed 's/[0-9]/9/g' | sort | uniq -c" },
  { say = "tomas", text = "Hi Tomas, I'm reading the old spreadsheet dates as day first (DD/MM/YYYY, so 13/02/2024 is 13 February). Please confirm before I dedupe." },
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
cat answer.txt; head -n 3 clean.csv]==] },
  { submit = "clean" },
  { say = "ines", text = "Done! clean.csv has one row per person per workshop (first submission kept, test sign-ups removed). Head counts are in answer.txt: 150 people in total, 39 for Intro to SQL." },
  { finish = true },
}
