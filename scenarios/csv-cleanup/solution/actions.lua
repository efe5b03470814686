-- Reference solution for csv-cleanup: look at the shapes of the data, confirm the date format
-- with Tomas, clean with python's csv + datetime (normalise e-mails, parse each format, keep
-- the first submission, drop test rows), count, and send Ines the numbers.
-- The stages (look, clean) live in parts/reference.lua, shared with the scripts that vary one step.
local part = require("parts.reference")

return part.script(nil, part.look, {
  { say = "tomas", text = "Hi Tomas, the export has dates like 01/02/2024 09:31: is the old spreadsheet DD/MM/YYYY (day first) or MM/DD?" },
}, part.look_more, part.clean, part.submit, {
  { say = "ines", text = "Done! clean.csv has one row per person per workshop (first submission kept, test sign-ups removed). Head counts are in answer.txt: 150 people in total, 39 for Intro to SQL." },
  { finish = true },
})
