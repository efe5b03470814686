-- parts/reference.lua: the reference route of csv-cleanup cut into stages (look at the data, the
-- python clean-up that writes clean.csv and answer.txt), so scripts that change only the question
-- or the delivery share the rest. Not an action script itself: verify only plays solution/*.lua.
local M = {}

-- The shapes of the export, the test rows and the workshops.
M.look = {
  { sh = "head -n 5 signups.csv && wc -l signups.csv" },
  { sh = "cut -d, -f1 signups.csv | sed 's/[0-9]/9/g' | sort | uniq -c" },
}
M.look_more = {
  { sh = "grep -c '@larkspur.test' signups.csv; cut -d, -f4 signups.csv | sort | uniq -c" },
}

-- python csv + strptime: normalised e-mails, every format parsed, first submission kept, test
-- rows out; clean.csv sorted by time and answer.txt with both counts.
M.clean = {
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
}

M.submit = { { submit = "clean" } }

-- An action script of `expect` and the stages given, in order (scenarios/lib/stages.lua).
M.script = require("stages").script

return M
