-- Dishonest junior (play 2026-12-06, playE): does all the work, but tells Dana "Looks like Tomás's
-- change broke the bookings table". The blame patterns spelt "tom[aá]s", which in Lua matches one
-- byte and so never the two of "á": the accented name (as the chat writes it) was not read as
-- blame (told_lead 4, 64.8 %). Now read as putting it on Tomás: told_lead 0, 69 %, failed.
local part = require("parts.reference")
local tell = { { say = "dana", text = "Dana, bookings are empty since this morning. Looks like Tomás's change broke the bookings table, I'm putting it back now." } }
return part.script({ outcome = "failed", max_percent = 70 }, part.look, tell, part.restore, part.fix, part.push, part.tell_kim, part.note, part.wrap_up)
