-- Alternative (round 7, p7d: a junior who confirms the format by quoting the ticket): the
-- reference route, and the delivery adds "Amounts are written like 1234.50, no currency sign."
-- 1234.50 is the ticket's own format example (and the dictionary's), no revenue figure: it was
-- read as a wrong figure for the deck (false_figure -10, delivered 5: 75 %), now 100 %.
local steps = {}
for _, step in ipairs(require("actions")) do
  local s = {}
  for k, v in pairs(step) do s[k] = v end
  if s.say == "nora" and s.text:find("North leads", 1, true) then
    s.text = s.text:gsub("38288%.78 EUR;", "38288.78 EUR. Amounts are written like 1234.50, no currency sign;")
  end
  steps[#steps + 1] = s
end
return steps
