-- Valid (lead, round 9): the reference update and escalation, then a follow-up to Ruth that
-- apologises and names an ordinal that is no date: "sorry to chase again: the vendor also wants
-- a 2nd NDA copy signed, I'll send it to legal today." The audit is still Monday 18th. The
-- apology and "2nd" were read as moving the deadline (escalated lost its deadline: 90 %).
local derive = require("parts.derive")

return derive.script({ outcome = "passed", min_percent = 100 }, "actions", function(step)
  if step.say == "ruth" and step.text:find("OPS-88", 1, true) then
    return { step, { say = "ruth", text = "sorry, forgot one thing: legal needs a 2nd NDA copy signed as well, I am on it." } }
  end
end)
