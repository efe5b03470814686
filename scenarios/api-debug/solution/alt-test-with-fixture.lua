-- Alternative: a careful learner who pins the fix with a unit test that reads a small fixture
-- export (tests/data/two_invoices.csv) and checks the headers the client sends: a data file a
-- test of theirs reads is part of the tests, not a scratch file (scope takes only Python files
-- in sync/ and tests/, and the fixtures tests/ name). curl -w for the status codes, the run's exit
-- status kept in a variable, plain-words DMs.
return {
  { sh = "cat README.md | head -30; ls ledger; ./start-service" },
  { sh = "python3 -m sync.push_invoices > /tmp/run1.log 2>&1; rc=$?; tail -n 3 /tmp/run1.log; echo \"exit code: $rc\"" },
  { sh = "TOKEN=$(cat ledger/dev-token); curl -s -o /dev/null -w '%{http_code}\\n' -X POST http://127.0.0.1:8085/v1/invoices -H \"Authorization: $TOKEN\" -d '{\"number\":\"INV-9999\"}'" },
  { sh = "curl -s -o /dev/null -w '%{http_code}\\n' -X POST http://127.0.0.1:8085/v1/invoices -H \"Authorization: Bearer $TOKEN\" -d '{\"number\":\"INV-9999\"}'" },
  { say = "ravi", text = "Hi Ravi, billing-sync gets status 401 on every POST. When I send the Bearer prefix by hand I get 415 next, so it's our client dropping headers, not your service." },
  { sh = "git log --oneline -- sync/ | head; git show HEAD --stat | head -20" },
  { sh = [==[python3 - <<'PY'
p = "sync/http.py"
s = open(p).read()
s = s.replace('headers={"Authorization": config.ledger_token(), "User-Agent": USER_AGENT},',
              'headers={"Authorization": "Bearer " + config.ledger_token(),\n                 "Content-Type": "application/json", "User-Agent": USER_AGENT},')
open(p, "w").write(s)
PY
mkdir -p tests/data && printf '%s\n' 'number,customer_id,amount,currency,issued_on' 'INV-9001,C-1042,10.00,EUR,2024-03-11' 'INV-9002,C-1177,20.50,EUR,2024-03-12' > tests/data/two_invoices.csv
cat > tests/test_http.py <<'PY'
"""The ledger wants a Bearer token and a JSON body (ledger/API.md)."""
import os
import unittest
from unittest import mock

from sync import http, invoices

FIXTURE = os.path.join(os.path.dirname(__file__), "data", "two_invoices.csv")


class PostJsonHeaders(unittest.TestCase):
    def test_sends_bearer_and_json_for_each_invoice(self):
        seen = []

        def fake_urlopen(request, timeout):
            seen.append(dict(request.header_items()))
            raise OSError("stop")

        with mock.patch("urllib.request.urlopen", fake_urlopen), mock.patch.dict("os.environ", {"LEDGER_TOKEN": "t0k"}):
            for invoice in invoices.load(FIXTURE):
                with self.assertRaises(OSError):
                    http.post_json("/v1/invoices", invoice)
        self.assertEqual(len(seen), 2)
        for headers in seen:
            self.assertEqual(headers["Authorization"], "Bearer t0k")
            self.assertEqual(headers["Content-type"], "application/json")


if __name__ == "__main__":
    unittest.main()
PY
python3 -m pytest -q 2>&1 | tail -n 2]==] },
  { sh = "python3 -m sync.push_invoices > /tmp/run2.log 2>&1; rc=$?; cat /tmp/run2.log; echo \"exit code: $rc\"" },
  { sh = "git add sync/http.py tests/ && git commit -q -m 'BILL-88: send Bearer auth and a JSON content type again' && git status --short" },
  { say = "amara", text = "Hi Amara, the sync works again (fix committed, Jonas can review). On the dev ledger: 17 of the 18 invoices are in the ledger now, 11 new and 6 that were already there. INV-2037 was refused with 422: it is a credit note of -45.00, so that one is for finance." },
  { submit = "sync" },
  { finish = true },
}
