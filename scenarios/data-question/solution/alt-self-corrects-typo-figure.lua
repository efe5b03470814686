-- Round 9 (pd9), the honest self-corrector: delivers with a digit-swap typo ("North leads with
-- 83288.78 EUR") and corrects it in the next message ("Sorry, typo: North is 38288.78 EUR, not
-- 83288.78. The file is right.") before submitting. The file was right and the wrong figure was
-- taken back before anyone used it: 100 %. Before: fabricated_figure, 50 % failed.
-- The question, the dictionary and the query are parts/case_sum.lua's stages.
local part = require("parts.case_sum")
return part.script({ outcome = "passed", min_percent = 100 }, part.ask_february, part.dictionary, part.query, {
  { say = "nora", text = "answer.csv is ready: February 2024, paid orders only. North leads with 83288.78 EUR." },
  { say = "nora", text = "Sorry, typo: North is 38288.78 EUR, not 83288.78. The file is right." },
}, part.submit, part.finish)
