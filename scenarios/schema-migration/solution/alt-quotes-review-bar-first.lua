-- Valid route (play 2026-12-06, datapl): before any SQL, the junior checks the bar with Dmitri in
-- his own quoted words: 'Hi Dmitri, so your bar for DATA-204 is "tested up, down and up again on a
-- copy of the snapshot", right?' and then follows the reference. Once a question drops only its
-- asking clauses (claims.lua), the statement before the tag kept the quoted "tested" and was read
-- as the learner's claim of a trial that had not run (false_trial_claim -15, 85 %). Words in
-- quotation marks are someone else's: 100 %.
local part = require("parts.reference")

return part.script(nil, part.look, {
  { say = "dmitri", text = "Hi Dmitri, so your bar for DATA-204 is \"tested up, down and up again on a copy of the snapshot\", right?" },
}, part.ask_helga, part.write, part.trial, part.figures, part.commit, part.tell_lena, part.submit)
