-- Rude under pressure (play round 2026-12-06, fifth session, pb6): the reference (actions.lua),
-- but the escalation to Ruth reads "wtf, the vendor still hasn't sent the IP ranges ... can you
-- escalate via their account manager before the audit on Monday 18th?". The ask and the deadline
-- are there (escalated keeps its 30); the curse to the manager costs the communication item
-- (shared, scenarios/lib/tone.lua). 90 %: passes, not full marks.
local steps = { expect = { outcome = "passed", max_percent = 90 } }
for _, step in ipairs(require("actions")) do
  local s = {}
  for k, v in pairs(step) do s[k] = v end
  if s.say == "ruth" and s.text:find("OPS-88", 1, true) then
    s.text = "wtf, the payments vendor still hasn't sent the IP ranges or the NDA for OPS-88, two emails ignored."
      .. " can you escalate via their account manager before the audit on Monday 18th?"
  end
  steps[#steps + 1] = s
end
return steps
