-- Mistake (play as a sloppy junior): a right python clean-up, but the question to Tomas is a vague
-- "anything weird with the dates?" (names neither the format nor the day/month order: confirms
-- nothing), and the people count comes from `cut | sort -u | wc -l` over clean.csv with its header
-- line, so answer.txt and the message to Ines say 151 people (the truth is 150; Intro to SQL 39
-- is right). The file Ines books from is right, so the run may pass, but it loses exactly what
-- was sloppy: people 5, confirmed_dates 10, delivered 15 -> 10 (one of two counts true): 80 %.
return {
  expect = { outcome = "passed", max_percent = 80 },
  { sh = "head -n 5 signups.csv" },
  { say = "tomas", text = "anything weird with the dates?" },
  { sh = "wc -l signups.csv" },
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
    k = (r["email"], r["workshop"])
    if k not in first or r["when"] < first[k]["when"]: first[k] = r
w = csv.writer(open("clean.csv", "w", newline=""), lineterminator="\n")
w.writerow(["submitted_at", "name", "email", "workshop", "city"])
for r in sorted(first.values(), key=lambda r: r["when"]):
    w.writerow([r["when"].strftime("%Y-%m-%d %H:%M"), r["name"].strip(), r["email"], r["workshop"], r["city"]])
PY
echo "people: $(cut -d, -f3 clean.csv | sort -u | wc -l)" > answer.txt
echo "intro_to_sql: $(grep -c ',Intro to SQL,' clean.csv)" >> answer.txt; cat answer.txt]==] },
  { submit = "clean" },
  { say = "ines", text = "clean.csv is done, 151 people and 39 for intro to sql" },
  { finish = true },
}
