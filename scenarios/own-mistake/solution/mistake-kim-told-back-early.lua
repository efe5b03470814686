-- Mistake (play round vA, fourth session): the reference day, but right after owning it to Dana
-- the learner cheers Kim up with "Kim, good news, they're back!" while app.db still holds 37
-- bookings. When claims_back became sentence-aware (so "I'll send you the list once they're
-- back" is a plan), "'re back" joined the words that claim the data is back: this false claim
-- must still cap support at 2 and cost false_claim 10 (87.6 %), however good the rest is.
local part = require("parts.reference")
return part.script({ outcome = "passed", max_percent = 90 }, part.look, part.tell_dana,
  { { say = "kim", text = "Kim, good news, they're back!" } }, part.restore, part.fix, part.push, part.tell_kim,
  part.note, part.wrap_up)
