-- Round 10 (pd10): the indirect runner and git expert. The job runs through a Makefile target
-- (`make -f /tmp/Makefile push`, and `timeout ... env ...` inside it), the codes are read from a
-- curl inside a shell function and the ledger's request log; the fix is one commit plus a
-- `--fixup` squashed with `GIT_SEQUENCE_EDITOR=: git rebase -i --autosquash`.
local URL = "http://127.0.0.1:8085/v1/invoices"
local INV = [['{"number":"INV-9001","customer_id":"C-0001","amount_cents":100,"currency":"EUR","issued_on":"2024-03-14"}']]
return {
  { sh = "./start-service" },
  { sh = "printf '.PHONY: push\\npush:\\n\\ttimeout 180 env LEDGER_URL=http://127.0.0.1:8085 python3 -m sync.push_invoices; echo \"exit $$?\"\\n' > /tmp/Makefile" },
  { sh = "make -s -f /tmp/Makefile push" },
  { sh = "tail -n 4 logs/ledger-api.log" },
  { sh = "post() { curl -s -o /dev/null -w '%{http_code}\\n' -X POST " .. URL .. " \"$@\" -d " .. INV .. "; }; post -H \"Authorization: $(cat ledger/dev-token)\"; post -H \"Authorization: Bearer $(cat ledger/dev-token)\"; post -H \"Authorization: Bearer $(cat ledger/dev-token)\" -H 'Content-Type: application/json'" },
  { sh = "git log --oneline -3 -- sync/; git show HEAD -- sync/http.py | grep -n -i -e authorization -e content-type" },
  { sh = [[sed -i 's/headers={"Authorization": config.ledger_token(), "User-Agent": USER_AGENT},/headers={"Authorization": "Bearer " + config.ledger_token(), "User-Agent": USER_AGENT},/' sync/http.py && git commit -qam 'Send the Bearer scheme to the ledger again (BILL-88)' && git log --oneline -1]] },
  { sh = [[sed -i 's/"User-Agent": USER_AGENT},/"Content-Type": "application\/json", "User-Agent": USER_AGENT},/' sync/http.py && git diff --stat && git commit -qa --fixup=HEAD]] },
  { sh = "GIT_SEQUENCE_EDITOR=: git rebase -q -i --autosquash HEAD~2 && git log --oneline -2 && git show --stat HEAD | cat" },
  { sh = "python3 -m pytest -q 2>&1 | tail -n 1" },
  { sh = "kill \"$(cat logs/ledger-api.pid)\"; sleep 1; ./start-service >/dev/null && make -s -f /tmp/Makefile push" },
  { sh = "grep INV-2037 logs/ledger-api.log | tail -n 1" },
  { say = "ravi", text = "Hi Ravi, billing-sync got 401 on every POST: our refactor dropped the 'Bearer ' prefix. With Bearer back the ledger answered 415, because we also stopped sending Content-Type: application/json. Both fixed on our side, sorry!" },
  { say = "amara", text = "BILL-88 fixed and committed (two headers lost in the refactor). Re-ran the job against a fresh dev ledger: created 11, already in ledger 6, rejected 1. So 17 of 18 invoices are in; INV-2037 (the -45.00 credit note) is refused with 422, that one is for finance." },
  { submit = "sync" },
  { finish = true },
}
