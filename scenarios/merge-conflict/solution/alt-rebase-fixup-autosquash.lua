-- Git expert (round 10): `git rebase origin/main`, resolves with git's own sides (`git restore
-- --source` of Ravi's version, then the late fee put back), continues; a forgotten test lands as
-- `git commit --fixup` and is folded in with `GIT_SEQUENCE_EDITOR=: git rebase -i --autosquash`;
-- after BILL-63 a stash round trip around `git pull --rebase`; `--force-with-lease`.
local part = require("parts.resolution")

-- the resolution without the GBP-with-fee test (it comes as a fixup)
local resolve = part.resolve[5].sh:gsub('\n\n\ndef test_late_fee_in_invoice_currency%(%):\n[^\n]*\n[^\n]*\n', '\n')

return {
  { sh = "git fetch && git rebase origin/main; git status --short" },
  { sh = "git restore --source origin/main --worktree -- billing/invoice.py && git diff --stat" },
  { sh = resolve },
  { sh = "git add -A && GIT_EDITOR=true git rebase --continue && git log --oneline -n 3" },
  { sh = [[cat >> tests/test_invoice.py <<'PYEOF'


def test_late_fee_in_invoice_currency():
    invoice = {"number": "2024-0201", "currency": "GBP", "days_overdue": 45, "lines": [(1, 10000)]}
    assert summary(invoice) == "Invoice 2024-0201: 102.00 GBP (incl. late fee 2.00 GBP)"
PYEOF
python3 -m pytest -q && git commit -qa --fixup HEAD && GIT_SEQUENCE_EDITOR=: git rebase -qi --autosquash origin/main && git log --oneline -n 3]] },
  { sh = "git push --force-with-lease origin feature/late-fee" },
  { sh = "echo '# scratch' > notes.tmp; git stash push -u -m scratch && git pull --rebase origin main && git stash pop && rm notes.tmp && python3 -m pytest -q && git push --force-with-lease && git status -sb" },
  { submit = "conflict" },
  { post = "#billing", text = "@ravi rebased feature/late-fee onto main (your BILL-58 + BILL-63) and force-pushed with lease. Both changes kept: the late fee goes through your format_money, so it shows in the invoice's currency; all tests from both sides kept." },
  { finish = true },
}
