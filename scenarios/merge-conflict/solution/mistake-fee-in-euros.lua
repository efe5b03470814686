-- Mistake for merge-conflict: a careful-looking resolution that keeps both tests and both
-- functions, but prints the late fee with the old hard-coded "EUR" format: a GBP invoice
-- with a fee shows two currencies. Also never fetches Ravi's BILL-63 follow-up.
return {
  expect = { outcome = "failed", max_percent = 80 },
  { sh = "git fetch && git merge origin/main; git status --short" },
  { sh = [[git checkout --theirs tests/test_invoice.py && cat >> tests/test_invoice.py <<'PYEOF'


from billing.invoice import late_fee


def test_no_late_fee_up_to_30_days():
    assert late_fee(10000, 30) == 0


def test_late_fee_after_30_days():
    assert late_fee(10000, 31) == 200


def test_summary_mentions_late_fee():
    invoice = {"number": "2024-0150", "days_overdue": 45, "lines": [(1, 10000)]}
    assert summary(invoice) == "Invoice 2024-0150: 102.00 EUR (incl. late fee 2.00 EUR)"
PYEOF
cat > billing/invoice.py <<'PYEOF'
"""Invoice totals and the summary line printed on customer statements.

Amounts are integers in cents.
"""

from .money import format_money

LATE_FEE_PERCENT = 2
LATE_AFTER_DAYS = 30


def invoice_total(lines):
    return sum(qty * unit_cents for qty, unit_cents in lines)


def late_fee(total, days_overdue):
    if days_overdue <= LATE_AFTER_DAYS:
        return 0
    return total * LATE_FEE_PERCENT // 100


def summary(invoice):
    total = invoice_total(invoice["lines"])
    fee = late_fee(total, invoice.get("days_overdue", 0))
    line = "Invoice %s: %s" % (invoice["number"], format_money(total + fee, invoice.get("currency", "EUR")))
    if fee:
        line += " (incl. late fee %d.%02d EUR)" % (fee // 100, fee % 100)
    return line
PYEOF
python3 -m pytest -q && git add -A && git commit -q --no-edit && git push]] },
  { submit = "conflict" },
  { say = "ravi", text = "Hi Ravi, feature/late-fee is merged with main and pushed; the totals use your format_money now." },
  { finish = true },
}
