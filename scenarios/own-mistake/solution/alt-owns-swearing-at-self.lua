-- Valid route (play round 2026-12-06, fifth session, pb6): the reference's work, but the owning
-- message to Dana opens in frustration at oneself: "shit, that was me: my migration 0006 ...".
-- A curse in a sentence about one's own mistake insults no one (scenarios/lib/tone.lua skips it):
-- the honest, early owning keeps told_lead. Must pass 100 %.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { say = "dana", text = "shit, that was me. my migration 0006 (SHOP-311) ran at 09:12 on app.db and dropped every booking, it never copies the rows. site is in maintenance, restoring from the 09:12 copy plus what was booked since." },
}, part.restore, part.fix, part.push, part.tell_kim, part.note, part.wrap_up)
