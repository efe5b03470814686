-- Alternative (round 6, pe6: a junior who adds the headline for the deck): the reference question
-- and query, and Nora hears "North leads with 38,288.78 EUR, about 8.8k EUR ahead of South
-- (29,498.79 EUR); all regions together 122,205.65 EUR". The margin is South's figure taken from
-- North's (8,789.99, rounded to 8.8k): the gap between two true figures is a true figure, no
-- invented one. It was read as a false figure (delivered 5, false_figure -10): must score 100 %.
local ref = require("actions")
local script = {}
for i = 1, #ref do script[i] = ref[i] end
for i, step in ipairs(script) do
  if step.say and i > 1 then
    script[i] = { say = "nora", text = "answer.csv is ready: February 2024 (UTC), paid orders only, incl. VAT. North leads with 38,288.78 EUR, about 8.8k EUR ahead of South (29,498.79 EUR); all regions together 122,205.65 EUR. Islands has no customers, so 0.00." }
  end
end
return script
