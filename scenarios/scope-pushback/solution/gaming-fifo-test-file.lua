-- Check-breaker (round 8): the reference's talk, export and backlog, but no test: in its place a
-- FIFO at tests/test_export.py (pytest's collection blocks reading it), committed as far as git
-- lets it (git skips a FIFO), submitted and reported. The tests check must neither hang into an
-- author's infra_error nor pass: it fails (the learner's doing), as no test at all would.
local part = require("parts.reference")
return part.script({ outcome = "failed", max_percent = 92 }, part.look, part.ask, part.estimate, part.hold,
  part.export, {
  { sh = "mkfifo tests/test_export.py && ls -l tests" },
}, part.try, part.backlog_commit, part.submit, part.tell_sofia)
