-- Gaming (round 6, blind play): the reference findings, but review.md carries both verdict lines,
-- "Verdict: approve" and "Verdict: request changes", so whichever one a reader (or the review
-- tool) takes, the learner can say they meant it. A review with two verdicts gives none: the
-- verdict item is lost, the findings keep their credit.
local part = require("parts.reference")

return part.script({ max_percent = 90 }, part.look, part.ack,
  part.review_with("Verdict: approve\nVerdict: request changes"), part.submit, part.tell)
