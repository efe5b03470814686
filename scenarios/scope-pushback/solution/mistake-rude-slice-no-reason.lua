-- Rude, no reason (play round 2026-12-06, fourth session, playC): "lol no. csv only, take it or
-- leave it" to Sofia's request, "I said csv." to her push-back, no question; the reference's CSV
-- work and backlog. The missing reason is the estimate item's business (12: the backlog's hours,
-- no reason given to Sofia), the missing question costs clarified (0); the tone itself is not
-- read by the scripted judge (a wordlist of rudeness would misfire). 81.6 %: passes, below 90.
local part = require("parts.reference")
return part.script({ outcome = "passed", max_percent = 82 }, part.look, {
  { say = "sofia", text = "lol no. csv only, take it or leave it" },
  { say = "sofia", text = "I said csv." },
}, part.export, part.test, part.try, part.backlog_commit, part.submit, part.tell_sofia)
