-- Valid route (play 2026-12-06, playa): everything in #expenses-team with @sofia, lowercase and
-- markdown; the estimate in one post ("realistic estimate: **CSV in about an hour**.") and the
-- reason with the proposal in the next ("the standard library has nothing for them and a new
-- package needs a security review, so they're days of work"). Each post alone was a time without a
-- reason (12) or a reason without a time (8): estimate 12 of 20, 93.6 %. Told before the submit,
-- the two make an estimate with its reason: 100 %.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { post = "#expenses-team", text = "@sofia quick one before i commit to anything: what does kowalski's finance team do with the export - load it into a spreadsheet, or print it?" },
}, {
  { post = "#expenses-team", text = "@sofia thanks. realistic estimate: **CSV in about an hour**." },
  { post = "#expenses-team", text = "@sofia PDF and .xlsx are another matter: the standard library has nothing for them and a new package needs a security review, so they're days of work. I'd propose CSV for the demo and the other two as follow-up tickets." },
}, part.hold, part.export, part.test, part.try, part.backlog_commit, part.submit, part.tell_sofia)
