-- Alternative for merge-conflict: a careful learner takes another route to the same result:
-- posts the question in #billing instead of a DM, merges with `git pull --no-rebase`, resolves
-- by writing the reference resolution (shared part) but checks both sides with `git show
-- :2:`/`:3:` first, commits, pushes, then pulls Ravi's later push with `git pull --no-rebase`
-- and reports in lowercase. Same content and history as the reference: full marks are fair.
local part = require("parts.resolution")
local resolve = {}
for i, a in ipairs(part.resolve) do
  if a.say then
    resolve[#resolve + 1] = { post = "#billing", text = "@ravi merging your bill-58 into feature/late-fee: should the late fee go through format_money in the invoice currency too?" }
  elseif i == 2 then
    resolve[#resolve + 1] = { sh = "git pull --no-rebase --no-edit origin main; git show :2:billing/invoice.py | head -n 30; git show :3:billing/invoice.py | head -n 30" }
  else
    resolve[#resolve + 1] = a
  end
end
local after = {
  { sh = "git push" },
  { sh = "git pull --no-rebase --no-edit origin main && python3 -m pytest -q && git push && git status -sb" },
  { submit = "conflict" },
  { post = "#billing", text = "@ravi feature/late-fee now contains main (bill-58 and bill-63) and is pushed. conflicts resolved keeping both sides: the late fee is printed via your format_money in the invoice currency, all tests from both branches kept, plus a gbp late-fee test." },
  { finish = true },
}
table.move(after, 1, #after, #resolve + 1, resolve)
resolve.expect = { outcome = "passed", min_percent = 100 }
return resolve
