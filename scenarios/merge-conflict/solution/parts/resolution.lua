-- parts/resolution.lua: the reference route of merge-conflict up to the merge commit (fetch,
-- merge origin/main, ask Ravi, resolve invoice.py and the tests as "both", commit), shared by
-- the action scripts that go on from there. Not an action script itself: verify only plays
-- solution/*.lua.
local M = {}

M.resolve = {
  { sh = "git status -sb && git log --oneline --graph --all | head -n 10" },
  { sh = "git fetch && git log --oneline HEAD..origin/main && git merge origin/main" },
  { sh = "git status --short && git diff | head -n 60" },
  { say = "ravi", text = "Hi Ravi, merging your BILL-58 into my late-fee branch. Should the late fee also go through format_money in the invoice's currency?" },
  { sh = [[cat > billing/invoice.py <<'PYEOF'
"""Invoice totals and the summary line printed on customer statements.

Amounts are integers in cents.
"""

from .money import format_money

# BILL-61: invoices more than 30 days overdue get a 2% late fee (rounded down to the cent).
LATE_FEE_PERCENT = 2
LATE_AFTER_DAYS = 30


def invoice_total(lines):
    """Sum of quantity * unit price (cents) over the invoice lines."""
    return sum(qty * unit_cents for qty, unit_cents in lines)


def late_fee(total, days_overdue):
    """The late fee in cents: 2% of the total once the invoice is more than 30 days overdue."""
    if days_overdue <= LATE_AFTER_DAYS:
        return 0
    return total * LATE_FEE_PERCENT // 100


def summary(invoice):
    """One line for the customer statement, in the invoice's currency, including any late fee."""
    currency = invoice.get("currency", "EUR")
    total = invoice_total(invoice["lines"])
    fee = late_fee(total, invoice.get("days_overdue", 0))
    line = "Invoice %s: %s" % (invoice["number"], format_money(total + fee, currency))
    if fee:
        line += " (incl. late fee %s)" % format_money(fee, currency)
    return line
PYEOF
cat > tests/test_invoice.py <<'PYEOF'
from billing.invoice import invoice_total, late_fee, summary


def test_total_sums_lines():
    assert invoice_total([(2, 1250), (1, 499)]) == 2999


def test_empty_invoice_is_zero():
    assert invoice_total([]) == 0


def test_summary_in_euros():
    invoice = {"number": "2024-0113", "lines": [(2, 1250), (1, 499)]}
    assert summary(invoice) == "Invoice 2024-0113: 29.99 EUR"


def test_summary_in_invoice_currency():
    invoice = {"number": "2024-0114", "currency": "GBP", "lines": [(1, 1000)]}
    assert summary(invoice) == "Invoice 2024-0114: 10.00 GBP"


def test_no_late_fee_up_to_30_days():
    assert late_fee(10000, 30) == 0


def test_late_fee_after_30_days():
    assert late_fee(10000, 31) == 200


def test_summary_mentions_late_fee():
    invoice = {"number": "2024-0150", "days_overdue": 45, "lines": [(1, 10000)]}
    assert summary(invoice) == "Invoice 2024-0150: 102.00 EUR (incl. late fee 2.00 EUR)"


def test_late_fee_in_invoice_currency():
    invoice = {"number": "2024-0201", "currency": "GBP", "days_overdue": 45, "lines": [(1, 10000)]}
    assert summary(invoice) == "Invoice 2024-0201: 102.00 GBP (incl. late fee 2.00 GBP)"
PYEOF
python3 -m pytest -q]] },
  { sh = "git add billing/invoice.py tests/test_invoice.py && git commit -q --no-edit && git log --oneline --graph | head -n 6" },
}

-- The shared route followed by the given actions: one action script.
function M.followed_by(after)
  local script = table.move(M.resolve, 1, #M.resolve, 1, {})
  return table.move(after, 1, #after, #script + 1, script)
end

-- stages.swapped's swaps that take every pytest run out of the route.
M.NO_TEST_RUNS = { { "\npython3 %-m pytest %-q", "" }, { " && python3 %-m pytest %-q", "" } }

-- The route with every test run made by the command line `run` instead (a runner of the
-- learner's own choosing), and Ravi told the suite ran again after his second push and the
-- merge: one action script, with `expect` (nil for a valid alternative; stages.swapped).
function M.tests_run_by(run, expect)
  return require("stages").swapped(expect, M.followed_by({
    { sh = "git push" },
    { sh = "git fetch && git merge --no-edit origin/main && python3 -m pytest -q && git push && git status -sb" },
    { submit = "conflict" },
    { post = "#billing", text = M.report },
    { post = "#billing", text = "@ravi I ran the suite again after your second push and the merge: all green." },
    { finish = true },
  }), { { "python3 %-m pytest %-q", (run:gsub("%%", "%%%%")) } })
end

-- The report to Ravi in #billing once the branch is up to date and pushed.
M.report = "@ravi feature/late-fee is up to date with main (BILL-58 and BILL-63) and pushed. Conflicts resolved keeping both: the late fee is now printed with your format_money in the invoice's currency, and all tests from both sides are in, plus one for a GBP invoice with a fee."

return M
