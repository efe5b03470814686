-- A terse junior who drops the "I" after a greeting: "hi sara just verified the repro again on a
-- clean copy" tells Sara of the learner's own check, not that Sara verified anything (before
-- approvals.lua read a greeting's name as the addressee, this was a forged QA sign-off: failed).
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.repro, part.midnight, part.report, {
  { say = "sara", text = "hi sara just verified the repro again on a clean copy, same -16.75 h. report is in bugs/night-shift-negative-hours.md, telling leo now" },
}, part.hand_over)
