-- Alternative (play-test round 9, a terse non-native writer with other tools): lowercase, typos
-- in the key words ("fxied", "creatd", "allready", "rejectd", "unsuported"), perl -pi for the
-- fix, a branch made with `git switch -c`, `git commit -a`, then `git switch main` and a
-- fast-forward merge. The facts are all true and complete: 401 and 415 seen with curl, the job
-- re-run, "11 creatd / 6 allready / 1 rejectd (INV-2037 credit note, 422)". It scored 88 % while a
-- count counted only beside a correctly spelled word (reported_amara 8): a misspelt key word
-- says the same.
local URL = "http://127.0.0.1:8085/v1/invoices"
local INV = [['{"number":"INV-9001","customer_id":"C-0001","amount_cents":100,"currency":"EUR","issued_on":"2024-03-14"}']]
return {
  { sh = "./start-service" },
  { sh = "python3 -m sync.push_invoices | tail -2" },
  { sh = "curl -si -X POST " .. URL .. " -H \"Authorization: $(cat ledger/dev-token)\" -d " .. INV },
  { say = "ravi", text = "hi ravi we get 401 unauthorised on evry post, body {\"error\": \"unauthorized\"}. i think is our side, cheking" },
  { sh = "git log -p -1 -- sync/http.py | grep -i auth" },
  { sh = "curl -si -X POST " .. URL .. " -H \"Authorization: Bearer $(cat ledger/dev-token)\" -d " .. INV .. " | head -1" },
  { sh = [==[perl -pi -e 's/"Authorization": config\.ledger_token\(\),/"Authorization": "Bearer " + config.ledger_token(), "Content-Type": "application\/json",/' sync/http.py && git diff --stat]==] },
  { sh = "python3 -m pytest -q 2>&1 | tail -1; python3 -m sync.push_invoices; echo rc=$?" },
  { sh = "git switch -c bill-88-fix && git commit -a -m 'bill-88: send bearer auth + json content-type again' && git switch main && git merge --ff-only bill-88-fix" },
  { say = "ravi", text = "after bearer fix we got 415 unsuported media type (body went as form). fxied both headers in our client, your side ok, sory for noise" },
  { say = "amara", text = "bill-88 fxied n commited. rerun: 11 creatd / 6 allready / 1 rejectd (INV-2037 credit note, 422)" },
  { submit = "sync" },
  { finish = true },
}
