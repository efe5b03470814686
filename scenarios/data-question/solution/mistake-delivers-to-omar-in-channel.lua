-- Round 10 (pc10), the wrong recipient: the reference's question to Nora and the python query,
-- then the delivery goes to #analytics addressed to @omar (the data engineer who gave a schema
-- tip), with the figures; Nora, who asked for the numbers, is not addressed. A post that names
-- Omar only is his: delivered 0 (80 %), as a DM to Omar would be.
local part = require("parts.case_sum")
return part.script({ max_percent = 85 }, part.ask_february, part.dictionary, part.query, part.submit, {
  { post = "#analytics", text = "@omar answer.csv is ready: February 2024, paid orders only. North leads with 38288.78 EUR, Islands 0.00." },
}, part.finish)
