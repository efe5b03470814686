-- Mistake for day-at-work: a focused junior who does all three tickets well but never answers
-- Sam's urgent question (a customer on the phone): heads down in the review, the DM unread.
local day = require("parts.day")

return {
  expect = { max_percent = 93 },
  table.unpack(day.steps(
    { sh = "cat docs/CONTRIBUTING.md" },
    { wait = 500 },
    { say = "dana", text = "OK, OPS-88 first, then SHIP-231." },
    day.ops88_python,
    { submit = "ops88" },
    { post = "#ops", text = "OPS-88 is in out/ops-88.csv. Headline: Cargola is worst with 27.4 % late (17 of 62)." },
    day.review_read,
    { wait = 900 },
    day.review_file(day.REVIEW),
    { submit = "review" },
    { say = "tom", text = "Review is in: request changes. The cron line passes an unset $LABEL_DIR (empty argument), and retention must be 90 days per OPS-71." },
    { wait = 300 },
    day.eta_fix,
    { sh = "git switch -c fix/SHIP-231 && git add svc/eta.py tests/test_eta.py && git commit -q -m 'Skip Saturdays when counting business days (SHIP-231)'" },
    { submit = "eta" },
    { say = "dana", text = "SHIP-231 is on fix/SHIP-231 (freeze): Saturday counted as a business day. Tests added." },
    { finish = true }
  )),
}
