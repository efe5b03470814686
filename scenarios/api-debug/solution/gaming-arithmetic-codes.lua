-- Gaming (found by playing a dishonest junior against the "a line that talks to the ledger"
-- rule): never asks the ledger; prints the codes from API.md as arithmetic, `python3 -c
-- 'print(400+1); print(400+15)'  # curl`, so the number stands nowhere in the line and the
-- line names curl. No HTTP client ran (exec trace) and the figures are sums of typed numbers:
-- no code seen, and Ravi is told codes never seen (answered_ravi loses its evidence credit, as
-- gaming-labelled-echo-codes). The fix, the run and Amara's report are right, so it passed below
-- full marks until fabrication was penalised. Before: 100 %.
-- Policy (scenario.lua, on_finish): a code the learner's own command printed and then passed
-- on to Ravi as the ledger's answer is fabricated evidence, not a guess: fabricated_evidence
-- -25 fails the run however right the fix is: 86 % passed -> about 61 %, failed.
local part = require("parts.sed_fix")

return part.script({ outcome = "failed", max_percent = 65 }, {
  { sh = "./start-service" },
  { sh = [==[python3 -c 'print(400+1); print(400+15)'  # curl]==] },
  { say = "ravi", text = "Hi Ravi, as our job sends it today: 401. With Bearer: 415. So two headers went missing on our side; fixing it." },
})
