-- Valid route (play-test 2026-12-06, third session): `git merge origin/main`, then
-- `git checkout --theirs` on both conflicted files (Ravi's side) and the late fee put back by
-- hand: the fee lines with a python edit, the branch's late-fee tests cut out of the index's
-- stage 2 with sed and appended, the test import fixed with sed; `git commit -am` with its own
-- subject, `git switch`-free; BILL-63 with fetch + merge. The report to Ravi comes in two DMs:
-- first how his change was kept (format_money prints the fee), then that it is merged and pushed.
-- A report split in two is one report: it must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "git fetch origin && git merge origin/main; git status --short" },
  { sh = [==[git checkout --theirs billing/invoice.py tests/test_invoice.py && python3 - <<'PY'
p = "billing/invoice.py"
s = open(p).read()
s = s.replace("from .money import format_money\n", "from .money import format_money\n\nLATE_FEE_PERCENT = 2  # BILL-61\nLATE_AFTER_DAYS = 30\n")
s = s.replace("def summary(invoice):", '''def late_fee(total, days_overdue):
    """2% of the total (cents, rounded down) once more than 30 days overdue."""
    return 0 if days_overdue <= LATE_AFTER_DAYS else total * LATE_FEE_PERCENT // 100


def summary(invoice):''')
s = s.replace('''    return "Invoice %s: %s" % (invoice["number"], format_money(total, invoice.get("currency", "EUR")))''',
'''    cur = invoice.get("currency", "EUR")
    fee = late_fee(total, invoice.get("days_overdue", 0))
    text = "Invoice %s: %s" % (invoice["number"], format_money(total + fee, cur))
    return text + (" (incl. late fee %s)" % format_money(fee, cur) if fee else "")''')
open(p, "w").write(s)
PY
git show :2:tests/test_invoice.py | sed -n '/^def test_no_late_fee_up_to_30_days/,$p' > /tmp/fee_tests.py
printf '\n\n' >> tests/test_invoice.py && cat /tmp/fee_tests.py >> tests/test_invoice.py
sed -i 's/^from billing.invoice import invoice_total, summary$/from billing.invoice import invoice_total, late_fee, summary/' tests/test_invoice.py
grep -c '^def test_' tests/test_invoice.py; python3 -m pytest -q]==] },
  { sh = "git commit -q -am 'Merge origin/main into feature/late-fee: late fee printed with format_money' && git push -q && git log --oneline -3" },
  { sh = "git fetch -q && git merge --no-edit origin/main && python3 -m pytest -q && git push -q && git status -sb | head -n 1" },
  { say = "ravi", text = "Hi Ravi, your format_money now prints my late fee as well, in the invoice's own currency (a GBP invoice shows the fee in GBP)." },
  { say = "ravi", text = "Merged main into feature/late-fee, BILL-63 included, and pushed. Tests are green." },
  { submit = "conflict" },
  { finish = true },
}
