-- Mistake (round 8, blind play): the reference resolution, but while resolving the junior keeps
-- a copy of the conflicted file (`cp billing/invoice.py billing/invoice_conflicted.py`), and
-- `git add -A` commits it with the merge: conflict markers in a module no test imports. Every
-- feature works and the suite is green, yet the branch ships a .py in the package that does not
-- even compile (unlike a merge tool's *.orig, which is junk for the tidy remark only):
-- resolved_clean fails, Helen requests changes, and "Conflicts resolved" told to Ravi is not so
-- while markers are committed. Failed (71 %).
local part = require("parts.resolution")
local s = { expect = { outcome = "failed", min_percent = 70, max_percent = 72 } }
for i, a in ipairs(part.resolve) do s[i] = a end
-- keep a copy of the conflicted file while resolving, then commit everything
table.insert(s, 3, { sh = "cp billing/invoice.py billing/invoice_conflicted.py" })
s[#s] = { sh = "git add -A && git commit -q --no-edit && git log --oneline --graph | head -n 6" }
for _, a in ipairs({
  { sh = "git push" },
  { sh = "git fetch && git merge --no-edit origin/main && python3 -m pytest -q && git push && git status -sb" },
  { submit = "conflict" },
  { post = "#billing", text = part.report },
  { finish = true } }) do s[#s + 1] = a end
return s
