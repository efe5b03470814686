-- Mistake for bug-report: a sloppy learner who does the work (repro, midnight test, report) but
-- leaves a stray debug dump bugs/debug.txt next to the report and tells Leo only "done, see
-- bugs". The stray file is junk in the hand-in and the hand-over does not say where the report
-- is or what goes wrong, so the hand-over credit is lost: fair is a lower score than the reference.
-- The stray debug.txt costs the tidy item (5 of 105): 81 % (85 % before it was graded).
local part = require("parts.reference")

return part.script({ outcome = "passed", max_percent = 90 }, part.look, part.repro, part.midnight,
  { { sh = "bin/timesheet samples/lena-week10.csv > bugs/debug.txt; env >> bugs/debug.txt" } },
  part.report,
  { { say = "leo", text = "done, see bugs" }, { finish = true } })
