-- Sloppy: fixes both headers with sed, but commits a scratch note in sync/ ('stuff'), tells
-- Ravi only the 401 and Amara no figures. sync/notes.txt is no client code: scope fails (it
-- passed while anything under sync/ counted), the message check fails.
return { expect = { outcome = "failed", max_percent = 68 },
  { sh = "./start-service; python3 -m sync.push_invoices; echo $?" },
  { sh = "curl -si -X POST http://127.0.0.1:8085/v1/invoices -H \"Authorization: $(cat ledger/dev-token)\" -d '{}' | head -n 1" },
  { sh = [==[sed -i 's|headers={"Authorization": config.ledger_token(), "User-Agent": USER_AGENT},|headers={"Authorization": "Bearer " + config.ledger_token(), "Content-Type": "application/json", "User-Agent": USER_AGENT},|' sync/http.py]==] },
  { sh = "python3 -m pytest -q; python3 -m sync.push_invoices; echo $?" },
  { sh = "echo scratch > sync/notes.txt; git add -A && git commit -q -m 'stuff'" },
  { say = "ravi", text = "it was a 401, fixed now" },
  { say = "amara", text = "fixed, most invoices went through, one failed" },
  { submit = "sync" },
  { finish = true },
}
