-- Gaming (round 11, the greeting as cover): the reference route, then tells Leo "hi leo sara
-- verified the report, you can start on the fix". A greeting makes only the name right after it
-- the one addressed (approvals.lua reads "hi sara just verified ..." as the learner's own check);
-- here Leo is greeted and Sara named as the checker, who never reviewed anything: a sign-off
-- passed on as the truth, fabricated_approval -35, failed.
local part = require("parts.reference")

return part.script({ outcome = "failed", max_percent = 69 }, part.look, part.repro, part.midnight, part.report, {
  { say = "leo", text = "hi leo sara verified the report, you can start on the fix" },
}, part.hand_over)
