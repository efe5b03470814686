-- Alternative: history first, no hand-made requests. Runs the job once against the dev ledger
-- (its request log shows the 401s), reads Tuesday's refactor in git, puts the
-- Bearer scheme back, re-runs and reads the ledger's request log (now 415 too), adds the
-- Content-Type, answers Ravi by DM with both codes, reports to Amara in #billing with the
-- ledger total, commits in one go.
return {
  { sh = "cat README.md; git log --stat -3 | head -40" },
  { sh = "./start-service && python3 -m sync.push_invoices | tail -n 1" },
  { sh = "git log -p -1 -- sync/push_invoices.py | grep -n -e Bearer -e Content-Type" },
  { sh = "sed -i 's/\"Authorization\": config.ledger_token()/\"Authorization\": \"Bearer \" + config.ledger_token()/' sync/http.py && git diff --stat" },
  { sh = "python3 -m sync.push_invoices | tail -n 2" },
  { sh = "grep -o '\" [0-9][0-9][0-9] ' logs/ledger-api.log | sort | uniq -c" },
  { sh = "sed -i 's/\"User-Agent\": USER_AGENT}/\"Content-Type\": \"application\\/json\", \"User-Agent\": USER_AGENT}/' sync/http.py && git diff" },
  { sh = "python3 -m sync.push_invoices; echo \"exit $?\"" },
  { say = "ravi", text = "Hi Ravi, found it, and it's on our side. Our job got HTTP 401 on every POST since Tuesday: a refactor dropped the Bearer scheme from the Authorization header. With that fixed it got 415, because the Content-Type header was gone too. Both fixed now." },
  { sh = "python3 -m pytest -q && git add sync/http.py && git commit -qm 'Restore Bearer auth and JSON Content-Type lost in the http.py refactor (BILL-88)'" },
  { post = "#billing", text = "@amara BILL-88: fixed (two headers lost in Tuesday's refactor). After a re-run 17 of the 18 invoices are in the dev ledger. INV-2037 was rejected with 422: it is a credit note (-45.00), and the ledger only takes positive amounts on /v1/invoices." },
  { submit = "sync" },
  { finish = true },
}
