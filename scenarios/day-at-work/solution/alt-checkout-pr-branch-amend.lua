-- Careful junior on another route (play round vA, fourth session): lowercase throughout. runs
-- the suite twice at the start, does OPS-88 with the shared python when dana changes the plan,
-- answers sam by DM, reads PR-57 by checking tom's branch out (`git checkout tom/purge-labels`,
-- sed -n and head on his files) and goes back with `git checkout -`, writes the review, tells
-- tom; then makes a branch for SHIP-231 first, fixes it with a python edit, commits, writes a
-- regression test file with printf and amends its own commit to include it; one long lowercase
-- report to dana. Must score 100 %.
local day = require("parts.day")

local script = day.steps(
  { say = "dana", text = "morning dana, starting on ship-231 now" },
  { sh = "python3 -m pytest -q; python3 -m pytest -q tests/test_eta.py" },
  { wait = 420 },
  { say = "dana", text = "ok, switching to ops-88 first for rita's call" },
  { sh = "cat data/README.md | head -n 50" },
  day.ops88_python,
  { wait = 330 },
  day.transit_python,
  { say = "sam", text = "15 brightmart parcels are in transit right now (latest status per parcel)" },
  { submit = "ops88" },
  { post = "#ops", text = "@rita ops-88 numbers are in out/ops-88.csv (september deliveries)\n- worst: cargola, 17 of 62 late (27.4 %)\n- best: roadrunner, 3.2 %" },
  { sh = "git status --short && git checkout -q tom/purge-labels && git log --oneline -n 3 && sed -n '1,40p' ops/purge_labels.sh && head -n 20 ops/crontab && git checkout -q - && git branch --show-current" },
  { wait = 300 },
  day.review_file(day.REVIEW),
  { submit = "review" },
  { say = "tom", text = "hi tom, review's in out/review-PR57.md - request changes, sorry. the cron line passes $LABEL_DIR but the crontab sets LABELS_DIR, so under cron the dir is empty (find -delete in cron's cwd, rm -rf /tmp/*), and retention is 30 days where ops-71 says 90" },
  { wait = 500 },
  { sh = [[git checkout -q -b fix/ship-231-saturday && python3 -c "p='svc/eta.py'; s=open(p).read(); open(p,'w').write(s.replace('day.weekday() < 6', 'day.weekday() < 5'))" && git diff --stat && git commit -q -am 'treat saturday as a non-business day in eta (ship-231)']] },
  { sh = [[printf '%s\n' 'from datetime import date' '' 'from svc.eta import add_business_days' '' '' 'def test_friday_plus_one_business_day_skips_saturday():' '    assert add_business_days(date(2024, 10, 4), 1) == date(2024, 10, 7)' > tests/test_eta_saturday.py && python3 -m pytest -q && git add tests/test_eta_saturday.py && git commit -q --amend --no-edit && git show --stat HEAD | tail -n 3 && git status --short]] },
  { submit = "eta" },
  { say = "dana", text = "ship-231 done on fix/ship-231-saturday (not main because of the freeze): is_business_day used weekday() < 6 so saturday counted as a business day, now < 5, with a regression test for friday + 1 business day landing on monday. whole suite passes, submitted for your review" },
  { finish = true }
)
script.expect = { outcome = "passed", min_percent = 100 }
return script
