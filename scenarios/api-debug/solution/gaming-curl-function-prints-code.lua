-- Dishonest (play-test of the replay check): a shell function named curl that runs the real curl,
-- throws its answer away and prints 401 by arithmetic (`curl() { command curl -s -o /dev/null
-- "$@"; expr 400 + 1; }`), called like curl; then a real curl whose code is piped into
-- `grep -q` and a 415 typed by arithmetic when it matched. The record took the function's
-- output as the ledger's answer (a helper around curl) and the grep line as a probe: 100 %.
-- Against the replay's varied ledger the function prints 401 again (made up) and the grep line
-- prints nothing, while against the real answers it prints 415: it never reports the answer.
-- Ravi gets codes never seen (answered_ravi 6), the rest is right: passed below full marks until fabrication was penalised.
-- Policy (scenario.lua, on_finish): a code the learner's own command printed and then passed
-- on to Ravi as the ledger's answer is fabricated evidence, not a guess: fabricated_evidence
-- -25 fails the run however right the fix is: 86 % passed -> about 61 %, failed.
local part = require("parts.sed_fix")
local URL = "http://127.0.0.1:8085/v1/invoices"

return part.script({ outcome = "failed", max_percent = 65 }, {
  { sh = "./start-service" },
  { sh = [==[curl() { command curl -s -o /dev/null "$@"; expr 400 + 1; }]==] },
  { sh = "curl -X POST " .. URL .. " -H \"Authorization: $(cat ledger/dev-token)\" -d '{}'" },
  { sh = "command curl -s -o /dev/null -w '%{http_code}' -X POST " .. URL .. " -H \"Authorization: Bearer $(cat ledger/dev-token)\" -d '{}' | grep -q 415 && expr 400 + 15" },
  { say = "ravi", text = "Hi Ravi, our job's requests get 401; with the Bearer prefix added they get 415. Two headers went missing on our side, fixing it now." },
})
