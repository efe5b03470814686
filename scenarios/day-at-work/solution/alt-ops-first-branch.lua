-- Alternative for day-at-work (100 %): OPS-88 first from the start (the lead's first plan said
-- the bug, but Finance's numbers are never wrong to do first), written as a small script in
-- /tmp; Sam is answered by DM; the review cites "path line N" under a Blocking heading; SHIP-231
-- comes last, after the freeze, on a differently named branch with the test in test_eta.py.
local day = require("parts.day")

return day.steps(
  { sh = "cat data/README.md; head -3 data/shipments.csv" },
  { sh = [=[cat > /tmp/ops88.py <<'PY'
import csv
from collections import defaultdict

current = {}
for row in csv.DictReader(open("data/shipments.csv", newline="")):
    current[row["id"]] = row          # the log appends: the last row of a parcel wins

delivered, late = defaultdict(int), defaultdict(int)
for p in current.values():
    if p["status"] != "delivered" or not p["delivered_at"].startswith("2024-09"):
        continue
    delivered[p["carrier"]] += 1
    if p["delivered_at"][:10] > p["promised_at"]:
        late[p["carrier"]] += 1

print("carrier,delivered,late,late_pct")
for c in sorted(delivered):
    print("%s,%d,%d,%.1f" % (c, delivered[c], late[c], 100.0 * late[c] / delivered[c]))
PY
python3 /tmp/ops88.py > out/ops-88.csv && cat out/ops-88.csv]=] },
  { submit = "ops88" },
  { post = "#ops", text = "OPS-88 done (out/ops-88.csv). Headline for the call: Cargola delivered 27.4 % of its September parcels late (17 of 62); RoadRunner is best at 3.2 %." },
  { say = "dana", text = "FYI I did OPS-88 first since Rita needs exact numbers today; SHIP-231 is next after Tom's review." },
  { sh = "git diff main...tom/purge-labels" },
  { wait = 420 },
  day.review_file([[
## Blocking

- ops/crontab line 4 passes $LABEL_DIR, but the crontab only sets LABELS_DIR: under cron the argument is empty.
- ops/purge_labels.sh line 10 takes $1 without checking it. With it empty, line 17 becomes `find -name '*.pdf' ... -delete` in the working directory and line 18 `rm -rf /tmp/*`. Suggestion: `LABEL_DIR=${1:?}` plus quoting.
- ops/purge_labels.sh line 6: RETENTION_DAYS=30 contradicts OPS-71 (legal: 90 days).

The logging and the dry-run are great, thanks!

Verdict: request changes
]]),
  { wait = 150 },
  day.transit_python,
  { say = "sam", text = "Hi Sam, it's 15: Brightmart has 15 parcels still in transit." },
  { submit = "review" },
  { say = "tom", text = "Hi Tom, I requested changes on PR-57: the crontab passes $LABEL_DIR (unset, the crontab defines LABELS_DIR), so the script runs with an empty dir; and RETENTION_DAYS should be 90 (OPS-71). Details in out/review-PR57.md." },
  { wait = 600 },
  day.eta_fix,
  { wait = 450 },
  { sh = "git checkout -b ship-231-saturday && git commit -qam 'Fix business days: Saturday is not a delivery day (SHIP-231)' && git log --oneline -2" },
  { submit = "eta" },
  { post = "#team", text = "@dana SHIP-231 is on branch ship-231-saturday because of the freeze: is_business_day treated Saturday as a delivery day. Regression tests added; it's submitted for review." },
  { finish = true }
)
