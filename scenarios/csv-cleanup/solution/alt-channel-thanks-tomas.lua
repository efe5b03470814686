-- Alternative (found by playing a valid junior): alt-groupby-channel's work, but the delivery in
-- #events opens with "Thanks Tomas for the date tip! Ines, clean.csv is ready ... 150 people
-- overall, 39 for Intro to SQL." A channel post that names Tomas was taken for a message to him,
-- not to Ines: delivered 0 (85 %). It names Ines and is written to her: must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "wc -l signups.csv; cut -d, -f1 signups.csv | grep -o '^[0-9]*/[0-9]*' | cut -d/ -f1 | sort -n | uniq | tail -n 3" },
  { post = "#events", text = "@tomas I see dates like 13/02/2024 in the export, so the spreadsheet looks day-first (DD/MM/YYYY). Can you confirm before I dedupe?" },
  { sh = "cut -d, -f4 signups.csv | sort | uniq -c" },
  { sh = [==[cat > /tmp/clean.py <<'PY'
import csv, itertools, re
def iso(s):
    s = s.strip()
    m = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4}) (\d\d:\d\d)", s)
    if m: return "%s-%s-%s %s" % (m[3], m[2], m[1], m[4])
    return s.replace("T", " ")[:16]
rows = []
for r in csv.DictReader(open("signups.csv", newline="")):
    e = r["email"].strip().lower()
    if e.endswith("@larkspur.test"): continue
    rows.append([iso(r["submitted_at"]), r["name"].strip(), e, r["workshop"], r["city"]])
rows.sort(key=lambda r: (r[2], r[3], r[0]))
keep = [next(g) for _, g in itertools.groupby(rows, key=lambda r: (r[2], r[3]))]
with open("clean.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["submitted_at", "name", "email", "workshop", "city"])
    w.writerows(keep)
with open("answer.txt", "w") as f:
    f.write("people: %d\n" % len({r[2] for r in keep}))
    f.write("intro_to_sql: %d\n" % len({r[2] for r in keep if r[3] == "Intro to SQL"}))
PY
python3 /tmp/clean.py && rm /tmp/clean.py && cat answer.txt && wc -l clean.csv]==] },
  { submit = "clean" },
  { post = "#events", text = "Thanks Tomas for the date tip! Ines, clean.csv is ready (one row per person per workshop, first sign-up kept, test sign-ups out). Head counts: 150 people overall, 39 for Intro to SQL." },
  { finish = true },
}
