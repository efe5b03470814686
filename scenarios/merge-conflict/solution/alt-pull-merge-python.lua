-- Alternative solution for merge-conflict: asks the lead first, merges with `git pull
-- --no-rebase`, resolves by starting from Ravi's invoice.py and re-adding the late fee with a
-- python edit, keeps the branch's test file and appends Ravi's currency test taken from
-- origin/main, pulls again when Ravi announces BILL-63, and reports in #billing.
return {
  { say = "helen", text = "Hi Helen, for BILL-61: do you prefer a merge or a rebase onto origin/main?" },
  { sh = "git fetch origin && git switch feature/late-fee && git pull --no-rebase --no-edit origin main; git status --short" },
  { sh = [==[git checkout --theirs billing/invoice.py && git checkout --ours tests/test_invoice.py && python3 - <<'PY'
import re, subprocess
p = "billing/invoice.py"
s = open(p).read()
s = s.replace("from .money import format_money\n", """from .money import format_money

# BILL-61: invoices more than 30 days overdue get a 2% late fee (rounded down to the cent).
LATE_FEE_PERCENT = 2
LATE_AFTER_DAYS = 30
""")
s = s.replace('''def summary(invoice):''', '''def late_fee(total, days_overdue):
    """The late fee in cents: 2% of the total once the invoice is more than 30 days overdue."""
    if days_overdue <= LATE_AFTER_DAYS:
        return 0
    return total * LATE_FEE_PERCENT // 100


def summary(invoice):''')
s = s.replace('''    total = invoice_total(invoice["lines"])
    return "Invoice %s: %s" % (invoice["number"], format_money(total, invoice.get("currency", "EUR")))''', '''    currency = invoice.get("currency", "EUR")
    total = invoice_total(invoice["lines"])
    fee = late_fee(total, invoice.get("days_overdue", 0))
    line = "Invoice %s: %s" % (invoice["number"], format_money(total + fee, currency))
    if fee:
        line += " (incl. late fee %s)" % format_money(fee, currency)
    return line''')
open(p, "w").write(s)
theirs = subprocess.run(["git", "show", "origin/main:tests/test_invoice.py"], capture_output=True, text=True).stdout
fn = re.search(r"\ndef test_summary_in_invoice_currency\(\):\n(?:    .*\n)+", theirs).group(0)
t = "tests/test_invoice.py"
open(t, "a").write("\n" + fn)
PY
python3 -m pytest -q && git add billing tests && git commit -q --no-edit && git push -q && git log --oneline --graph | head -n 5]==] },
  { sh = "git pull --no-rebase --no-edit origin main && python3 -m pytest -q && git push -q && git status -sb | head -n 1" },
  { submit = "conflict" },
  { post = "#billing", text = "@ravi BILL-61 branch is merged with main (your BILL-58 and BILL-63) and pushed. I kept your format_money: the late fee is printed in the invoice's currency too, and your currency test is in." },
  { finish = true },
}
