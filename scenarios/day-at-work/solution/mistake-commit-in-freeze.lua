-- Mistake for day-at-work: the day goes well until the end, when the SHIP-231 fix is committed
-- straight onto main at 11:20, during the announced deploy freeze, and left there although Dana
-- asks to take it off.
local day = require("parts.day")

return {
  expect = { max_percent = 94 },
  table.unpack(day.steps(
    { sh = "cat docs/CONTRIBUTING.md" },
    { wait = 500 },
    { say = "dana", text = "Got it, OPS-88 first." },
    day.ops88_python,
    { submit = "ops88" },
    { post = "#ops", text = "OPS-88 is in out/ops-88.csv. Headline: Cargola is worst with 27.4 % late (17 of 62)." },
    { wait = 300 },
    day.transit_python,
    { say = "sam", text = "15 Brightmart parcels are in transit right now." },
    day.review_read,
    { wait = 300 },
    day.review_file(day.REVIEW),
    { submit = "review" },
    { say = "tom", text = "Review is in: request changes. The cron line passes an unset $LABEL_DIR (empty argument), and retention must be 90 days per OPS-71." },
    { wait = 600 },
    day.eta_fix,
    { wait = 300 },
    { sh = "git add svc/eta.py tests/test_eta.py && git commit -q -m 'Skip Saturdays when counting business days (SHIP-231)'" },
    { submit = "eta" },
    { say = "dana", text = "SHIP-231 is fixed and committed, tests added." },
    { sh = "git log --oneline -3" },
    { finish = true }
  )),
}
