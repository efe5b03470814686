-- Valid route (play-test 2026-12-06, second session): `git merge --no-ff --no-commit`, the
-- reference resolution, its own merge subject instead of git's, BILL-63 merged in, then a second
-- commit with a new test file for a USD invoice; tells Ravi in #billing in British English with
-- markdown ("finalised", "behaviour"). Tidy commits with subjects that say what they do: 100 %.
local part = require("parts.resolution")
return {
  expect = { outcome = "passed", min_percent = 100 },
  part.resolve[1],
  { sh = "git fetch origin && git merge --no-ff --no-commit origin/main; git diff --name-only --diff-filter=U" },
  part.resolve[4],
  part.resolve[5],
  { sh = "git add -u && git commit -q -m 'Merge origin/main: late fee shown in the invoice currency (BILL-61, BILL-58)' && git push origin feature/late-fee" },
  { sh = "git fetch origin && git merge --no-edit origin/main && python3 -m pytest -q" },
  { sh = [[cat > tests/test_late_fee_currency.py <<'PY'
from billing.invoice import summary


def test_usd_invoice_late_fee_in_dollars():
    invoice = {"number": "2024-0202", "currency": "USD", "days_overdue": 60, "lines": [(4, 2550)]}
    assert summary(invoice) == "Invoice 2024-0202: 104.04 USD (incl. late fee 2.04 USD)"
PY
python3 -m pytest -q && git add tests/test_late_fee_currency.py && git commit -q -m 'Test the late fee of a USD invoice (BILL-61)' && git push origin feature/late-fee && git status -sb | head -1]] },
  { submit = "conflict" },
  { post = "#billing", text = "**@ravi** I've finalised the merge of `main` into `feature/late-fee` and pushed it:\n\n- your behaviour is kept: every amount, the late fee included, goes through `format_money` in the invoice's currency\n- BILL-63 (yen) is in as well\n- all tests from both sides pass, plus a new one for a USD invoice" },
  { finish = true },
}
