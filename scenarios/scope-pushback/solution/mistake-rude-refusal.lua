-- Rude refusal (play round 2026-12-06, fourth session, playC): the junior answers Sofia "No. PDF
-- and Excel by 3 is a ridiculous ask, you should have asked last week. Not doing it.", asks
-- nothing, offers nothing, then quietly builds the reference's CSV export and test and reports it
-- with the command. It scored 81.6 %, passed: the delivery report's "PDF and Excel are in
-- BACKLOG.md" was read as a proposal of a slice. A proposal is made before the submit and is not
-- the report itself; now a refusal without an alternative (5), no question: Sofia went into the
-- afternoon with "no" and nothing to show. Must fail.
local part = require("parts.reference")
return part.script({ outcome = "failed", max_percent = 70 }, part.look, {
  { say = "sofia", text = "No. PDF and Excel by 3 is a ridiculous ask, you should have asked last week. Not doing it." },
}, part.export, part.test, part.try, part.backlog_commit, part.submit, part.tell_sofia)
