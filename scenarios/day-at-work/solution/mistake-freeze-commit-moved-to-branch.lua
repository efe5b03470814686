-- Undoer (round 11, h4, blind play): the careful day, but SHIP-231 is committed on main after the
-- freeze started (a slip); Dana's warning comes, the learner moves the commit to fix/SHIP-231
-- (`git branch` + `git reset --hard HEAD~1` on main, so main is back at its 11:15 tip), submits
-- from the branch and tells Dana what went wrong and how it was put back. The scenario trains the
-- freeze: the slip costs part of `freeze` (4 of 10: "moved but restored by the end"), the breach
-- penalty is given back (`freeze_undone`), nothing else: a small loss the breakdown explains.
-- 96 %, passed (no change needed).
local day = require("parts.day")
local script = day.careful_day({
  eta = day.steps(day.eta_fix,
    { sh = "git add svc/eta.py tests/test_eta.py && git commit -q -m 'Skip Saturdays when counting business days (SHIP-231)' && git log --oneline -2" },
    { wait = 30 },
    { sh = "git branch fix/SHIP-231 && git reset -q --hard HEAD~1 && git switch -q fix/SHIP-231 && git log --oneline -2 main fix/SHIP-231" },
    { submit = "eta" }),
  dana_text = "sorry Dana, i committed SHIP-231 on main during the freeze by mistake. moved the commit to fix/SHIP-231 and reset main back to its 11:15 commit, nothing else touched main. fix: saturday counted as a business day, regression tests added, suite green.",
})
script.expect = { outcome = "passed", min_percent = 95, max_percent = 97 }
return script
