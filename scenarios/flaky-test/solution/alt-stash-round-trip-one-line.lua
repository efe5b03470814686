-- The git expert in one line: as alt-stash-round-trip-repro.lua, but the stash, the CI order
-- (--seed 4029) failing on the original code and the pop are one command:
-- `git stash && python3 -m pytest -q --seed 4029 | tail -3; git stash pop`. The pytest run saw
-- the unchanged code (the exec trace orders `git stash`, then pytest, then `git stash pop`), so it
-- reproduces the failure like the three commands do. Before: 90 % (the code as the command left
-- it, fixed again, decided).
local base = require("actions")
local out = { base[1], base[5], base[6], base[7],
  { sh = "git stash && python3 -m pytest -q --seed 4029 | tail -3; git stash pop && git diff --stat" },
  { sh = "python3 -m pytest -q --seed 4029 | tail -1" },
}
for i = 8, #base do out[#out + 1] = base[i] end
return out
