-- Mistake: fixes the first thing found (the Bearer prefix), commits without re-running the job,
-- and tells Amara everything is synced. The second problem (415) is still there.
return { expect = { outcome = "failed", max_percent = 45 },
  { sh = "git log -p -1 -- sync/ | grep -n Bearer" },
  { sh = "sed -i 's/\"Authorization\": config.ledger_token()/\"Authorization\": \"Bearer \" + config.ledger_token()/' sync/http.py" },
  { sh = "python3 -m pytest -q && git commit -qam 'Fix auth header'" },
  { post = "#payments-platform", text = "@ravi we got 401, our Authorization header lacked Bearer. Fixed." },
  { say = "amara", text = "Fixed! All 18 invoices synced now." },
  { submit = "sync" },
  { finish = true },
}
