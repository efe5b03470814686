-- Alternative (round 8, pa8: the iterative junior and quoter): asks Tomas about 03/04/2024,
-- writes a python clean script to /tmp, runs it and submits before dropping the test sign-ups Ines
-- asked for meanwhile (no_test_rows fails), reruns the script with --drop-test, submits again, and
-- tells Ines quoting her ("> please drop our internal test sign-ups") that they are out now, with
-- the true counts. The end state is right and the scenario sets no retry cost: 100 %, passed.
return { expect = { outcome = "passed", min_percent = 95 },
  { sh = "head -3 signups.csv; cut -d, -f1 signups.csv | sed 's/[0-9]/9/g' | sort | uniq -c" },
  { say = "tomas", text = "hi tomas, the spreadsheet rows have dates like 03/04/2024 - is that day/month (3 april) or month/day?" },
  { sh = [==[cat > /tmp/clean.py <<'PY'
import csv, sys
from datetime import datetime
drop_test = "--drop-test" in sys.argv
FORMATS = ("%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%SZ")
def when(s):
    for f in FORMATS:
        try:
            return datetime.strptime(s.strip(), f)
        except ValueError:
            pass
    raise SystemExit("unknown date: %r" % s)
rows = []
with open("signups.csv", newline="") as f:
    for r in csv.DictReader(f):
        r["email"] = r["email"].strip().lower()
        if drop_test and r["email"].endswith("@larkspur.test"):
            continue
        r["_t"] = when(r["submitted_at"])
        rows.append(r)
rows.sort(key=lambda r: (r["email"], r["workshop"], r["_t"]))
seen, out = set(), []
for r in rows:
    k = (r["email"], r["workshop"])
    if k not in seen:
        seen.add(k)
        r["submitted_at"] = r["_t"].strftime("%Y-%m-%d %H:%M")
        out.append(r)
out.sort(key=lambda r: r["_t"])
with open("clean.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["submitted_at", "name", "email", "workshop", "city"])
    for r in out:
        w.writerow([r["submitted_at"], r["name"], r["email"], r["workshop"], r["city"]])
people = {r["email"] for r in out}
sql = {r["email"] for r in out if r["workshop"] == "Intro to SQL"}
open("answer.txt", "w").write("people: %d\nintro_to_sql: %d\n" % (len(people), len(sql)))
print(len(out), "rows;", open("answer.txt").read())
PY
python3 /tmp/clean.py]==] },
  { submit = "clean" },
  { sh = "grep -ci larkspur.test clean.csv; python3 /tmp/clean.py --drop-test; grep -ci larkspur.test clean.csv" },
  { submit = "clean" },
  { say = "ines", text = "Hi Ines, you asked:\n> please drop our internal test sign-ups (anything @larkspur.test)\nDone, I missed that on my first go but they're out now. Numbers from answer.txt: people: 150, intro_to_sql: 39. clean.csv has one row per person per workshop with the first submission kept." },
  { finish = true },
}
