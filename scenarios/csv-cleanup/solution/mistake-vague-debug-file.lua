-- Mistake (final play): the right cleaning, but a vague "dates?" to Tomas, a stray debug-head.txt
-- left in the folder, and "done, see files" to Ines without the numbers she asked for. The data is
-- right, so it may pass, but the communication credit must drop. "dates?" names neither the format
-- nor the day/month ambiguity, so it confirms nothing (confirmed_dates 0; it earned 10 while any
-- question to Tomas with "date" in it counted: 91 -> 81 %), and Tomas asks back what about them.
local part = require("parts.reference")

return part.script({ outcome = "passed", max_percent = 81 }, part.look, {
  { say = "tomas", text = "dates?" },
}, part.look_more, part.clean, {
  { sh = "head -n 3 clean.csv > debug-head.txt" },
}, part.submit, {
  { say = "ines", text = "done, see files" },
  { finish = true },
})
