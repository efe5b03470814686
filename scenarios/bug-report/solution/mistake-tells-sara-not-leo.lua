-- Wrong recipient (round 10, pb10): the reference's repro, midnight test and report, but both
-- things Leo needs go to Sara, the QA lead who assigned the ticket: the answer to his 00:00
-- question ("Sara, Leo asked about 00:00: tested it, ...") and the hand-over of the report. Leo,
-- who owns the tool and asked, hears nothing: handed_over 0, answered_by_testing 0; the report
-- itself keeps its credit.
local part = require("parts.reference")
return part.script({ outcome = "passed", max_percent = 77 }, part.look, part.repro, {
  part.midnight[1],
  { say = "sara", text = "Sara, Leo asked about 00:00: tested it, a shift ending exactly at 00:00 is affected too, 22:00-00:00 gives -22.00 h instead of 2.00 h." },
}, part.report, {
  { say = "sara", text = "Bug report for QA-318 is in bugs/night-shift-negative-hours.md: shifts ending after midnight (next day) get negative hours, repro file bugs/night-shift.csv (expected 7.25 h, actual -16.75 h)." },
  { finish = true },
})
