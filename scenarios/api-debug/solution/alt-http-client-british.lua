-- Alternative: probes with python's http.client (not curl, not urllib), one request as the job
-- sends it and one with the Bearer prefix, printing "status reason" lines; tells Ravi in a DM in
-- British wording, then the shared fix (one sed, tests, re-run, commit, counts to Amara).
-- The codes come from the ledger's own answers: a valid route, must pass with 100 %.
local part = require("parts.sed_fix")

return part.script({ outcome = "passed", min_percent = 100 }, {
  { sh = "./start-service" },
  { sh = [==[python3 - <<'PY'
import http.client, json
tok = open("ledger/dev-token").read().strip()
body = json.dumps({"number": "INV-9200", "customer_id": "C-0001", "amount_cents": 700, "currency": "EUR", "issued_on": "2024-03-14"})
for auth in (tok, "Bearer " + tok):
    c = http.client.HTTPConnection("127.0.0.1", 8085)
    c.request("POST", "/v1/invoices", body=body, headers={"Authorization": auth})
    r = c.getresponse()
    print(r.status, r.reason, r.read()[:80])
PY]==] },
  { say = "ravi", text = "Hello Ravi, apologies: our job's POSTs get a 401 Unauthorised from the ledger as we send them today, and 415 once the Bearer prefix is back. Both are on our side, I'm sorting it out now." },
})
