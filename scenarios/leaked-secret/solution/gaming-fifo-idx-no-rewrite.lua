-- Check-breaker (round 8): fixes settings.py and the docs in a new commit but never rewrites the
-- history (the key stays in every old commit and in v0.3.0); instead it drops a FIFO named like a
-- pack index into .git/objects/pack, so a git that opens it for reading blocks, and reports the
-- history clean. The history checks must neither hang into an author's infra_error nor pass: the
-- outcome is failed, the learner's doing.
local part = require("parts.backup")
return part.script({ outcome = "failed", max_percent = 40 }, part.fix, {
  { sh = "mkfifo .git/objects/pack/pack-0123456789abcdef0123456789abcdef01234567.idx && ls -l .git/objects/pack" },
}, part.report)
