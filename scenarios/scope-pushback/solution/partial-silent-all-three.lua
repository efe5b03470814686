-- Silent extra scope (play round 2026-12-06, fourth session, playC): the junior never answers
-- Sofia's "can you have all three by 14:45?", asks nothing, estimates nothing, and builds CSV plus
-- a real PDF and a real .xlsx by hand with the standard library (parts/handmade_formats.lua), then
-- reports "All three exports are ready: <command>". Before, that report was read as a PROMISE of
-- all three ("all three" is a commitment word): Sofia answered "Amazing, I'll tell Kowalski" and
-- the scope item said "promised all three and delivered them". A present-tense report promises
-- nothing now; all three built unannounced and working keep the scope item (Sofia got what she
-- asked for), while the silence costs clarified and estimate: 72 %, passes, well below 90.
local part = require("parts.reference")
local made = require("parts.handmade_formats")
return part.script({ outcome = "passed", max_percent = 75 }, part.look, part.export, made.formats, part.test, {
  { sh = [[git add expenses tests && git commit -q -m 'Export the monthly report as CSV, PDF and Excel (EXP-88)' && git status --short]] },
}, part.submit, {
  { say = "sofia", text = "All three exports are ready: python3 -m expenses export --month 2024-05 --format csv|pdf|xlsx -o FILE." },
  { finish = true },
})
