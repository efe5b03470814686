-- Mistake for day-at-work: the review file is right (request changes, both blockers), but Tom
-- hears "LGTM ... merge it after the freeze": an approval with a later date is still an
-- approval of an unsafe script (play-test finding: "no " and "after" used to take it back).
-- Everything else is done well: told_tom 0, nothing more (146/152).
local day = require("parts.day")

return {
  expect = { outcome = "passed", min_percent = 95.5, max_percent = 96.1 },
  table.unpack(day.careful_day({ tom_text = "LGTM, no issues from me, go ahead and merge it after the freeze." })),
}
