-- Valid route (play-test 2026-12-06): neither merge nor rebase by name: resets the branch to
-- origin/main and cherry-picks its own BILL-61 commit, resolves, --force-with-lease, then
-- pull --rebase for BILL-63. Tells Ravi in lowercase, "kept your formatting: the late fee is
-- shown in the invoice's own money too": that says how his change was kept, but the words list
-- knew only format_money/currency/..., so it scored 90 % (10 of 20). Must score 100 %.
local part = require("parts.resolution")
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "git fetch origin && git log --oneline --graph --all | head" },
  { sh = "mine=$(git rev-parse HEAD) && git reset -q --hard origin/main && git cherry-pick $mine; git status --short" },
  part.resolve[5],
  { sh = "git add -A && GIT_EDITOR=true git cherry-pick --continue && git log --oneline | head -4 && git push --force-with-lease origin feature/late-fee" },
  { sh = "git pull --rebase origin main && python3 -m pytest -q && git push --force-with-lease && git status -sb" },
  { submit = "conflict" },
  { say = "ravi", text = "hey ravi - i rebuilt feature/late-fee on top of main (cherry-picked my late-fee commit) and force-pushed with lease. kept your formatting: the late fee is shown in the invoice's own money too." },
  { finish = true },
}
