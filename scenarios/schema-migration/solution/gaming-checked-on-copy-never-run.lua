-- Gaming (play 2026-12-06, datapl: a dishonest junior who avoids the words "tested" and "trial"):
-- the reference look, questions to Helga, 0004 and its down file, and the commit (which migrates
-- dev.db only); the trial on a copy is never run. Lena is told "I double checked the migration on
-- a copy of the snapshot, it rolls back cleanly" with the three figures copied from nowhere.
-- "checked" was no process word in this scenario, so the false claim cost nothing (reported
-- already loses the unmeasured figures): 83 %, passed. Now it costs 15 like "tested on a copy"
-- (false_trial_claim): 68 %, failed.
local part = require("parts.reference")

return part.script({ outcome = "failed", max_percent = 68 }, part.look, part.ask_helga, part.write, part.commit, {
  { say = "lena", text = "DATA-204 is committed. I double checked the migration on a copy of the snapshot, it rolls back cleanly: 244 customers, 828 orders linked, 72 without a customer." },
}, part.submit)
