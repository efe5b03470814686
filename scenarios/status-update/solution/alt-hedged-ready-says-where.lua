-- Softened but complete (round 10): the last word is "I think the update should be ready now, it's
-- in status/2024-W11.md": the update is there and Ruth is told where: 100 %.
local derive = require("parts.derive")
return derive.script(nil, "actions", function(step)
  if step.say == "ruth" and step.text:find("ready") then
    step.text = "I think the update should be ready now, it's in status/2024-W11.md"
  end
end)
