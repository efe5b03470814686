-- Alternative (play as a careful junior who asks without a question mark): the reference route,
-- but the question to Tomas is the assumption stated with "Please confirm before I dedupe." The
-- rubric asks for "stated the assumption and asked for confirmation"; only a question mark or a
-- question's word order counted, so it scored confirmed_dates 0 (90 %). Must score 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { say = "tomas", text = "Hi Tomas, I'm reading the old spreadsheet dates as day first (DD/MM/YYYY, so 13/02/2024 is 13 February). Please confirm before I dedupe." },
}, part.look_more, part.clean, part.submit, {
  { say = "ines", text = "Done! clean.csv has one row per person per workshop (first submission kept, test sign-ups removed). Head counts are in answer.txt: 150 people in total, 39 for Intro to SQL." },
  { finish = true },
})
