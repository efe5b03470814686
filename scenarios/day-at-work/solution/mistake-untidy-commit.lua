-- Mistake for day-at-work: SHIP-231's fix and test are right, but the commit also holds a notes
-- file and says only "fix". That costs hygiene (5 points) and earns Dana's remark, but Dana
-- approves the working fix, so the run passes (play-test finding: a 5-point scope miss used to
-- make her refuse, which failed a 92 % run). 147/152.
local day = require("parts.day")

return {
  expect = { outcome = "passed", min_percent = 96.5, max_percent = 96.8 },
  table.unpack(day.careful_day({
    commit = "echo 'weekday 5 is Saturday, ask Dana about holidays' > notes.txt && git add -A && git commit -q -m 'fix'",
  })),
}
