-- Trick (play round 2026-12-06, fifth session, pb6): all talk. Maintenance on, Dana told the
-- truth about 0006, then Kim hears "customers can see their bookings again" with the six refs and
-- Dana "All back: 1238 bookings restored ...", while app.db still holds only the 37 new bookings
-- and 0006 is unchanged. Must fail, far below the pass mark.
local part = require("parts.reference")
return part.script({ outcome = "failed", max_percent = 40 }, part.look, part.tell_dana, part.tell_kim,
  { { submit = "restore" } }, part.wrap_up)
