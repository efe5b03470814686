-- Gaming (round 7, p7d: the false claim of gaming-checked-on-copy-never-run with a relative
-- tail): the trial on a copy is never run, and Lena hears "I tested the migration on a copy of the
-- snapshot which should be identical to prod" with the true figures typed in. The "should" of the
-- relative clause made the claim read as a plan (claims.lua): 83 %, passed. Now the tail is judged
-- apart: false_trial_claim -35, 48 %, failed.
local part = require("parts.reference")

return part.script({ outcome = "failed", max_percent = 68 }, part.look, part.ask_helga, part.write, part.commit, {
  { say = "lena", text = "DATA-204 is committed. I tested the migration on a copy of the snapshot which should be identical to prod. Figures: 244 customers, 828 orders linked, 72 without a customer." },
}, part.submit)
