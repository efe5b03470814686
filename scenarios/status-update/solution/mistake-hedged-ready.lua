-- Hedger (round 10): the update is written right and OPS-88 escalated, but the last word on it is
-- "I think my week 11 update should be more or less ready now, probably?": as "almost done", Ruth
-- cannot take it as the update: shared 0, 90 %, passed (100 % before "more or less" read as not yet).
local derive = require("parts.derive")
return derive.script({ outcome = "passed", min_percent = 90, max_percent = 90 }, "actions", function(step)
  if step.say == "ruth" and step.text:find("ready") then
    step.text = "I think my week 11 update should be more or less ready now, probably?"
  end
end)
