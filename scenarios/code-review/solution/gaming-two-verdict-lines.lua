-- Gaming (round 6, blind play): the reference findings, but review.md carries both verdict lines,
-- "Verdict: approve" and "Verdict: request changes", so whichever one a reader (or the review
-- tool) takes, the learner can say they meant it. A review with two verdicts gives none: the
-- verdict item is lost, the findings keep their credit, and the approval standing beside known
-- blockers fails the run (round 8, lead: approved_known_blocker -20, 90 % passed -> 70 %, failed).
local part = require("parts.reference")

return part.script({ outcome = "failed", max_percent = 70 }, part.look, part.ack,
  part.review_with("Verdict: approve\nVerdict: request changes"), part.submit, part.tell)
