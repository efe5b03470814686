-- Valid route (round 10, pb10: the git expert): the reference's investigation and fix, then the
-- fix and its test are parked with `git stash -u` to see Dana's test fail on the untouched code,
-- brought back with `git stash pop`; the learner works on a detached HEAD (`git switch --detach`),
-- commits there with `commit -a` after adding the new test, and only then names the branch with
-- `git switch -c bill-231`; the pull request is that branch, so the learner goes back to main
-- (`git switch main`) before submitting. The branch holds the fix, nothing is left over: 100 %
-- (12 % before round 10: every check read main's untouched working tree and HEAD; the checks and
-- the description now judge the branch with the newest commit when HEAD is the setup commit and
-- the working tree is clean).
local part = require("parts.reference")
return part.reference_with(nil, {
  fix = {
    part.fix[1], part.fix[2],
    { sh = "git stash -u && python3 -m pytest -q tests/test_invoices.py 2>&1 | tail -n 3; git stash pop && git status --short" },
    part.fix[3], part.fix[4], part.fix[5],
    { sh = [[git switch -q --detach && git add -N tests/test_formatting.py && git commit -qa -m "Format document amounts with the currency's decimals (BILL-231)" -m "format_money divided every amount by 100, so JPY invoices showed 13750 yen as 137.50. It now uses to_decimal and the registry's minor_units, like the API since PAY-311." && git switch -c bill-231]] },
  },
  after_commit = {
    { sh = "git status --short && git log --oneline -n 2 && git switch -q main && git branch -v" },
  },
})
