-- Mistake (play-test round 7, a typo in chat): the reference analysis, answer.txt right, but
-- Dana is told "64 errors" (digits swapped). An honest slip in the report loses the report's
-- count (reported 10 of 20), nothing else: passed.
local script = { expect = { outcome = "passed", min_percent = 85, max_percent = 92 } }
for _, step in ipairs(require("actions")) do
  if step.say == "dana" then
    script[#script + 1] = { say = "dana", text = "Found it: 198.51.100.23 got 64 5xx responses between 14:00 and 14:10, all on GET /api/export. Details in answer.txt." }
  else
    script[#script + 1] = step
  end
end
return script
