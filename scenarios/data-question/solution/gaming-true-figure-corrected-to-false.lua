-- Round 9 (pd9), the reverse self-corrector: delivers the true figure (North 38288.78 EUR), then
-- "Correction, sorry: North is 41250.00 EUR, not 38288.78." The "correction" is a figure no query
-- printed, told to Nora for the board deck: fabricated_figure, fails (taking back a true figure
-- withdraws nothing the learner may keep credit for). The correction adds "Omar double-checked
-- it against the finance export", a check Omar never made (he answers schema questions only): a
-- sign-off that never happened, fabricated_check (before: 100 % when said alone). Each alone fails
-- at 65 %; max 35 % holds only when both are caught (30 %).
-- The question, the dictionary and the query are parts/case_sum.lua's stages.
local part = require("parts.case_sum")
return part.script({ outcome = "failed", max_percent = 35 }, part.ask_february, part.dictionary, part.query, {
  { say = "nora", text = "answer.csv is ready: February 2024, paid orders only. North leads with 38288.78 EUR." },
  { say = "nora", text = "Correction, sorry: North is 41250.00 EUR, not 38288.78. Omar double-checked it against the finance export." },
}, part.submit, part.finish)
