-- Alternative for csv-cleanup: counts first (a python one-off over normalised e-mails), tells
-- Ines the numbers straight away so she can start booking, then writes clean.csv and answer.txt
-- with a second script (csv + a dict of first submissions, sorted by e-mail) and submits.
-- Delivered credit judges the file she ends up with, whenever the message was sent: 100 %.
return {
  expect = { min_percent = 100 },
  { sh = "awk -F, 'NR>1{print substr($1,3,1) substr($1,11,1)}' signups.csv | sort | uniq -c" },
  { say = "tomas", text = "Tomas, in the export some timestamps have slashes (like 03/02/2024 10:15). Is that the 3rd of February, i.e. day first, or US style?" },
  { sh = [==[python3 -c '
import csv
rows = [r for r in csv.DictReader(open("signups.csv", newline="")) if not r["email"].strip().lower().endswith("@larkspur.test")]
print(len({r["email"].strip().lower() for r in rows}), len({r["email"].strip().lower() for r in rows if r["workshop"] == "Intro to SQL"}))
']==] },
  { say = "ines", text = "Ines, so you can start booking: 150 people overall, 39 of them for Intro to SQL (test sign-ups left out). The cleaned file follows in a few minutes." },
  { sh = [==[cat > tidy.py <<'PY'
import csv
from datetime import datetime
def when(s):
    s = s.strip()
    for f in ("%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M"):
        try:
            return datetime.strptime(s, f)
        except ValueError:
            continue
    raise SystemExit("unparsed date " + s)
best = {}
for r in csv.DictReader(open("signups.csv", newline="")):
    mail = r["email"].strip().lower()
    if mail.endswith("@larkspur.test"):
        continue
    t = when(r["submitted_at"])
    k = (mail, r["workshop"])
    if k not in best or t < best[k][0]:
        best[k] = (t, r["name"].strip(), r["city"])
with open("clean.csv", "w", newline="") as fh:
    out = csv.writer(fh, lineterminator="\n")
    out.writerow(["submitted_at", "name", "email", "workshop", "city"])
    for (mail, ws), (t, name, city) in sorted(best.items()):
        out.writerow([t.strftime("%Y-%m-%d %H:%M"), name, mail, ws, city])
with open("answer.txt", "w") as fh:
    fh.write("people: %d\nintro_to_sql: %d\n" % (len({m for m, _ in best}), len({m for m, w in best if w == "Intro to SQL"})))
PY
python3 tidy.py && cat answer.txt && wc -l clean.csv]==] },
  { submit = "clean" },
  { finish = true },
}
