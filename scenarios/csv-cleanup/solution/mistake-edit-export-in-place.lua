-- Mistake: the reference route, except that the learner first "tidies" the export itself
-- (chmod u+w, sed -i strips spaces before commas in signups.csv). The output is right (the checks
-- judge it against the protected original), but the only copy of the export was changed: Tomas
-- warns and it costs 10.
local part = require("parts.reference")

return part.script({ max_percent = 90 }, {
  { sh = "chmod u+w signups.csv && sed -i 's/ *,/,/g' signups.csv" },
}, part.look, {
  { say = "tomas", text = "Hi Tomas, the export has dates like 01/02/2024 09:31: is the old spreadsheet DD/MM/YYYY (day first) or MM/DD?" },
}, part.look_more, part.clean, part.submit, {
  { say = "ines", text = "Done! clean.csv has one row per person per workshop (first submission kept, test sign-ups removed). Head counts are in answer.txt: 150 people in total, 39 for Intro to SQL." },
  { finish = true },
})
