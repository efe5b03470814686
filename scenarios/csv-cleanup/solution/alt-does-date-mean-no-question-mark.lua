-- Round 11 (h1): the terse writer. "Tomas: does 03/04/2024 mean 3 April or 4 March", no question
-- mark: facts.asks knows pronoun subjects ("does it"), not a date: confirmed_dates 0 (90 %) -> 100 %.
local part = require("parts.reference")
return part.script(nil, part.look, {
  { say = "tomas", text = "Tomas: does 03/04/2024 mean 3 April or 4 March" },
}, part.look_more, part.clean, part.submit, {
  { say = "ines", text = "Done: 150 people in total, 39 for Intro to SQL (clean.csv and answer.txt)." },
  { finish = true },
})
