-- Careful junior on another route (play round playA): resolves like the reference, then adds a
-- regression test for a late fee in several currencies in its own file, with the invoices built
-- by a fixture in tests/conftest.py (how the team's other projects share test data). The suite
-- passes as the project runs it (`python3 -m pytest -q`, the conftest loaded). Before this round
-- the `tests` check ran with --noconftest only, so the new test errored ("fixture not found") and
-- a valid merge lost tests_pass 10 (90 %). Now both sides' tests are judged without any conftest
-- of the learner's and the whole suite as the project runs it: 100 %.
local part = require("parts.resolution")

return part.followed_by({
  { sh = [[cat > tests/conftest.py <<'PY'
import pytest


@pytest.fixture
def overdue_invoice():
    def make(currency, days=45, cents=10000):
        return {"number": "2024-0201", "currency": currency, "days_overdue": days, "lines": [(1, cents)]}
    return make
PY
cat > tests/test_late_fee_currency.py <<'PY'
import pytest

from billing.invoice import summary


@pytest.mark.parametrize("currency", ["EUR", "GBP", "USD", "SEK"])
def test_fee_in_invoice_currency(overdue_invoice, currency):
    assert summary(overdue_invoice(currency)) == "Invoice 2024-0201: 102.00 %s (incl. late fee 2.00 %s)" % (currency, currency)
PY
python3 -m pytest -q && git add tests && git commit -qm 'Test the late fee in every invoice currency (BILL-61)' && git push]] },
  { sh = "git fetch && git merge --no-edit origin/main && python3 -m pytest -q && git push && git status -sb" },
  { submit = "conflict" },
  { post = "#billing", text = part.report },
  { finish = true },
})
