-- Alternative (play 2026-12-06, playD: a careful junior with other habits): asks Tomas in #events
-- whether the slash dates are UK style, cleans with python but writes clean.csv the way Excel
-- likes it (csv.QUOTE_ALL, CRLF line ends, a UTF-8 BOM), answer.txt with CRLF too, sorts by
-- e-mail, and tells Ines in #events with a markdown table and British wording ("normalised",
-- "no double submissions left, earliest one kept"). The same true file and counts in another
-- dress, and true claims: must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "head -n 6 signups.csv; python3 -c \"import csv,collections; print(collections.Counter(len(r) for r in csv.reader(open('signups.csv'))))\"" },
  { post = "#events", text = "@tomas morning! the old spreadsheet rows look like 01/02/2024 22:51 - are those UK style (day first) or US style?" },
  { sh = "grep -ci 'larkspur.test' signups.csv" },
  { sh = [==[python3 - <<'PY'
import csv, re
def iso(s):
    s = s.strip()
    m = re.match(r"(\d\d)/(\d\d)/(\d{4}) (\d\d:\d\d)$", s)
    if m:
        d, mo, y, hm = m.groups()
        return "%s-%s-%s %s" % (y, mo, d, hm)
    return s.replace("T", " ")[:16]
best = {}
for r in csv.DictReader(open("signups.csv", newline="", encoding="utf-8")):
    e = r["email"].strip().lower()
    if e.endswith("@larkspur.test"):
        continue
    r["email"], r["name"], r["submitted_at"] = e, r["name"].strip(), iso(r["submitted_at"])
    k = (e, r["workshop"])
    if k not in best or r["submitted_at"] < best[k]["submitted_at"]:
        best[k] = r
cols = ["submitted_at", "name", "email", "workshop", "city"]
with open("clean.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, quoting=csv.QUOTE_ALL)
    w.writerow(cols)
    for k in sorted(best):
        w.writerow([best[k][c] for c in cols])
people = {e for e, _ in best}
sql = {e for e, w in best if w == "Intro to SQL"}
open("answer.txt", "w", newline="").write("people: %d\r\nintro_to_sql: %d\r\n" % (len(people), len(sql)))
PY
cat answer.txt; head -n 3 clean.csv]==] },
  { submit = "clean" },
  { post = "#events", text = "@ines all done, clean.csv and answer.txt are in my folder. dates normalised to yyyy-mm-dd hh:mm, no double submissions left (earliest one kept), larkspur.test sign-ups taken out.\n\n| head count | number |\n|---|---|\n| people (all workshops) | 150 |\n| intro to sql | 39 |" },
  { finish = true },
}
