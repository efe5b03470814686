-- Valid route (round 6, blind play): keeps a local backup branch, resets feature/late-fee to
-- origin/main and writes the late fee again on top of Ravi's code (one commit: the feature
-- re-applied by hand, like a squashing rebase), pushes with --force-with-lease, rebases again
-- when Ravi pushes BILL-63, and tells Ravi in a DM. Branch up to date, both features, every test
-- of both sides, safe push: must pass.
local part = require("parts.resolution")
local write = part.resolve[5].sh
return {
  expect = { outcome = "passed", min_percent = 90 },
  { sh = "git status -sb && git log --oneline --graph --all | head -n 12" },
  { sh = "git fetch origin && git log --oneline HEAD..origin/main && git diff HEAD...origin/main --stat" },
  { sh = "git branch backup/late-fee && git reset -q --hard origin/main && git log --oneline -3" },
  { sh = write },
  { sh = "git add billing/invoice.py tests/test_invoice.py && git commit -qm 'Add a 2% late fee after 30 days, shown in the invoice currency (BILL-61)'" },
  { sh = "git push --force-with-lease origin feature/late-fee 2>&1 | tail -2" },
  { sh = "git fetch origin && git rebase origin/main && python3 -m pytest -q && git push --force-with-lease origin feature/late-fee 2>&1 | tail -2; git status -sb" },
  { submit = "conflict" },
  { say = "ravi", text = "Hi Ravi, heads-up: I rebuilt feature/late-fee on top of origin/main (your BILL-58 and BILL-63 are in). The late fee now goes through your format_money in the invoice's currency, all tests from both sides pass, and it's pushed." },
  { finish = true },
}
