-- Round 10 (pc10), the over-asker who hands the decision back: three questions to Sofia before
-- anything (what the customer does with it, which columns, whether Excel opening a CSV is
-- enough), then "What should I do: all three or only CSV? You decide." with no estimate and no
-- proposal of their own, then does the reference's CSV slice, refuses PDF/Excel, backlog,
-- commit, and tells Sofia how to get it. Asking is never penalised (clarified full); the
-- estimate and the scope call were the learner's to make: those items only.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 60, max_percent = 85 }, part.look, part.ask, {
  { say = "sofia", text = "And which columns do they need, the same as the on-screen report?" },
  { say = "sofia", text = "Is it enough for them if Excel opens a CSV file?" },
  { say = "sofia", text = "What should I do: all three formats or only CSV? You decide, I'll do whatever you say." },
}, part.export, part.test, part.try, part.backlog_commit, part.submit, part.tell_sofia)
