-- Rude to the lead (play round 2026-12-06, fifth session, pb6): the reference's work, and Dana
-- hears early that it was the learner's migration, but in "stop nagging, I'm on it: my migration
-- 0006 dropped the bookings at 09:12 ...". Owning it is right; brushing off the lead costs the
-- communication item (told_lead 25, scenarios/lib/tone.lua). The rest keeps its credit: 82.8 %,
-- passes, not full marks.
local part = require("parts.reference")
return part.script({ outcome = "passed", max_percent = 83 }, part.look, {
  { say = "dana", text = "stop nagging, I'm on it: my migration 0006 (SHOP-311) ran at 09:12 on app.db and dropped every booking, it never copies the rows. Site is in maintenance, restoring from the 09:12 copy now." },
}, part.restore, part.fix, part.push, part.tell_kim, part.note, part.wrap_up)
