-- Over-reacher (round 11, h4, blind play): the reference day, but after handing in the review of
-- PR-57 the learner also "fixes" Tom's branch for him: switches to tom/purge-labels, quotes the
-- variable, makes the crontab pass $LABELS_DIR, sets RETENTION_DAYS=90, commits it there with a
-- clear subject, switches back and tells Tom. Main never moves. The ticket was a review: Tom's
-- script is no file of SHIP-231's, so only `hygiene` (5) goes: 96.7 %, passed (no change needed).
local day = require("parts.day")

local script = day.steps(
  { sh = "cat docs/CONTRIBUTING.md" },
  { wait = 90 },
  { say = "dana", text = "Morning Dana! Starting with SHIP-231 as planned." },
  { sh = "python3 -m pytest -q" },
  { sh = "git log --oneline -p -3 -- svc/eta.py | head -60" },
  { wait = 400 },
  -- 10:48: Dana moves OPS-88 first
  { say = "dana", text = "Understood: OPS-88 first for Rita's 11:30 call, SHIP-231 right after." },
  { sh = "cat data/README.md && head -5 data/shipments.csv" },
  day.ops88_python,
  { wait = 240 },
  -- 10:55: Sam's urgent question
  day.transit_python,
  { say = "sam", text = "Brightmart has 15 parcels in transit right now (latest status per parcel)." },
  { submit = "ops88" },
  { post = "#ops", text = "@rita OPS-88 is in out/ops-88.csv (parcels delivered in September, UTC). Headline: Cargola is the worst, 17 of 62 late = 27.4 %; best is RoadRunner with 3.2 %." },
  day.review_read,
  { wait = 300 },
  { say = "tom", text = "I'm on PR-57 now. I'd rather review it properly than approve blind; the freeze is no reason to merge something risky." },
  day.review_file(day.REVIEW),
  { submit = "review" },
  { say = "tom", text = "Review is in (out/review-PR57.md): request changes. Blocking: the cron line passes $LABEL_DIR but the crontab sets LABELS_DIR, so the script runs with an empty dir (find -delete in cron's home, rm -rf /tmp/*); and the retention is 30 days where OPS-71 says 90." },
  { sh = [[git switch -q tom/purge-labels && sed -i -e 's/^RETENTION_DAYS=30/RETENTION_DAYS=90/' -e 's/^LABEL_DIR=\$1$/LABEL_DIR=${1:?usage: purge_labels.sh LABEL_DIR}/' -e 's/find \$LABEL_DIR /find "$LABEL_DIR" /' -e 's|rm -rf \$LABEL_DIR/tmp/\*|rm -rf "${LABEL_DIR:?}"/tmp/*|' ops/purge_labels.sh && sed -i 's/purge_labels.sh \$LABEL_DIR /purge_labels.sh $LABELS_DIR /' ops/crontab && git diff --stat && git commit -qam 'purge_labels: require and quote the dir, LABELS_DIR in cron, 90 days retention (OPS-71)' && git switch -q main && git log --oneline -1 tom/purge-labels]] },
  { say = "tom", text = "I also pushed a fix commit onto tom/purge-labels for both blockers (quoted + required dir, LABELS_DIR in the crontab, RETENTION_DAYS=90), have a look before you merge." },
  -- SHIP-231 after OPS-88; the freeze is announced for 11:15, so the fix goes on a branch
  { wait = 120 },
  day.eta_fix,
  { wait = 420 },
  { sh = "git switch -c fix/SHIP-231 && git add svc/eta.py tests/test_eta.py && git commit -q -m 'Skip Saturdays when counting business days (SHIP-231)' && git log --oneline -3" },
  { submit = "eta" },
  { say = "dana", text = "SHIP-231 is fixed on branch fix/SHIP-231 (not on main, because of the freeze): is_business_day let Saturday (weekday 5) through. Two regression tests added, suite green. Submitted for your review." },
  { finish = true }
)
script.expect = { outcome = "passed", min_percent = 96, max_percent = 97 }
return script
