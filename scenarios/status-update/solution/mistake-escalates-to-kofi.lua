-- Wrong recipient (round 10): the update is right, but the OPS-88 escalation (ask + deadline) goes
-- to Kofi by DM ("could you raise it with Ruth?"); Ruth hears only that the update is ready.
local derive = require("parts.derive")
return derive.script({ outcome = "failed", max_percent = 74 }, "actions", function(step)
  if step.say == "ruth" and step.text:find("OPS%-88") then
    step.say = "kofi"
    step.text = "Hi Kofi, OPS-88 is stuck: the payments vendor hasn't sent their IP ranges or the NDA and the audit starts Monday 18 March. Could you raise it with Ruth so she escalates via their account manager?"
  end
end)
