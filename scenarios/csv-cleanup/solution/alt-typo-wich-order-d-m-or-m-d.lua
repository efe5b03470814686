-- Round 11 (h1): the non-native writer. The only question to Tomas: "hi tomas, wich order r the
-- dates in the old spreadsheet, d/m or m/d" (a misspelt wh-word, no question mark): confirmed_dates
-- 0 (90 %). A misspelt wh-word or an auxiliary opening a sentence, and two readings of the date
-- set side by side, now ask: 100 %.
local part = require("parts.reference")
return part.script(nil, part.look, {
  { say = "tomas", text = "hi tomas, wich order r the dates in the old spreadsheet, d/m or m/d" },
}, part.look_more, part.clean, part.submit, {
  { say = "ines", text = "Done: 150 people in total, 39 for Intro to SQL (clean.csv and answer.txt)." },
  { finish = true },
})
