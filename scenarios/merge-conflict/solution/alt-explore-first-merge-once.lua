-- Careful junior (round 7, p7b): reads a lot before touching anything (README, both logs, both
-- versions of summary(), the tests), so Ravi's BILL-63 lands before the first merge; then one
-- fetch and one merge bring both of Ravi's commits in; invoice.py and the tests are resolved as
-- in the reference, committed with its own message, pushed; Ravi gets a lowercase DM. Up to
-- date with one merge: full marks.
local part = require("parts.resolution")
local explore = {
  { sh = "cat README.md | head -40" },
  { sh = "git branch -vv && git log --oneline -5" },
  { sh = "git fetch && git log --oneline main..origin/main" },
  { sh = "git show origin/main:billing/invoice.py" },
  { sh = "git show origin/main:billing/money.py | head -40" },
  { sh = "cat billing/invoice.py" },
  { sh = "git diff HEAD origin/main --stat" },
  { sh = "python3 -m pytest -q 2>&1 | tail -2" },
  { sh = "git fetch && git log --oneline HEAD..origin/main" },
}
local script = { expect = { outcome = "passed", min_percent = 100 } }
for _, a in ipairs(explore) do script[#script + 1] = a end
script[#script + 1] = { sh = "git merge origin/main" }
for k = 3, 5 do script[#script + 1] = part.resolve[k] end
script[#script + 1] = { sh = "git add billing/invoice.py tests/test_invoice.py && git commit -q -m 'Merge origin/main (BILL-58, BILL-63) into feature/late-fee' && git log --oneline --graph | head -n 6" }
for _, a in ipairs({
  { sh = "git push && git status -sb" },
  { submit = "conflict" },
  { say = "ravi", text = "hi ravi, merged origin/main (your bill-58 and the yen fix bill-63) into feature/late-fee and pushed. kept your format_money: the late fee goes through it too, in the invoice currency. all tests from both sides pass." },
  { finish = true },
}) do script[#script + 1] = a end
return script
