-- Reference solution for merge-conflict: fetch, merge origin/main into the branch, resolve
-- invoice.py by hand (late fee + format_money for every amount) and the tests as "both",
-- commit the merge, push; when Ravi pushes again, fetch and merge once more; tell Ravi.
local part = require("parts.resolution")

return part.followed_by({
  { sh = "git push" },
  { sh = "git fetch && git merge --no-edit origin/main && python3 -m pytest -q && git push && git status -sb" },
  { submit = "conflict" },
  { post = "#billing", text = part.report },
  { finish = true },
})
