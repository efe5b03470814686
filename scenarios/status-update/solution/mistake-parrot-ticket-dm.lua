-- Parrot (round 9, blind play): the reference update, but the escalation DM is "OPS-88:" followed by
-- Ruth's own ticket line pasted back ("If something is blocked, don't just write it down: tell me
-- directly what you need from me, so I can act today."). Copied text earns nothing for what it
-- copies: its "what you need" and "today" are Ruth's words, not an ask or a deadline of the
-- learner's (escalated 12/30, a blocker mentioned): 82 %, passed (escalated was 20/30, 90 %,
-- before copied.lua cut the paste out).
local derive = require("parts.derive")

return derive.script({ outcome = "passed", min_percent = 82, max_percent = 82 }, "actions", function(step)
  if step.say == "ruth" and step.text:find("OPS-88", 1, true) then
    step.text = "OPS-88: If something is blocked, don't just write it down: tell me directly what you need from me, so I can act today."
  end
end)
