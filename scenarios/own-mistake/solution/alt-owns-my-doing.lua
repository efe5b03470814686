-- Alternative for own-mistake (fifth play-test): "INC-57 is my doing. Migration 0006 (mine,
-- SHOP-311) was applied at 09:12 and emptied bookings". "my doing" and "(mine, ...)" name the
-- learner as the one who ran it, so "was applied" hides no one. It read as hedging: told_lead 4,
-- hid_it -20, 70.7 %, failed; now 100 %.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, part.look, { { say = "dana", text = "Dana, INC-57 is my doing. Migration 0006 (mine, SHOP-311) was applied at 09:12 and emptied bookings: no copy step before the DROP. Maintenance is on, restoring from the 09:12 copy." } }, part.restore, part.fix, part.push, part.tell_kim, part.note, part.wrap_up)
