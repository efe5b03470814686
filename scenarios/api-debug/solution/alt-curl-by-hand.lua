-- Alternative: curl -v all the way, with a real invoice of the export created by hand (so the
-- job later says "created: 10, already in ledger: 7", which is what happened in this ledger),
-- the fix written with add_header, the failure line improved to show the status, DMs only.
local URL = "http://127.0.0.1:8085/v1/invoices"
local BODY = [['{"number":"INV-2030","customer_id":"C-1177","amount_cents":24000,"currency":"EUR","issued_on":"2024-03-12"}']]
return {
  { sh = "cat sync/http.py" },
  { sh = "./start-service" },
  { sh = "TOKEN=$(cat ledger/dev-token); curl -sv -X POST " .. URL .. " -H \"Authorization: $TOKEN\" -d " .. BODY .. " 2>&1 | grep -e '^[<>] ' -e '{'" },
  { sh = "curl -sv -X POST " .. URL .. " -H \"Authorization: Bearer $TOKEN\" -d " .. BODY .. " 2>&1 | grep -e '^< HTTP' -e '{'" },
  { say = "ravi", text = "Ravi: without the Bearer prefix (what our client sends now) the ledger answers 401; with it, curl -d gets 415 because it sends form data. I think both are our client's headers, fixing now." },
  { sh = "curl -s -w ' -> %{http_code}\\n' -X POST " .. URL .. " -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' -d " .. BODY },
  { sh = [==[python3 - <<'PY'
p = "sync/http.py"
s = open(p).read()
s = s.replace('headers={"Authorization": config.ledger_token(), "User-Agent": USER_AGENT},\n',
              'headers={"User-Agent": USER_AGENT},\n')
s = s.replace('        method="POST",\n    )\n',
              '        method="POST",\n    )\n'
              '    request.add_header("Authorization", "Bearer " + config.ledger_token())\n'
              '    request.add_header("Content-Type", "application/json")\n')
open(p, "w").write(s)
p = "sync/push_invoices.py"
s = open(p).read()
s = s.replace('status, _body = http.post_json', 'status, body = http.post_json')
s = s.replace('print("failed to push %s" % invoice["number"])',
              'print("failed to push %s: HTTP %d %s" % (invoice["number"], status, body.get("detail", "")))')
open(p, "w").write(s)
PY
git diff --stat && python3 -m pytest -q]==] },
  { sh = "python3 -m sync.push_invoices" },
  { sh = "git add -A sync && git commit -qm 'Ledger client: Bearer auth and JSON Content-Type again, show the status of refused invoices' && git status --short" },
  { say = "amara", text = "Fixed and committed (BILL-88). The re-run created 10 invoices and 7 were already in the ledger (one of them I had created by hand while testing), so 17 of 18 are in. INV-2037 was rejected: HTTP 422, it's a credit note and the ledger wants positive amounts." },
  { submit = "sync" },
  { finish = true },
}
