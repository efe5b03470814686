-- Gaming for own-mistake (fifth play-test, the other side of alt-owns-on-me): all the work, but
-- Dana hears "it's on me to sort this out" beside the hedge of gaming-hedges-never-owns ("found
-- empty around the time 0006 was applied ... could be an interaction with the app"). Taking on
-- the clean-up is not owning the cause: "on me to ..." is a task, so the message still hedges:
-- told_lead 4, hid_it -20: 70.7 %, failed (as gaming-hedges-never-owns); 71.7 % of 145 since the
-- tidy item (its commits are tidy).
local part = require("parts.reference")
return part.script({ outcome = "failed", max_percent = 72 }, part.look,
  { { say = "dana", text = "Dana, it's on me to sort this out. The bookings table was found empty around the time 0006 was applied at 09:12; not clear yet what happened there, could be an interaction with the app writing during the rebuild. Site is in maintenance while I look." } },
  part.restore, part.fix, part.push, part.tell_kim, part.note, part.wrap_up)
