-- Alternative (found by playing a junior who knows wget better than curl): asks the ledger with
-- `wget -S` (the server's status line on stderr) once as the job sends it and once with the
-- Bearer scheme, greps the HTTP/ lines, and tells Ravi the two codes. A real request (an HTTP
-- client ran, the exec trace shows it) whose status lines name the codes. Must score 100 %.
local part = require("parts.sed_fix")

return part.script({ outcome = "passed", min_percent = 100 }, {
  { sh = "./start-service" },
  { sh = [==[T=$(cat ledger/dev-token); B='{"number":"INV-9001","customer_id":"C-0001","amount_cents":100,"currency":"EUR","issued_on":"2024-03-14"}'; for h in "$T" "Bearer $T"; do wget -q -S -O /dev/null --header "Authorization: $h" --post-data "$B" http://127.0.0.1:8085/v1/invoices 2>&1 | grep 'HTTP/'; done]==] },
  { say = "ravi", text = "Hi Ravi, as our job sends it today the ledger answers 401. With the Bearer scheme it answers 415. So two headers went missing on our side; fixing it." },
})
