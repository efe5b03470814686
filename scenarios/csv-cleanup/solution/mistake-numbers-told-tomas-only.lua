-- Round 10 (pc10), the wrong recipient: the reference's work and question, then the head counts
-- go to Tomas ("thanks! done: 150 people, 39 for Intro to SQL"), who answered the date question,
-- and never to Ines, who books the rooms and asked for them. The file is right (checks full);
-- the delivery is Ines's item and must not be earned by telling Tomas: at most 85 %.
local part = require("parts.reference")
return part.script({ max_percent = 85 }, part.look, {
  { say = "tomas", text = "Hi Tomas, the export has dates like 01/02/2024 09:31: is the old spreadsheet DD/MM/YYYY (day first) or MM/DD?" },
}, part.look_more, part.clean, part.submit, {
  { say = "tomas", text = "Thanks Tomas! All done: clean.csv has one row per person per workshop, 150 people in total, 39 for Intro to SQL." },
  { finish = true },
})
