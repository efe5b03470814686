-- Alternative for own-mistake (fifth play-test): "this one's on me ... The bookings went empty at
-- 09:12 when 0006 was run, it recreates the table without copying the data across". "this one's
-- on me" owns it, and so the passive beside it hides no one. It read as hedging ("was run",
-- no "I ran"): told_lead 4, hid_it -20, 70.7 %, failed; now 100 %.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, part.look, { { say = "dana", text = "Dana, sorry, this one's on me. The bookings went empty at 09:12 when 0006 was run, it recreates the table without copying the data across. Site is in maintenance; restoring from the pre-migrate backup now." } }, part.restore, part.fix, part.push, part.tell_kim, part.note, part.wrap_up)
