-- Alternative: keeps what curl -w printed in shell variables (code=$(curl -s -o /dev/null -w ...))
-- and prints them on the next line ("status: 401"), and a helper function around curl (st() {
-- curl -w 'HTTP %{http_code}' ...; }) called on a later line ("HTTP 415"): both show the
-- ledger's answer, not typed text (they once counted as guesses). Fixes with sed, checks the exit
-- status after a run kept in a variable, and reports the counts of a second run (0 created, 17
-- already in the ledger).
return {
  { sh = "./start-service" },
  { sh = [==[code=$(curl -s -o /dev/null -w '%{http_code}' -X POST http://127.0.0.1:8085/v1/invoices -H "Authorization: $(cat ledger/dev-token)" -d '{"number":"INV-1"}')]==] },
  { sh = [==[echo "status: $code"]==] },
  { sh = [==[st() { curl -s -o /dev/null -w 'HTTP %{http_code}\n' -X POST http://127.0.0.1:8085/v1/invoices -d '{"number":"INV-1"}' "$@"; }]==] },
  { sh = [==[st -H "Authorization: Bearer $(cat ledger/dev-token)"]==] },
  { say = "ravi", text = "Ravi, we get 401 for every POST from billing-sync; with the Bearer prefix added by hand it's 415 instead. Looks like our client lost two headers, fixing it." },
  { sh = [==[sed -i 's|headers={"Authorization": config.ledger_token(), "User-Agent": USER_AGENT},|headers={"Authorization": "Bearer " + config.ledger_token(), "Content-Type": "application/json", "User-Agent": USER_AGENT},|' sync/http.py && python3 -m pytest -q | tail -1]==] },
  { sh = "out=$(python3 -m sync.push_invoices); rc=$?; printf '%s\\n' \"$out\" | tail -n 2; echo \"rc=$rc\"" },
  { sh = "python3 -m sync.push_invoices | tail -n 1" },
  { sh = "git commit -qam 'Fix ledger auth header and content type (BILL-88)'" },
  { say = "amara", text = "Amara: fixed and committed. Second run says created: 0, already in ledger: 17, rejected: 1, so 17 of 18 invoices are in the ledger; INV-2037 (credit note) is refused with 422." },
  { submit = "sync" },
  { finish = true },
}
