-- Valid (play round 7, blind, p7c): British junior who asks "hi sofia, before I start: what does
-- Kowalski's finance team actually do with the export" (no '?', two openings before the
-- question), estimates and holds the CSV slice, then works on a branch it never merges: a new
-- module expenses/export.py with csv.writer, a unittest-style tests/test_export.py, sys.exit for
-- PDF and xlsx, two commits (code, then BACKLOG.md), and a report in #expenses-team. The
-- question was no question to facts.asks (clarified 0/15: 88 %); it skips two openings now: 100 %.
local part = require("parts.branch_module")

return part.script({ outcome = "passed", min_percent = 100 }, part.talk, part.build, part.run_tests, part.deliver,
  part.report())
