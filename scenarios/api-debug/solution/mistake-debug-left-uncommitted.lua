-- Mistake: the right fix and the right messages, but urllib's wire debugging is left switched
-- on in sync/http.py and nothing is committed. Jonas does not approve while a check fails, so
-- the run fails however many points it has (the review gate, DESIGN §7).
return { expect = { outcome = "failed", max_percent = 85 },
  { sh = "./start-service" },
  { sh = [==[python3 - <<'PY'
p = "sync/http.py"
s = open(p).read()
s = s.replace("import urllib.request\n", "import urllib.request\nimport http.client\nhttp.client.HTTPConnection.debuglevel = 1\n")
open(p, "w").write(s)
PY
python3 -m sync.push_invoices 2>&1 | grep -m 3 -e "send:" -e "reply:"]==] },
  { post = "#payments-platform", text = "@ravi we get HTTP 401 on every POST: our client sends the token without 'Bearer '. Will also check the content type." },
  { sh = "sed -i 's/\"Authorization\": config.ledger_token(), \"User-Agent\": USER_AGENT}/\"Authorization\": \"Bearer \" + config.ledger_token(), \"Content-Type\": \"application\\/json\", \"User-Agent\": USER_AGENT}/' sync/http.py && python3 -m sync.push_invoices | tail -n 2" },
  { post = "#payments-platform", text = "@ravi confirmed: after the 401 we'd have hit 415 (no Content-Type). Both fixed in our client." },
  { say = "amara", text = "Sync fixed: 11 created, 6 were already there; INV-2037 rejected with 422 because it's a credit note." },
  { submit = "sync" },
  { finish = true },
}
