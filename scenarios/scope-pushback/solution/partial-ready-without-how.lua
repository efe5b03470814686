-- Partial (play round 2026-12-06, playbs): the reference's work, reported to Sofia only as "CSV
-- export is ready :tada:": ready, but not how she gets the file before her rehearsal. The word
-- "export" in the state itself was taken for the how (10 of 10, 100 %): ready without how is 5.
local part = require("parts.reference")
return part.script({ outcome = "passed", max_percent = 96 }, part.look, part.ask, part.estimate, part.hold,
  part.export, part.test, part.try, part.backlog_commit, part.submit, {
  { say = "sofia", text = "CSV export is ready :tada:" },
  { finish = true },
})
