-- Careful junior on another route (play round vA, fourth session): asks Dana a question before
-- starting, reads the data README with sed -n, writes OPS-88 as a script file in /tmp (run, then
-- removed), answers Sam with tac + awk (the last row per parcel, in the shell), reads PR-57 with
-- `git diff main...tom/purge-labels`, writes the review with a python heredoc, tells Tom in
-- British English; after the freeze fixes SHIP-231 with ed on its own branch and commits the fix
-- and its regression test as two small commits; reports to Dana as markdown bullets. 100 %.
local day = require("parts.day")

local script = day.steps(
  { say = "dana", text = "Morning Dana! Before I start on SHIP-231: is the promised date meant to skip public holidays too, or only weekends?" },
  { sh = "sed -n '1,40p' docs/CONTRIBUTING.md; git status; git log --oneline -n 5" },
  { wait = 480 },
  { say = "dana", text = "Right, OPS-88 first then, SHIP-231 straight after." },
  { sh = "sed -n '1,60p' data/README.md; head -n 3 data/shipments.csv" },
  { sh = [=[cat > /tmp/ops88.py <<'PY'
import csv
latest = {}
for row in csv.DictReader(open("data/shipments.csv", newline="")):
    latest[row["id"]] = row          # the log: the last row per parcel is its state
per = {}
for r in latest.values():
    if r["status"] != "delivered" or not r["delivered_at"].startswith("2024-09"):
        continue
    n, late = per.get(r["carrier"], (0, 0))
    per[r["carrier"]] = (n + 1, late + (r["delivered_at"][:10] > r["promised_at"]))
out = csv.writer(open("out/ops-88.csv", "w", newline=""), lineterminator="\n")
out.writerow(["carrier", "delivered", "late", "late_pct"])
for carrier in sorted(per):
    n, late = per[carrier]
    out.writerow([carrier, n, late, "%.1f" % (100 * late / n)])
PY
python3 /tmp/ops88.py && rm /tmp/ops88.py && cat out/ops-88.csv]=] },
  { wait = 200 },
  { sh = [[tail -n +2 data/shipments.csv | tac | awk -F, '!seen[$1]++ && $2 == "Brightmart" && $7 == "in_transit"' | wc -l]] },
  { say = "sam", text = "Sam, Brightmart has 15 parcels in transit at the moment (going by each parcel's latest status)." },
  { submit = "ops88" },
  { post = "#ops", text = "@rita OPS-88 is in out/ops-88.csv (September deliveries, by delivery date). Headline: Cargola is the worst performer, 17 of 62 delivered late (27.4 %); RoadRunner the best at 3.2 %." },
  { sh = "git log --stat main..tom/purge-labels && git diff main...tom/purge-labels" },
  { sh = "git show tom/purge-labels:ops/purge_labels.sh | cat -n; git show tom/purge-labels:ops/crontab | cat -n" },
  { wait = 240 },
  { sh = "python3 - <<'PY'\nopen('out/review-PR57.md', 'w').write('''" .. day.REVIEW .. "''')\nPY\nhead -n 5 out/review-PR57.md" },
  { submit = "review" },
  { say = "tom", text = "Hi Tom, I've reviewed PR-57 and I'm afraid I have to request changes (details in out/review-PR57.md): the cron line passes $LABEL_DIR while the crontab defines LABELS_DIR, so under cron the script gets an empty directory and would delete in cron's home and rm -rf /tmp/*; and the retention is 30 days where OPS-71 requires 90." },
  { wait = 500 },
  { sh = [[git switch -c ship-231-saturday && printf '%s\n' '/weekday() < 6/s/< 6/< 5/' w q | ed -s svc/eta.py && git diff && git commit -q -am 'Stop counting Saturday as a business day in the ETA (SHIP-231)']] },
  { sh = [[cat >> tests/test_eta.py <<'PYTEST'


def test_thursday_parcelnow_lands_on_monday_not_saturday():
    assert promised_date(datetime(2024, 10, 3, 14, 10), "ParcelNow") == date(2024, 10, 7)
PYTEST
python3 -m pytest -q && git commit -q -am 'Add a regression test for the Saturday ETA (SHIP-231)' && git log --oneline -n 3 && git status --short]] },
  { submit = "eta" },
  { say = "dana", text = "SHIP-231 is done:\n- cause: `is_business_day` tested `weekday() < 6`, so Saturday counted as a business day\n- fix and a regression test are on branch `ship-231-saturday` (not main, because of the freeze)\n- full suite green; submitted for your review" },
  { finish = true }
)
script.expect = { outcome = "passed", min_percent = 100 }
return script
