-- Alternative (from a second play-test): asks Tomas whether "the first number means the day ... or US
-- style", other wording throughout.
return {
  { sh = "head -n 4 signups.csv; awk -F, 'NR>1{print substr($1,3,1) substr($1,11,1)}' signups.csv | sort | uniq -c" },
  { say = "tomas", text = "Tomas, in the rows whose timestamp uses slashes, does the first number mean the day (so 05/03 is 5 March) or is it US style?" },
  { sh = "grep -ci 'larkspur.test' signups.csv" },
  { sh = [==[python3 - <<'PY'
import csv, re
rx = [(re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})"), (0, 1, 2)),
      (re.compile(r"^(\d{2})/(\d{2})/(\d{4}) (\d{2}):(\d{2})"), (2, 1, 0))]
def iso(s):
    s = s.strip()
    for r, (y, m, d) in rx:
        g = r.match(s)
        if g:
            g = g.groups()
            return "%s-%s-%s %s:%s" % (g[y], g[m], g[d], g[3], g[4])
    raise SystemExit("cannot read " + s)
rows = []
for r in csv.DictReader(open("signups.csv", newline="")):
    e = r["email"].strip().lower()
    if e.endswith("@larkspur.test"): continue
    rows.append((iso(r["submitted_at"]), r["name"].strip(), e, r["workshop"].strip(), r["city"].strip()))
rows.sort()
seen, out = set(), []
for row in rows:
    if (row[2], row[3]) in seen: continue
    seen.add((row[2], row[3])); out.append(row)
with open("clean.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n"); w.writerow(["submitted_at", "name", "email", "workshop", "city"]); w.writerows(out)
ppl = {r[2] for r in out}; sql = {r[2] for r in out if r[3] == "Intro to SQL"}
open("answer.txt", "w").write("people = %d\nintro_to_sql = %d\n" % (len(ppl), len(sql)))
PY
cat answer.txt; wc -l clean.csv]==] },
  { submit = "clean" },
  { say = "ines", text = "Ines, clean.csv and answer.txt are in place. Head count: 150 distinct participants overall, and 39 of them are booked for Intro to SQL. Everyone keeps their earliest submission per workshop, and the @larkspur.test accounts are left out." },
  { finish = true },
}
