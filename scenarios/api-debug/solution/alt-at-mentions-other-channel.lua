-- Round 10 (pd10): the right people in the other team's channel. Everything right; the codes
-- go to "@ravi" in #billing (where Amara handed out the ticket) and the counts to "@amara" in
-- #payments-platform. An @mention brings the colleague in: valid. It scored 70 %: a post was
-- judged by its channel only, so Ravi's codes counted as a report to Amara without counts and
-- Amara's counts as an answer to Ravi without codes; a post now goes to whom it addresses: 100 %.
local URL = "http://127.0.0.1:8085/v1/invoices"
local INV = [['{"number":"INV-9001","customer_id":"C-0001","amount_cents":100,"currency":"EUR","issued_on":"2024-03-14"}']]
return {
  { sh = "./start-service" },
  { sh = "curl -i -X POST " .. URL .. " -H \"Authorization: $(cat ledger/dev-token)\" -d " .. INV },
  { sh = "curl -i -X POST " .. URL .. " -H \"Authorization: Bearer $(cat ledger/dev-token)\" -d " .. INV },
  { sh = [[sed -i 's/headers={"Authorization": config.ledger_token(), "User-Agent": USER_AGENT},/headers={"Authorization": "Bearer " + config.ledger_token(), "Content-Type": "application\/json", "User-Agent": USER_AGENT},/' sync/http.py && python3 -m pytest -q | tail -n 1 && git commit -qam 'Send Bearer and JSON Content-Type to the ledger (BILL-88)']] },
  { sh = "kill \"$(cat logs/ledger-api.pid)\"; sleep 1; ./start-service >/dev/null; python3 -m sync.push_invoices; echo exit $?" },
  { post = "#billing", text = "@ravi answering your question from here: billing-sync got 401 on every POST (our refactor dropped 'Bearer '), and with Bearer back 415 (no JSON Content-Type). Our bug, fixed." },
  { post = "#payments-platform", text = "@amara BILL-88 fixed and committed. Re-ran the job: created 11, already in ledger 6, rejected 1: INV-2037, the credit note, refused with 422." },
  { submit = "sync" },
  { finish = true },
}
