-- Valid (round 8, the iterative junior): the careful day, but SHIP-231 is submitted first with
-- the one-line fix alone (the regression check fails: no new test), then the learner adds the two
-- regression tests in a second commit on the branch, runs the suite and resubmits; Dana hears
-- what happened and the count the run printed (ten dots). It ends passed with full marks: the
-- early submit costs nothing here, and the reply follows the latest state.
local day = require("parts.day")
local script = day.careful_day({
  eta = day.steps(
    { sh = "sed -i 's/day.weekday() < 6/day.weekday() < 5/' svc/eta.py && git diff && python3 -m pytest" },
    { sh = "git switch -c fix/SHIP-231 && git commit -qam 'Skip Saturdays when counting business days (SHIP-231)'" },
    { submit = "eta" },
    day.eta_fix_test_only,
    { sh = "git add tests/test_eta.py && git commit -q -m 'Regression tests for SHIP-231: no promise on a Saturday'" },
    { submit = "eta" }),
  dana_text = "SHIP-231 is on fix/SHIP-231 (freeze). My first submit had no regression test, sorry: two are added now "
    .. "in a second commit, and all 10 tests pass after them. Resubmitted for your review.",
})
script.expect = { outcome = "passed", min_percent = 100 }
return script
