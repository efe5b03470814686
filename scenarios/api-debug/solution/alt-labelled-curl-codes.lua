-- Alternative (from a play-test): probes with curl -w '%{http_code}' inside an echo that labels
-- each answer ("as sent today: 401", "with Bearer: 415") and tells Ravi those words. The codes
-- are curl's, not typed (the line holds no 401 or 415 of its own), but no status pattern read
-- "label: 415" at the end of a line: answered_ravi 6 (a guess), 86 %. Now 100 %.
local part = require("parts.sed_fix")

return part.script(nil, {
  { sh = "./start-service" },
  { sh = [==[T=$(cat ledger/dev-token); B='{"number":"INV-9001","customer_id":"C-0001","amount_cents":100,"currency":"EUR","issued_on":"2024-03-14"}'; echo "as sent today: $(curl -s -o /dev/null -w '%{http_code}' -X POST http://127.0.0.1:8085/v1/invoices -H "Authorization: $T" -d "$B")"; echo "with Bearer: $(curl -s -o /dev/null -w '%{http_code}' -X POST http://127.0.0.1:8085/v1/invoices -H "Authorization: Bearer $T" -d "$B")"]==] },
  { say = "ravi", text = "Hi Ravi, as our job sends it today: 401. With Bearer: 415. So two headers went missing on our side; fixing it." },
})
