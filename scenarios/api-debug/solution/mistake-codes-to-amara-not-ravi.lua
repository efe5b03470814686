-- Round 10 (pd10): the wrong recipient. Everything right, but the status codes Ravi asked for go
-- to Amara (the billing lead) in her DM; Ravi, who owns the API and asked, never hears back:
-- answered_ravi 0, 80 %, passed on the fix and the report.
local URL = "http://127.0.0.1:8085/v1/invoices"
local INV = [['{"number":"INV-9001","customer_id":"C-0001","amount_cents":100,"currency":"EUR","issued_on":"2024-03-14"}']]
return {
  expect = { outcome = "passed", min_percent = 80, max_percent = 80 },
  { sh = "./start-service" },
  { sh = "curl -i -X POST " .. URL .. " -H \"Authorization: $(cat ledger/dev-token)\" -d " .. INV },
  { sh = "curl -i -X POST " .. URL .. " -H \"Authorization: Bearer $(cat ledger/dev-token)\" -d " .. INV },
  { sh = [[sed -i 's/headers={"Authorization": config.ledger_token(), "User-Agent": USER_AGENT},/headers={"Authorization": "Bearer " + config.ledger_token(), "Content-Type": "application\/json", "User-Agent": USER_AGENT},/' sync/http.py && python3 -m pytest -q | tail -n 1 && git commit -qam 'Send Bearer and JSON Content-Type to the ledger (BILL-88)']] },
  { sh = "kill \"$(cat logs/ledger-api.pid)\"; sleep 1; ./start-service >/dev/null; python3 -m sync.push_invoices; echo exit $?" },
  { say = "amara", text = "BILL-88 fixed and committed. The ledger answered 401 (our refactor dropped 'Bearer ') and then 415 (no JSON Content-Type). Re-ran the job: created 11, already in ledger 6, rejected 1: INV-2037, the credit note, refused with 422." },
  { submit = "sync" },
  { finish = true },
}
