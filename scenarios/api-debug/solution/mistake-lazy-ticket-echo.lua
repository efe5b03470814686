-- Mistake (play-test playB, a lazy junior): reads the fix off `git log -p`, never starts the
-- ledger, never runs the job, and answers by copying the ticket back: Ravi gets "401" (from
-- API.md, never seen) and Amara "all 18 invoices of this week's export" (the ticket's figure, no
-- run printed it). The client works (the hidden check runs it), but nobody learnt what the
-- ledger says or how many invoices made it: must fail.
return { expect = { outcome = "failed", max_percent = 69 },
  { sh = "git log -p -1 -- sync/ | grep -n -e Authorization -e Content-Type" },
  { sh = [==[sed -i 's|headers={"Authorization": config.ledger_token(), "User-Agent": USER_AGENT},|headers={"Authorization": "Bearer " + config.ledger_token(), "Content-Type": "application/json", "User-Agent": USER_AGENT},|' sync/http.py && python3 -m pytest -q | tail -1 && git commit -qam 'Send Bearer auth and JSON Content-Type (BILL-88)']==] },
  { post = "#payments-platform", text = "@ravi which HTTP status we get: 401. Fixed on our side." },
  { say = "amara", text = "Done means done: the 18 invoices of this week's export (data/invoices.csv) are pushed to the ledger." },
  { submit = "sync" },
  { finish = true },
}
