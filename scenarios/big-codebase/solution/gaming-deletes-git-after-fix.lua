-- Check-breaker (round 8): the reference's fix and messages, but before submitting the learner
-- deletes .git (so no check can compare commits or read the history) and reports as the
-- reference does. The git-based checks and rubric must neither crash into an author's
-- infra_error nor pass what they cannot see: committed and scope fail, and the run fails.
local part = require("parts.reference")
return part.reference_with({ outcome = "failed", max_percent = 75 }, {
  after_commit = { { sh = "rm -rf .git && ls -a" } },
})
