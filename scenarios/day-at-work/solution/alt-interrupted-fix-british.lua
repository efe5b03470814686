-- Careful junior on another route (play round vA, fourth session): starts SHIP-231 as planned and
-- has the one-character fix in the working tree (tried a wrong edit first and undid it with
-- `git restore`) when Dana changes the plan; leaves the edit uncommitted, does OPS-88 (shared
-- python), answers Sam, posts a British headline, reviews PR-57 (shared read and review), then
-- comes back, adds the regression test in its own new file written with cat <<EOF, and commits
-- on a branch because of the freeze. Chat in British English with markdown. Must score 100 %.
local day = require("parts.day")

local script = day.steps(
  { say = "dana", text = "Morning Dana, I'm picking up SHIP-231 first, as planned." },
  { sh = "git log -p -n 2 -- svc/eta.py | head -n 40" },
  { sh = "sed -i 's/day.weekday() < 6/day.weekday() <= 6/' svc/eta.py && python3 -m pytest -q tests/test_eta.py | tail -n 2; git restore svc/eta.py" },
  { sh = "sed -i 's/day.weekday() < 6/day.weekday() < 5/' svc/eta.py && git diff && python3 -m pytest -q | tail -n 1" },
  { wait = 330 },
  { say = "dana", text = "Understood, I'll park SHIP-231 (the fix is in my working copy, not committed) and do OPS-88 for Rita first." },
  { sh = "cat data/README.md" },
  day.ops88_python,
  { wait = 340 },
  day.transit_python,
  { say = "sam", text = "Hi Sam, Brightmart currently has **15** parcels in transit (taking each parcel's latest status)." },
  { submit = "ops88" },
  { post = "#ops", text = "@rita OPS-88 is in `out/ops-88.csv` (parcels delivered in September):\n- worst: **Cargola**, 17 of 62 late (27.4 %)\n- best: RoadRunner, 3.2 %" },
  day.review_read,
  { wait = 240 },
  day.review_file(day.REVIEW),
  { submit = "review" },
  { say = "tom", text = "Tom, I've finished reviewing PR-57 and I'm requesting changes (out/review-PR57.md). The cron line passes $LABEL_DIR, but the crontab defines LABELS_DIR, so under cron the script gets an empty directory (find -delete in cron's home, rm -rf /tmp/*); and the retention is 30 days whereas OPS-71 says 90." },
  { wait = 420 },
  { sh = [[git status --short && cat > tests/test_eta_weekend.py <<'EOF'
from datetime import date

from svc.eta import add_business_days


def test_saturday_is_not_a_business_day():
    # Friday + 1 business day is the following Monday
    assert add_business_days(date(2024, 10, 4), 1) == date(2024, 10, 7)
EOF
python3 -m pytest -q && git switch -c bugfix/ship-231 && git add svc/eta.py tests/test_eta_weekend.py && git commit -q -m 'Exclude Saturdays from business days in ETA calculation (SHIP-231)' && git log --oneline -n 2]] },
  { submit = "eta" },
  { say = "dana", text = "SHIP-231 is finished:\n- `is_business_day` checked `weekday() < 6`, so Saturday was treated as a business day; it's `< 5` now\n- committed with a regression test on `bugfix/ship-231` (not main, owing to the freeze)\n- whole suite passes; over to you for review" },
  { finish = true }
)
script.expect = { outcome = "passed", min_percent = 100 }
return script
