-- Mistake: fixes both headers correctly, but saves a probe's output to curl_out.txt inside the
-- repo and commits it with `git add -A` under the subject "fix"; tells Ravi only "sorry, our bad"
-- and Amara only "works now". The job itself works (functional checks pass), but the stray file
-- breaks scope, the subject says nothing, and neither colleague learns the codes or the counts:
-- a sloppy hand-in that must not pass.
local URL = "http://127.0.0.1:8085/v1/invoices"
local INV = [['{"number":"INV-9001","customer_id":"C-0001","amount_cents":100,"currency":"EUR","issued_on":"2024-03-14"}']]
return { expect = { outcome = "failed", max_percent = 60 },
  { sh = "./start-service && curl -si -X POST " .. URL .. " -H \"Authorization: Bearer $(cat ledger/dev-token)\" -d " .. INV .. " > curl_out.txt; head -n 1 curl_out.txt" },
  { sh = [==[sed -i 's|headers={"Authorization": config.ledger_token(), "User-Agent": USER_AGENT},|headers={"Authorization": "Bearer " + config.ledger_token(), "Content-Type": "application/json", "User-Agent": USER_AGENT},|' sync/http.py && python3 -m pytest -q | tail -1]==] },
  { sh = "python3 -m sync.push_invoices; git add -A && git commit -qm fix" },
  { say = "ravi", text = "sorry, our bad" },
  { say = "amara", text = "works now" },
  { submit = "sync" },
  { finish = true },
}
