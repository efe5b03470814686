-- Alternative for day-at-work (100 %): a fast start. SHIP-231 is fixed (perl), tested in a new
-- test file and committed on main within minutes, before Dana changes the plan, so the change
-- is honoured by doing OPS-88 next (in sqlite3). Sam is answered in #team (awk), the review
-- groups findings under headings and cites "path (line N)".
local day = require("parts.day")

return day.steps(
  { sh = "python3 -m pytest -q && git log --oneline -3 -p -- svc/eta.py | head -40" },
  { say = "dana", text = "On SHIP-231 now, it looks small." },
  { sh = [[perl -pi -e 's/weekday\(\) < 6/weekday() <= 4/' svc/eta.py && cat > tests/test_ship_231.py <<'PYTEST'
from datetime import date, datetime

from svc.eta import is_business_day, promised_date


def test_saturday_and_sunday_are_not_business_days():
    assert not is_business_day(date(2024, 10, 5))
    assert not is_business_day(date(2024, 10, 6))


def test_thursday_parcelnow_is_promised_for_monday():
    assert promised_date(datetime(2024, 10, 3, 14, 10), "ParcelNow") == date(2024, 10, 7)
PYTEST
python3 -m pytest -q]] },
  { sh = "git add svc/eta.py tests/test_ship_231.py && git commit -q -m 'Promise business days only: Saturday is no delivery day (SHIP-231)' && git status --short" },
  { submit = "eta" },
  { say = "dana", text = "SHIP-231 is committed on main: is_business_day counted Saturday (weekday 5) as a delivery day since yesterday's refactor. New tests in tests/test_ship_231.py. Ready for your review." },
  { sh = "cat data/README.md" },
  { sh = [[sqlite3 /tmp/ship.db <<'SQL'
.mode csv
.import data/shipments.csv log
CREATE TABLE cur AS SELECT * FROM log WHERE rowid IN (SELECT MAX(rowid) FROM log GROUP BY id);
.headers on
.once out/ops-88.csv
SELECT carrier, COUNT(*) AS delivered, SUM(substr(delivered_at, 1, 10) > promised_at) AS late,
       printf('%.1f', 100.0 * SUM(substr(delivered_at, 1, 10) > promised_at) / COUNT(*)) AS late_pct
FROM cur WHERE status = 'delivered' AND delivered_at LIKE '2024-09%' GROUP BY carrier ORDER BY carrier;
SQL
cat out/ops-88.csv]] },
  { submit = "ops88" },
  { say = "rita", text = "OPS-88 is ready in out/ops-88.csv. Worst is Cargola: 27.4 % of its 62 September deliveries were late (17). SwiftPost 7.0 %, ParcelNow 12.5 %, RoadRunner 3.2 %." },
  day.review_read,
  { wait = 480 },
  day.review_file([[
# PR-57 review

Nice and readable, and the --dry-run is a good idea.

## Blocking

- `ops/crontab` (line 4): cron never sets LABEL_DIR (the crontab defines LABELS_DIR), so the job calls the script with an empty argument.
- `ops/purge_labels.sh` (line 17): with an empty LABEL_DIR this unquoted find runs in cron's current directory and deletes every old PDF there; line 18 then does rm -rf /tmp/*. Please validate the argument (`${1:?}`) and quote "$LABEL_DIR".
- `ops/purge_labels.sh` (line 6): the retention is 30 days, OPS-71 says legal needs 90.

## Nits

- `tests/test_purge_labels.py` (line 20): maybe also test the empty-argument case.

Verdict: request changes
]]),
  { wait = 60 },
  { sh = [[awk -F, 'NR > 1 { state[$1] = $7; who[$1] = $2 } END { for (p in state) if (who[p] == "Brightmart" && state[p] == "in_transit") n++; print n }' data/shipments.csv]] },
  { post = "#team", text = "@sam Brightmart has 15 parcels in transit right now (current status per parcel)." },
  { submit = "review" },
  { post = "#team", text = "@tom review of PR-57 is in out/review-PR57.md: changes requested. The cron line passes the unset $LABEL_DIR (empty argument, then find -delete in the home dir and rm -rf /tmp/*), and retention should be 90 days per OPS-71." },
  { finish = true }
)
