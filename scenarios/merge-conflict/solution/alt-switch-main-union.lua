-- Alternative route (found by a play-test): updates local main first (switch + pull --ff-only),
-- merges the local main into the branch, resolves the tests with `git merge-file --union` from the
-- index stages, writes invoice.py with f-strings, `git pull --no-rebase origin main` for BILL-63;
-- tells Ravi in other words ("integrated", "on origin"). Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "git status -sb; git remote -v; git branch -vv" },
  { sh = "git switch main && git pull --ff-only && git log --oneline -3 && git switch feature/late-fee && git merge main; git diff --name-only --diff-filter=U" },
  { say = "ravi", text = "Hey Ravi, I'm combining my late fee with your BILL-58. Is the idea that every amount, the fee as well, is printed with format_money in the invoice's currency?" },
  { sh = [==[git show :1:tests/test_invoice.py > /tmp/t_base.py && git show :2:tests/test_invoice.py > /tmp/t_ours.py && git show :3:tests/test_invoice.py > /tmp/t_theirs.py
git merge-file -p --union /tmp/t_ours.py /tmp/t_base.py /tmp/t_theirs.py > tests/test_invoice.py
cat >> tests/test_invoice.py <<'PY'


def test_gbp_invoice_late_fee_uses_gbp():
    invoice = {"number": "2024-0201", "currency": "GBP", "days_overdue": 45, "lines": [(1, 10000)]}
    assert summary(invoice) == "Invoice 2024-0201: 102.00 GBP (incl. late fee 2.00 GBP)"
PY
tee billing/invoice.py > /dev/null <<'PY'
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
    """Statement line in the invoice's currency (BILL-58), with the late fee if any (BILL-61)."""
    cur = invoice.get("currency", "EUR")
    subtotal = invoice_total(invoice["lines"])
    fee = late_fee(subtotal, invoice.get("days_overdue", 0))
    text = f"Invoice {invoice['number']}: {format_money(subtotal + fee, cur)}"
    if fee:
        text += f" (incl. late fee {format_money(fee, cur)})"
    return text
PY
grep -nE '^(<<<<<<<|=======|>>>>>>>)' billing/invoice.py tests/test_invoice.py; grep -c '^def test_' tests/test_invoice.py; python3 -m pytest -q 2>&1 | tail -n 3]==] },
  { sh = "git add billing/invoice.py tests/test_invoice.py && git commit -q -m 'Merge origin/main (BILL-58) into feature/late-fee: late fee printed via format_money' && git log --oneline --graph -6" },
  { sh = "git pull --no-rebase --no-edit origin main && python3 -m pytest -q 2>&1 | tail -n 2 && git push origin feature/late-fee && git status -sb | head -n 1 && git log --oneline origin/main -3" },
  { post = "#billing", text = "Ravi: I integrated main (BILL-58 and your yen fix BILL-63) into feature/late-fee and the branch is on origin now. Statement lines, the late fee included, are formatted by format_money in the invoice's currency, and every test from both of us is kept." },
  { submit = "conflict" },
  { finish = true },
}
