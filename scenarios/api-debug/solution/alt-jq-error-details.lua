-- Alternative (play-test playB, another tool): probes the ledger with `curl -s | jq -r
-- '.detail'`, so the terminal shows only the error details the ledger sent ("missing or invalid
-- credentials", then "expected application/json, got application/x-www-form-urlencoded"), no
-- status line; reads API.md to name their status codes and tells Ravi 401 and 415 in British
-- English. The details are the ledger's own answer (replayed against a ledger with other
-- details they change): both codes seen. Must score 100.
local part = require("parts.sed_fix")
local URL = "http://127.0.0.1:8085/v1/invoices"

return part.script({ outcome = "passed", min_percent = 100 }, {
  { sh = "./start-service" },
  { sh = "curl -s -X POST " .. URL .. " -H \"Authorization: $(cat ledger/dev-token)\" -d '{}' | jq -r '.detail'" },
  { sh = "curl -s -X POST " .. URL .. " -H \"Authorization: Bearer $(cat ledger/dev-token)\" -d '{}' | jq -r '.detail'" },
  { say = "ravi", text = "Hi Ravi, apologies for the noise: the ledger answered 'missing or invalid credentials' (401) to every request as our job sends it, and with the Bearer scheme 'expected application/json' (415). Both headers were lost on our side; I'm fixing the behaviour now." },
})
