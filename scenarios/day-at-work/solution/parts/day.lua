-- parts/day.lua: pieces of a day the action scripts in solution/ share (the scripts compose
-- them with day.steps, adding their own order, waits, wording and mistakes). Not an action
-- script itself: verify only plays solution/*.lua.
local M = {}

-- One list of actions from lists of actions and single actions, in order.
function M.steps(...)
  local out = {}
  for _, part in ipairs({ ... }) do
    if part[1] ~= nil then
      for _, a in ipairs(part) do out[#out + 1] = a end
    else
      out[#out + 1] = part
    end
  end
  return out
end

-- The true figures (data/shipments.csv, the last row per parcel): Brightmart has 15 parcels in
-- transit; September: Cargola 62 delivered, 17 late (27.4 %), ParcelNow 48/6 (12.5 %),
-- RoadRunner 62/2 (3.2 %), SwiftPost 71/5 (7.0 %).

-- SHIP-231: the fix (weekday 5 is Saturday) and two regression tests, then the suite.
M.eta_fix = {
  { sh = "sed -i 's/day.weekday() < 6/day.weekday() < 5/' svc/eta.py && git diff" },
  { sh = [[cat >> tests/test_eta.py <<'PYTEST'


def test_ship_231_no_saturday_promise():
    # Thursday 14:10 with ParcelNow (2 business days): Monday, not Saturday
    assert promised_date(datetime(2024, 10, 3, 14, 10), "ParcelNow") == date(2024, 10, 7)


def test_friday_plus_one_business_day_is_monday():
    assert add_business_days(date(2024, 10, 4), 1) == date(2024, 10, 7)
PYTEST
python3 -m pytest -q]] },
}

-- SHIP-231's two regression tests alone (after the fix is in), then the suite.
M.eta_fix_test_only = { M.eta_fix[2] }

-- OPS-88 in Python: the last row per id, delivered in September, late by date.
M.ops88_python = {
  { sh = [=[python3 - <<'PY'
import csv
last = {}
with open("data/shipments.csv", newline="") as f:
    for row in csv.DictReader(f):
        last[row["id"]] = row
stats = {}
for r in last.values():
    if r["status"] == "delivered" and r["delivered_at"][:7] == "2024-09":
        d, l = stats.get(r["carrier"], (0, 0))
        stats[r["carrier"]] = (d + 1, l + (r["delivered_at"][:10] > r["promised_at"]))
with open("out/ops-88.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["carrier", "delivered", "late", "late_pct"])
    for c, (d, l) in sorted(stats.items()):
        w.writerow([c, d, l, "%.1f" % (100 * l / d)])
PY
cat out/ops-88.csv]=] },
}

-- Sam's number in Python: Brightmart parcels whose last row is in_transit.
M.transit_python = {
  { sh = [[python3 -c "import csv; last = {r['id']: r for r in csv.DictReader(open('data/shipments.csv'))}; print(sum(r['customer'] == 'Brightmart' and r['status'] == 'in_transit' for r in last.values()))"]] },
}

-- Reading PR-57 the way the ticket says.
M.review_read = {
  { sh = "git log --stat main..tom/purge-labels" },
  { sh = "git show tom/purge-labels:ops/purge_labels.sh | cat -n" },
  { sh = "git show tom/purge-labels:ops/crontab | cat -n" },
}

-- Writes out/review-PR57.md with the given markdown.
function M.review_file(body)
  return { sh = "cat > out/review-PR57.md <<'MD'\n" .. body .. "MD" }
end

M.REVIEW = [[
# Review of PR-57 (tom/purge-labels)

Thanks Tom, the dry-run mode and the log lines make this easy to try by hand. Two things must change before it runs nightly:

- **blocking** ops/crontab:4: the crontab defines `LABELS_DIR`, but this line passes `$LABEL_DIR`, which is not set under cron, so the script gets an empty argument. Suggest `"$LABELS_DIR"`.
- **blocking** ops/purge_labels.sh:10: nothing checks that LABEL_DIR is set, and it is unquoted at lines 17-18: with an empty argument `find $LABEL_DIR ... -delete` deletes old PDFs under cron's working directory and `rm -rf $LABEL_DIR/tmp/*` becomes `rm -rf /tmp/*`. Suggest `LABEL_DIR=${1:?usage: purge_labels.sh LABEL_DIR}`, `set -u`, and quoting every use.
- **blocking** ops/purge_labels.sh:6: RETENTION_DAYS=30, but OPS-71 says legal requires keeping labels for 90 days. Use 90 (and move the test's 40-day file to 100 days).
- nit tests/test_purge_labels.py:17: a test with an empty argument would have caught the first one.

Verdict: request changes
]]

-- The morning as a careful learner starts it: read the guide, take in Dana's change of plan
-- (10:48), deliver OPS-88 with a headline in #ops (the right one unless given).
function M.ops88_first_with(headline)
  return M.steps(
    { sh = "cat docs/CONTRIBUTING.md" },
    { wait = 500 },
    { say = "dana", text = "Understood, OPS-88 first." },
    M.ops88_python,
    { submit = "ops88" },
    { post = "#ops", text = headline or "OPS-88 is in out/ops-88.csv. Headline: Cargola is worst with 27.4 % late (17 of 62)." })
end
M.ops88_first = M.ops88_first_with()

-- Sam's answer, worked out from the log.
M.answer_sam = M.steps(M.transit_python, { say = "sam", text = "15 Brightmart parcels are in transit right now." })

-- The whole review as the reference does it: read the branch, think, write, hand in, tell Tom.
function M.review_properly(think_seconds)
  return M.steps(M.review_read, { wait = think_seconds }, M.review_file(M.REVIEW), { submit = "review" },
    { say = "tom", text = "Review is in: request changes. The cron line passes an unset $LABEL_DIR (empty argument), and retention must be 90 days per OPS-71." })
end

-- SHIP-231 fixed, tested and committed on a branch (the freeze is on), then handed in; commit is
-- the shell line that commits (by default only the fix and its test, with a clear subject).
function M.eta_on_branch_with(commit)
  return M.steps(M.eta_fix,
    { sh = "git switch -c fix/SHIP-231 && " .. (commit or "git add svc/eta.py tests/test_eta.py && git commit -q -m 'Skip Saturdays when counting business days (SHIP-231)'") },
    { submit = "eta" })
end
M.eta_on_branch = M.eta_on_branch_with()

-- The careful day the mistake scripts vary: OPS-88 first with its headline, Sam's number, the
-- review handed in and Tom told (tom_text), SHIP-231 on a branch (commit, see eta_on_branch_with;
-- or opts.eta, the steps in its place) and Dana told (dana_text).
-- opts.ops88 and opts.sam replace OPS-88 with its headline and Sam's answer.
function M.careful_day(opts)
  opts = opts or {}
  return M.steps(
    opts.ops88 or M.ops88_first_with(opts.headline),
    { wait = 300 },
    opts.sam or M.answer_sam,
    M.review_read, { wait = 120 }, M.review_file(M.REVIEW), { submit = "review" },
    { say = "tom", text = opts.tom_text or "Review is in: request changes. The cron line passes an unset $LABEL_DIR (empty argument), and retention must be 90 days per OPS-71." },
    { wait = 600 },
    opts.eta or M.eta_on_branch_with(opts.commit),
    { say = "dana", text = opts.dana_text or "SHIP-231 is on fix/SHIP-231 because of the freeze: Saturday counted as a business day. Regression tests added, suite green." },
    { finish = true })
end

-- The careful day with PR-57 read before it (by the caller's own first steps, real or not):
-- OPS-88 first with its headline, Sam's number, the review handed in and Tom told, SHIP-231 on
-- a branch.
M.careful_day_read_before = M.steps(
  M.ops88_first,
  { wait = 300 },
  M.answer_sam,
  M.review_file(M.REVIEW), { submit = "review" },
  { say = "tom", text = "Review is in: request changes. The cron line passes an unset $LABEL_DIR (empty argument), and retention must be 90 days per OPS-71." },
  { wait = 600 },
  M.eta_on_branch,
  { say = "dana", text = "SHIP-231 is on fix/SHIP-231 because of the freeze: Saturday counted as a business day. Regression tests added, suite green." },
  { finish = true })

return M
