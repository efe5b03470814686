-- Round 9 (pd9): the conditional-approval reading must not let a rubber stamp through. The
-- review names both blockers but the verdict line approves with the fixes put off: "Verdict:
-- approve if you fix them after the freeze" lets the branch merge now. Verdict 0 and the
-- approved_known_blocker penalty: fails.
local part = require("parts.reference")

return part.script({ outcome = "failed", max_percent = 70 }, part.look, part.ack,
  part.review_with("Verdict: approve if you fix them after the freeze"), part.submit, part.tell)
