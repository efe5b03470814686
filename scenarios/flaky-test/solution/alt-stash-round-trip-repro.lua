-- Round 10, the git expert who fixes first: reads the log and the code, fixes settings_for, then
-- `git stash` to see the CI order (--seed 4029) fail on the original code, `git stash pop`, the
-- same order green, regression test, commit, explanation. The failure was seen on the unchanged
-- code: a reproduction. Before: 90 % (reproduced counted only runs before the first change of
-- shopcfg/, whatever the code was at the run). Now 100 %: the code as the command left it decides.
local base = require("actions")
-- reads the log and the code, fixes first, then stashes the fix to see the CI order fail on the
-- original code, pops it, and sees the same order green
local out = { base[1], base[5], base[6], base[7],
  { sh = "git stash" }, { sh = "python3 -m pytest -q --seed 4029 | tail -3" }, { sh = "git stash pop && git diff --stat" },
  { sh = "python3 -m pytest -q --seed 4029 | tail -1" },
}
for i = 8, #base do out[#out + 1] = base[i] end
return out
