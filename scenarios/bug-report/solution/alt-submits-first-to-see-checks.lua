-- Valid (lead, round 8): an iterative junior who clicks Submit on every task before doing
-- anything, to see what the checks ask for, then does the reference's work and submits again.
-- The first submit hands in nothing (no file written yet), so it vouches for nothing: it must not
-- count as a report or review made without looking. It was penalised as one (never_reproduced -25: 76 %, passed).
return require("stages").submits_first({ outcome = "passed", min_percent = 100 }, require("actions"))
