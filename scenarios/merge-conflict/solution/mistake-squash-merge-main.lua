-- Mistake (round 6, blind play): brings origin/main in with `git merge --squash` (the content,
-- not the history), resolves like the reference, commits, pushes, and squashes again for BILL-63:
-- no merge base moved, so that squash conflicts all over again and is committed without a look
-- (markers). origin/main is never an ancestor of the branch, so the pull request would still
-- conflict: up_to_date, resolved_clean, feature_kept fail and the report's "pushed" is untrue.
local part = require("parts.resolution")
local write = part.resolve[5].sh
return {
  expect = { outcome = "failed", max_percent = 85 },
  { sh = "git fetch && git merge --squash origin/main; git status --short" },
  { sh = write },
  { sh = "git add -A && git commit -qm 'Bring BILL-58 currency formatting into the late fee branch' && git push 2>&1 | tail -1" },
  { sh = "git fetch && git merge --squash origin/main; git commit -qm 'Bring BILL-63 into the branch'; python3 -m pytest -q && git push 2>&1 | tail -1" },
  { submit = "conflict" },
  { post = "#billing", text = "@ravi feature/late-fee is up to date with main and pushed; the late fee is formatted with your format_money in the invoice currency." },
  { finish = true },
}
