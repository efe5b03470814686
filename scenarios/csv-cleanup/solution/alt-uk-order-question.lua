-- Alternative (play 2026-12-06, vD): the reference route, but the question to Tomas is "are the
-- spreadsheet dates in UK order?": it names the day/month convention as a Briton would. It scored
-- 90 % (confirmed_dates 0, and Tomas asked back instead of answering): "UK" was no format word
-- unless written "UK style/format/date". Now "uk" (and "u.s.") in a message about the dates names
-- the format: 100 %.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 95 }, part.look, {
  { say = "tomas", text = "Hi Tomas, are the spreadsheet dates in UK order?" },
}, part.look_more, part.clean, part.submit, {
  { say = "ines", text = "All done: 150 people, 39 for Intro to SQL. clean.csv and answer.txt are in the folder." },
  { finish = true },
})
