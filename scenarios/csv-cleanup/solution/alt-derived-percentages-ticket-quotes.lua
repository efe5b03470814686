-- Alternative (round 7, p7d: a junior who quotes the README and works out shares): the reference
-- route, and Ines hears both counts plus "the sign-ups from 1 February to 10 March" (the README's
-- dates), "39 of the 183 seats, about 21%" and "6 test sign-ups (2.6% of the 227 submissions)",
-- every count printed by a command and every share arithmetic on them. "10 March" is a date, no
-- head count: it failed the run as a made-up count (65 %), now 100 %.
local part = require("parts.reference")
return part.script(nil, part.look, {
  { say = "tomas", text = "Hi Tomas, quick one: in the old spreadsheet rows like 01/02/2024 22:51, is that 1 February (day first)?" },
}, part.look_more, part.clean, {
  { sh = "wc -l clean.csv; tail -n +2 clean.csv | cut -d, -f4 | sort | uniq -c" },
}, part.submit, {
  { say = "ines", text = "Hi Ines, all done! answer.txt says people: 150 and intro_to_sql: 39. clean.csv keeps the first submission per person per workshop, dates as 2024-02-14 09:31 like you asked, covering the sign-ups from 1 February to 10 March. For the rooms: Intro to SQL is 39 of the 183 seats across the four workshops, about 21%, and 26% of the 150 people. I dropped 6 test sign-ups (2.6% of the 227 submissions)." },
  { finish = true },
})
