-- Mistake (sloppy): the careful day, but Tom only hears "left some comments" (not what blocks
-- the merge) and the SHIP-231 commit sweeps in a stray debug file under the subject "wip". The
-- work itself is right, so only the hygiene and the word to Tom should cost points.
local day = require("parts.day")

local s = day.careful_day({
  tom_text = "left some comments",
  commit = "python3 -m pytest -q > debug.txt 2>&1; git add -A && git commit -q -m wip",
})
s.expect = { outcome = "passed", max_percent = 95 }
return s
