-- Mistake (play as a sloppy junior): the reference python clean-up, but the question to Tomas is
-- a vague "anything weird with the dates?" (names neither the format nor the day/month order:
-- confirms nothing), and answer.txt's people count is redone with `cut | sort -u | wc -l` over
-- clean.csv with its header line, so answer.txt and the message to Ines say 151 people (the truth
-- is 150; Intro to SQL 39 is right). The file Ines books from is right, so the run may pass, but
-- it loses exactly what was sloppy: people 5, confirmed_dates 10, delivered 15 -> 10 (one of two
-- counts true): 80 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", max_percent = 80 }, part.look, {
  { say = "tomas", text = "anything weird with the dates?" },
}, part.look_more, part.clean, {
  { sh = "sed -i \"s/^people: .*/people: $(cut -d, -f3 clean.csv | sort -u | wc -l)/\" answer.txt; cat answer.txt" },
}, part.submit, {
  { say = "ines", text = "clean.csv is done, 151 people and 39 for intro to sql" },
  { finish = true },
})
