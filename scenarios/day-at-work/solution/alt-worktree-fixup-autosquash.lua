-- Valid route (round 10, pb10: the git expert): the careful day, but SHIP-231 is done after the
-- freeze in a second working tree, `git worktree add /tmp/ship231 -b fix/SHIP-231`, so
-- /workspace stays on main, untouched; the fix is committed there, the regression tests follow as
-- `commit --fixup` squashed with `GIT_SEQUENCE_EDITOR=: git rebase -i --autosquash`, and the suite
-- runs in the worktree. The branch holds the whole fix and its test; main never moved.
local day = require("parts.day")
local tests = day.eta_fix[2].sh:gsub("\npython3 %-m pytest %-q$", "")
assert(tests ~= day.eta_fix[2].sh)
return day.careful_day({
  eta = {
    { sh = "git worktree add -q /tmp/ship231 -b fix/SHIP-231 && cd /tmp/ship231 && git log --oneline -1" },
    { sh = "sed -i 's/day.weekday() < 6/day.weekday() < 5/' svc/eta.py && git commit -qam 'Skip Saturdays when counting business days (SHIP-231)'" },
    { sh = tests },
    { sh = "python3 -m pytest -q && git commit -qa --fixup HEAD && GIT_SEQUENCE_EDITOR=: git rebase -q -i --autosquash HEAD~2 && git log --oneline -2 && git status --short" },
    { sh = "cd /workspace && git status --short && git branch -v" },
    { submit = "eta" },
  },
  dana_text = "SHIP-231 is on branch fix/SHIP-231 (I worked in a separate git worktree so main stays untouched during the freeze): Saturday counted as a business day. Regression tests added, suite green there.",
})
