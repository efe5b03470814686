-- mistake-vague-subject: the reference work (right migration, down file, Helga asked, true
-- figures to Lena) committed as "stuff". The subject costs the 2 points of the message rubric
-- item and its breakdown line says how to reword it, but it no longer fails a run whose work is
-- right (a failing check held Dmitri's approval).
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 98, max_percent = 98 }, part.look, part.ask_helga,
  part.write, part.trial, part.figures, part.commit_as("stuff"), part.tell_lena, part.submit)
