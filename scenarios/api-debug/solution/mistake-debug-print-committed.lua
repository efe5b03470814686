-- Mistake: a careful fix and true reports, but a print(">>>", ...) added while debugging is
-- committed with the subject "wip". Scope and message fail (the job prints a line for every
-- invoice, whatever the print looks like), so Jonas does not approve and the run fails.
local URL = "http://127.0.0.1:8085/v1/invoices"
local INV = [['{"number":"INV-9001","customer_id":"C-0001","amount_cents":100,"currency":"EUR","issued_on":"2024-03-14"}']]
return { expect = { outcome = "failed", max_percent = 90 },
  { sh = "./start-service && curl -si -X POST " .. URL .. " -H \"Authorization: $(cat ledger/dev-token)\" -d " .. INV .. " | head -n 1" },
  { sh = "curl -si -X POST " .. URL .. " -H \"Authorization: Bearer $(cat ledger/dev-token)\" -d " .. INV .. " | head -n 1" },
  { sh = [==[sed -i 's/"Authorization": config.ledger_token(), "User-Agent": USER_AGENT}/"Authorization": "Bearer " + config.ledger_token(), "Content-Type": "application\/json", "User-Agent": USER_AGENT}/' sync/http.py
sed -i 's/^        if status == 201:/        print(">>>", invoice["number"], status)\n        if status == 201:/' sync/push_invoices.py
python3 -m sync.push_invoices | tail -n 3]==] },
  { sh = "python3 -m pytest -q && git commit -qam wip" },
  { say = "ravi", text = "Ravi: our client got 401 (token sent without 'Bearer '), and with Bearer 415 (no JSON Content-Type). Fixed on our side." },
  { say = "amara", text = "BILL-88 fixed: created 11, already in ledger 6, so 17 of 18 are in. INV-2037 rejected with 422: a credit note." },
  { submit = "sync" },
  { finish = true },
}
