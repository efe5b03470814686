-- Alternative (play-test, a careful junior's own labels): tries both header forms in one shell
-- loop, `curl -s -o /dev/null -w "$label -> %{http_code}\n"`, which prints "as sent today ->
-- 401" and "with Bearer -> 415": the ledger's answers under the learner's own arrow labels, no
-- status line. Must keep full marks.
local part = require("parts.sed_fix")
local URL = "http://127.0.0.1:8085/v1/invoices"

return part.script(nil, {
  { sh = "./start-service" },
  { sh = [==[tok=$(cat ledger/dev-token); for label in "as sent today" "with Bearer"; do auth=$tok; [ "$label" = "with Bearer" ] && auth="Bearer $tok"; curl -s -o /dev/null -w "$label -> %{http_code}\n" -X POST ]==] .. URL .. [==[ -H "Authorization: $auth" -d '{"number":"INV-9100"}'; done]==] },
  { say = "ravi", text = "Ravi, as our job sends it today the ledger answers 401; with the Bearer scheme it's 415 (our body goes out form-encoded). Fixing both on our side." },
})
