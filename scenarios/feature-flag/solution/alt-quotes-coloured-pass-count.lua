-- Valid route (round 7, blind play): the reference work, and Jonas hears the real figures of the
-- runs ("before: 8 passed; now all 12 tests pass, 4 of them new"). pytest colours its summary in
-- the terminal ("\27[32m12 passed"), so the figure reader must strip the colour to see the count
-- the learner read: 100 %.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.ask, part.suite, part.build,
  part.flag_and_tests, part.commit_submit, {
  { say = "jonas", text = "Submitted CHK-204. Before my change 8 passed; now all 12 tests pass (4 new: off, the 49.99/50.00 edge, express, the threshold)." },
}, part.handover)
