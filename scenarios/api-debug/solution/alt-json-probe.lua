-- Alternative (from a play-test): probes with urllib in a python here-document and prints both
-- answers as JSON ({"as_sent_today": 401, "with_bearer": 415}), then tells Ravi. The codes are
-- the ledger's (the line types neither), but no status pattern read a quoted key holding a code:
-- answered_ravi 6 (a guess), 86 %. Now 100 %.
local part = require("parts.sed_fix")

return part.script(nil, {
  { sh = "./start-service" },
  { sh = [==[python3 - <<'PY'
import json, urllib.request, urllib.error
tok = open("ledger/dev-token").read().strip()
body = json.dumps({"number": "INV-9100", "customer_id": "C-0001", "amount_cents": 500, "currency": "EUR", "issued_on": "2024-03-14"}).encode()
result = {}
for label, auth in (("as_sent_today", tok), ("with_bearer", "Bearer " + tok)):
    req = urllib.request.Request("http://127.0.0.1:8085/v1/invoices", data=body, headers={"Authorization": auth}, method="POST")
    try:
        result[label] = urllib.request.urlopen(req).status
    except urllib.error.HTTPError as e:
        result[label] = e.code
print(json.dumps(result))
PY]==] },
  { say = "ravi", text = "Hi Ravi, as our job sends it today the ledger answers 401; with the Bearer prefix it answers 415. Both on our side; fixing it." },
})
