-- Alternative (play-test playB, another tool): probes the ledger with `curl -s | jq -r
-- '.detail'`, so the terminal shows only the error details the ledger sent ("missing or invalid
-- credentials", then "expected application/json, got application/x-www-form-urlencoded"), no
-- status line; reads API.md to name their status codes and tells Ravi 401 and 415 in British
-- English. The details are the ledger's own answer (replayed against a ledger with other
-- details they change): both codes seen. Must score 100.
local jq = require("parts.jq_probe")

return jq.script({ outcome = "passed", min_percent = 100 }, function(header)
  return "curl -s -X POST " .. jq.URL .. " -H \"" .. header .. "\" -d '{}' | jq -r '.detail'"
end)
