-- Round 10 (pc10), the slow learner: asks Nora, writes answer.csv and submits in time, then
-- steps away for 45 minutes (the limit is 45) and only then tells Nora the numbers. The message
-- came after the run had ended: the delivery does not count (80 %), the file does.
local part = require("parts.case_sum")
return part.script({ max_percent = 85 }, part.ask_february, part.dictionary, part.query, part.submit, {
  { wait = 2700 },
  { say = "nora", text = "answer.csv is ready: February 2024, paid orders only. North leads with 38288.78 EUR, Islands 0.00." },
}, part.finish)
