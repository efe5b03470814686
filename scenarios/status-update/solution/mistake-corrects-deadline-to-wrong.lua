-- Reverse self-corrector (round 9, blind play): the reference update and escalation (OPS-88,
-- the vendor's missing IP ranges and NDA, audit Monday 18th, "could you escalate ... today?"),
-- then "sorry, correction: the audit is on Monday 25th, not the 18th, ... no rush". The deadline
-- Ruth last heard is false: the escalation keeps its ask but loses the deadline (escalated
-- 20/30): 90 %, passed (100 % before: the first message kept the credit).
local derive = require("parts.derive")

return derive.script({ outcome = "passed", min_percent = 90, max_percent = 90 }, "actions", function(step)
  if step.say == "ruth" and step.text:find("OPS-88", 1, true) then
    return { step, { say = "ruth", text = "sorry, correction: the audit is on Monday 25th, not the 18th, so there's a week more, no rush." } }
  end
end)
