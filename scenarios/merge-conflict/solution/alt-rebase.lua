-- Alternative solution for merge-conflict: ask Ravi first, then `git pull --rebase origin
-- main` (a linear history instead of a merge commit). Resolve with git's own sides instead of
-- retyping: take Ravi's test file and add the branch's missing tests with python; take the
-- branch's invoice.py and route its amounts through format_money. Continue the rebase, rebase
-- again when Ravi pushes BILL-63, and push with --force-with-lease.
return {
  { say = "ravi", text = "Hi Ravi! My late-fee branch conflicts with your BILL-58. What's the rule for amounts now, everything through format_money?" },
  { sh = "git pull --rebase origin main; git status --short" },
  { sh = [==[git checkout --ours tests/test_invoice.py && git checkout --theirs billing/invoice.py && python3 - <<'PY'
import re, subprocess
mine = subprocess.run(["git", "show", "REBASE_HEAD:tests/test_invoice.py"], capture_output=True, text=True, check=True).stdout
path = "tests/test_invoice.py"
cur = open(path).read()
blocks = re.split(r"\n\n\n(?=def )", mine)
missing = [b.strip("\n") for b in blocks[1:] if b.split("(")[0] not in cur]
cur = cur.replace("import invoice_total, summary", "import invoice_total, late_fee, summary")
open(path, "w").write(cur.rstrip("\n") + "\n\n\n" + "\n\n\n".join(missing) + "\n")
p = "billing/invoice.py"
src = open(p).read()
src = src.replace('"""\n\n# BILL-61', '"""\n\nfrom .money import format_money\n\n# BILL-61', 1)
src = src.replace('''    line = "Invoice %s: %d.%02d EUR" % (invoice["number"], total // 100, total % 100)
    if fee:
        line += " (incl. late fee %d.%02d EUR)" % (fee // 100, fee % 100)''',
'''    currency = invoice.get("currency", "EUR")
    line = "Invoice %s: %s" % (invoice["number"], format_money(total, currency))
    if fee:
        line += " (incl. late fee %s)" % format_money(fee, currency)''')
open(p, "w").write(src)
PY
grep -c '^def test' tests/test_invoice.py; python3 -m pytest -q && python3 -c 'from billing.invoice import summary; print(summary({"number": "2024-0201", "currency": "GBP", "days_overdue": 45, "lines": [(1, 10000)]}))']==] },
  { sh = "git add -A && GIT_EDITOR=true git rebase --continue && git log --oneline --graph | head -n 5" },
  { sh = "git pull --rebase origin main && python3 -m pytest -q && git push --force-with-lease && git status -sb" },
  { say = "ravi", text = "Rebased feature/late-fee onto main (your BILL-58 and BILL-63 included) and force-pushed with lease. Conflict resolved keeping both: my late fee is printed with your format_money in the invoice's currency; all your tests are kept." },
  { submit = "conflict" },
  { finish = true },
}
