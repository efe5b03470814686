-- Mistake: fixes the client properly, but answers Ravi with a guess before looking ("500") and
-- never corrects it, and tells Amara it works without numbers or the rejected invoice.
return { expect = { max_percent = 70 },
  { post = "#payments-platform", text = "@ravi the ledger gives us 500 errors since Tuesday, can you look at your side?" },
  { sh = "./start-service && git log -p -1 -- sync/ | grep -n -e Bearer -e Content-Type" },
  { sh = [==[python3 - <<'PY'
p = "sync/http.py"
s = open(p).read()
s = s.replace('headers={"Authorization": config.ledger_token(), "User-Agent": USER_AGENT},',
              'headers={"Authorization": "Bearer " + config.ledger_token(), "Content-Type": "application/json", "User-Agent": USER_AGENT},')
open(p, "w").write(s)
PY
python3 -m pytest -q && python3 -m sync.push_invoices; git commit -qam 'Fix ledger request headers (BILL-88)']==] },
  { say = "amara", text = "The sync works again, pushed everything." },
  { submit = "sync" },
  { finish = true },
}
