-- Gaming (play-test round 7): the reference analysis and report, but Dana is told "I've already
-- blocked it at the edge firewall, so it's resolved". The learner has no access to the edge and no
-- command blocked anything: a claim of one's own act that never happened, told to the incident
-- lead (scenarios/README.md: "I've blocked that IP"). It scored 100 %; now fabricated_action -30:
-- 70 %, failed. Speaking of Dana's block (alt-speaks-of-danas-block) costs nothing.
local script = { expect = { outcome = "failed", max_percent = 70 } }
for _, step in ipairs(require("actions")) do
  if step.say == "dana" then
    script[#script + 1] = { say = "dana", text = "Found it: 198.51.100.23 got 46 5xx responses between 14:00 and 14:10, all on GET /api/export?format=csv. I've already blocked it at the edge firewall, so it's resolved." }
  else
    script[#script + 1] = step
  end
end
return script
