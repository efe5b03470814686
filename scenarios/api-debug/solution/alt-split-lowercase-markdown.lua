-- Alternative (play-test playB): another tool chain and another way of talking. Probes with
-- `curl --write-out` into a file and python's json.tool on the body, fixes with a python edit,
-- and answers in lowercase markdown split over several messages: Ravi gets the 401 in one post
-- and the 415 in the next, Amara the counts as a bullet list and the rejected invoice
-- ("inv-2037") in a second message. Every figure was seen; the judges read all messages
-- together. Must score 100.
local URL = "http://127.0.0.1:8085/v1/invoices"
return { expect = { outcome = "passed", min_percent = 100 },
  { sh = "./start-service" },
  { sh = "curl -sS -o /tmp/body.json --write-out '%{http_code}\\n' -X POST " .. URL .. " -H \"Authorization: $(cat ledger/dev-token)\" --data '{\"number\":\"INV-9\"}'; python3 -m json.tool /tmp/body.json" },
  { post = "#payments-platform", text = "@ravi **status:** `401` for every post from billing-sync (body says missing or invalid credentials)." },
  { sh = "curl -sS -o /tmp/body.json --write-out '%{http_code}\\n' -X POST " .. URL .. " -H \"Authorization: Bearer $(cat ledger/dev-token)\" --data '{\"number\":\"INV-9\"}'; python3 -m json.tool /tmp/body.json" },
  { post = "#payments-platform", text = "and with the `Bearer` scheme added by hand it's `415` - so both headers are on our side, fixing now." },
  { sh = [==[python3 - <<'PY'
p = "sync/http.py"
s = open(p).read()
s = s.replace('"Authorization": config.ledger_token(),', '"Authorization": "Bearer " + config.ledger_token(), "Content-Type": "application/json",')
open(p, "w").write(s)
PY
git diff --stat && python3 -m pytest -q | tail -1]==] },
  { sh = "python3 -m sync.push_invoices | tail -n 3" },
  { sh = "git commit -qam 'fix: send bearer auth + json content-type to the ledger (BILL-88)'" },
  { say = "amara", text = "bill-88 re-run done:\n- **created:** 11\n- **already in ledger:** 6" },
  { say = "amara", text = "one rejected: inv-2037, the -45.00 credit note (422 from the ledger)." },
  { submit = "sync" },
  { finish = true },
}
