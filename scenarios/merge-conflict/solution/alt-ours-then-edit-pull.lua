-- Valid route (play round playA): `git pull origin main` (a merge), then `git checkout --ours`
-- on both conflicted files (the branch's late-fee side) and Ravi's side put back by hand: his
-- format_money import and call with ed-style python edits, his currency test appended from the
-- index's stage 3; `git merge --continue` with GIT_EDITOR=true (git's own merge subject);
-- BILL-63 with a second `git pull --no-edit`; a lowercase, British-English DM to Ravi. Must
-- score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "git pull --no-rebase origin main; git status --short" },
  { sh = [==[git checkout --ours billing/invoice.py tests/test_invoice.py && python3 - <<'PY'
from pathlib import Path

EDITS = [
    ('"""\n\n# BILL-61', '"""\n\nfrom .money import format_money\n\n# BILL-61'),
    ('    line = "Invoice %s: %d.%02d EUR" % (invoice["number"], total // 100, total % 100)\n',
     '    currency = invoice.get("currency", "EUR")\n    line = "Invoice %s: %s" % (invoice["number"], format_money(total, currency))\n'),
    ('        line += " (incl. late fee %d.%02d EUR)" % (fee // 100, fee % 100)\n',
     '        line += " (incl. late fee %s)" % format_money(fee, currency)\n'),
]
invoice = Path("billing/invoice.py")
text = invoice.read_text()
for old, new in EDITS:
    assert old in text, old
    text = text.replace(old, new, 1)
invoice.write_text(text)
PY
git show :3:tests/test_invoice.py | sed -n '/^def test_summary_in_invoice_currency/,/^$/p' > /tmp/ravi_test.py
printf '\n\n' >> tests/test_invoice.py && cat /tmp/ravi_test.py >> tests/test_invoice.py
python3 -m pytest -q]==] },
  { sh = "git add billing/invoice.py tests/test_invoice.py && GIT_EDITOR=true git merge --continue && git push -q origin feature/late-fee && git log --oneline -3" },
  { sh = "git pull --no-edit --no-rebase origin main && python3 -m pytest -q && git push -q && git status -sb | head -n 1" },
  { say = "ravi", text = "hi ravi, i've merged main into feature/late-fee (bill-58 and bill-63 both in) and pushed it. i kept your format_money: the late fee is now printed with it in the invoice's own currency, so a gbp invoice shows a gbp fee. all your tests are kept. cheers!" },
  { submit = "conflict" },
  { finish = true },
}
