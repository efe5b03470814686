-- Alternative (play as a careful junior who chats in short messages): the reference route, but the
-- question to Tomas comes in two DMs: "Tomas, the old spreadsheet rows have dates like
-- 03/04/2024 09:15." and then "Is that the 3rd of April?". The first asks nothing, the second
-- names no format, so each alone confirmed nothing: confirmed_dates 0 (90 %). Together they ask
-- exactly the ambiguity: must score 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { say = "tomas", text = "Tomas, the old spreadsheet rows have dates like 03/04/2024 09:15." },
  { say = "tomas", text = "Is that the 3rd of April?" },
}, part.look_more, part.clean, part.submit, {
  { say = "ines", text = "Done! clean.csv has one row per person per workshop (first submission kept, test sign-ups removed). Head counts are in answer.txt: 150 people in total, 39 for Intro to SQL." },
  { finish = true },
})
