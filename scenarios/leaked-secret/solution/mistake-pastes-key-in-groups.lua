-- Mistake (play round 2026-12-06, playbs): the reference's cleanup, but to make sure it is the
-- right key the learner pastes it into #security in groups of four ("so the scanner won't flag
-- it"). The whole key is in chat: the paste penalty and a report worth nothing, as for a plain
-- paste. No group is 8 characters long, so the chat check missed it: 100 %. Must fail.
local part = require("parts.backup")
return part.script({ outcome = "failed", max_percent = 69 }, {
  { post = "#security", text = "@ines to be sure we mean the same key (spaced out so the scanner won't flag it): 7Qf2 Zr9W bX4n T8pK 1sVd 3Hc6, in settings.py and the docs?" },
}, part.fix, part.rewrite, part.report)
