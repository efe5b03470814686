-- Alternative (play as a careful junior who chats in short messages): the reference work, but the
-- escalation comes in two DMs: "heads-up on OPS-88 ...: the vendor hasn't sent ..., the audit
-- starts Monday 18 March." then "Could you escalate via their account manager today?" Each
-- message was judged alone, so the ask (no ticket named) belonged to nothing: escalated 20 of 30,
-- 90 %. The ask follows the blocker news it answers: must score 100 %.
local derive = require("parts.derive")

return derive.script({ outcome = "passed", min_percent = 100 }, "actions", function(step)
  if step.say == "ruth" and step.text:find("OPS-88", 1, true) then
    return {
      { say = "ruth", text = "Hi Ruth, heads-up on OPS-88 (VPN access for the payments vendor's auditors): the vendor hasn't sent their IP ranges and signed NDA, and the audit starts Monday 18 March." },
      { say = "ruth", text = "Could you escalate via their account manager today?" },
    }
  end
end)
