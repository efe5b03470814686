-- Round 9 (pd9), a terse non-native splitter: asks Nora "quick q: last month mean februar 2024
-- (1-29 feb) or last 30 day" with no question mark (two readings side by side ask her which),
-- writes answer.csv with a python script (CASE inside SUM), then delivers in three short
-- lowercase messages: "answer.csv redy", the period and basis, and North as "38 288,78 eur".
-- A true, complete delivery spread over messages: 100 %. Before: 80 % (clarified 8, as a mere
-- statement of the period; delivered 12, each message judged alone).
-- The query is parts/case_sum.lua's stage.
local part = require("parts.case_sum")
return part.script({ outcome = "passed", min_percent = 100 }, {
  { say = "nora", text = "hi nora, quick q: last month mean februar 2024 (1-29 feb) or last 30 day" },
  { sh = "cat DATA_DICTIONARY.md; sqlite3 shop.db .schema" },
}, part.query, part.submit, {
  { say = "nora", text = "answer.csv redy" },
  { say = "nora", text = "feb 2024 utc, only paid order" },
  { say = "nora", text = "north is biggest with 38 288,78 eur, islands 0" },
}, part.finish)
