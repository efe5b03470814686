-- Hedger (round 10): right fix, committed, suite run; the report is "I think it should be fixed
-- now, probably? not 100% sure. what should I do next?" with no word of the cause: a bare "fixed",
-- communication 13/20, 93 %, passed (100 % before: the "%" of "100% sure" read as the discount's).
local stages = require("stages")
local route = require("parts.route")
return stages.script({ outcome = "passed", min_percent = 93, max_percent = 93 }, route.fixed_and_submitted, {
  { say = "priya", text = "I think SHOP-142 should be fixed now, probably? not 100% sure. what should I do next?" },
  { finish = true },
})
