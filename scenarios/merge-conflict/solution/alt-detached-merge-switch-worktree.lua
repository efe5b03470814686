-- Git expert (round 10): does the merge on a detached HEAD at origin/main (`git switch --detach`),
-- resolves, commits, then moves the branch there with `git switch -C`; when Ravi pushes BILL-63,
-- looks at it in a throwaway `git worktree` first, removes it, merges and pushes again. Report to
-- Ravi by DM.
local part = require("parts.resolution")

return {
  { sh = "git fetch origin && git log --oneline --graph --all | head -n 8" },
  { say = "ravi", text = "Hi Ravi, merging your BILL-58 into my late-fee branch now. I'll run the late fee through your format_money too." },
  { sh = "git switch --detach origin/main && git merge --no-ff --no-edit feature/late-fee; git status --short" },
  part.resolve[5],
  { sh = "git add billing/invoice.py tests/test_invoice.py && git commit -q --no-edit && git switch -C feature/late-fee && git log --oneline --graph | head -n 6" },
  { sh = "git push origin feature/late-fee && git status -sb" },
  { sh = "git fetch origin && git worktree add --detach /tmp/peek origin/main && git -C /tmp/peek log --oneline -n 2 && git -C /tmp/peek show --stat HEAD | tail -n 3" },
  { sh = "git worktree remove /tmp/peek && git merge --no-edit origin/main && python3 -m pytest -q && git push origin feature/late-fee && git status -sb" },
  { submit = "conflict" },
  { say = "ravi", text = "Done: feature/late-fee now has your BILL-58 and BILL-63 merged in and is pushed. I kept both sides: the late fee is formatted with your format_money in the invoice's currency, and every test from both branches is there (plus one for a GBP invoice with a fee)." },
  { finish = true },
}
