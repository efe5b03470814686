-- Sloppy (play-test 2026-12-06, second session): the reference's work, but it first drafts the
-- report as bugs/draft.md (no Expected section yet) and saves the customer's run to bugs/out.txt,
-- and hands in without removing either. The report itself is right, so it passes; the two stray
-- files cost the tidy item (5 of 105): 95 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 95, max_percent = 96 }, {
  part.look[1],
  { sh = "bin/timesheet samples/lena-week10.csv | tee bugs/out.txt" },
  { sh = "printf '# negative hours\\n\\nnight shifts wrong? check with leo\\n' > bugs/draft.md" },
}, part.repro, part.midnight, part.report, part.hand_over)
