-- Mistake (lead, round 8, from pe8's report): alt-rebase's resolution, but when the plain `git
-- push` of the rebased branch is refused, the junior runs `git pull --no-rebase origin
-- feature/late-fee`, takes "ours" in the new conflicts and pushes: BILL-61 is now on the
-- branch twice (the rebased copy and the old one, joined by a merge of the branch into itself).
-- The code is right and up to date, so the checks pass; the history is the mess Helen's tidy
-- remark is for (5 of 5 before, 100 %): 95 %, passed.
local out = { expect = { outcome = "passed", max_percent = 96 } }
for _, step in ipairs(require("alt-rebase")) do
  if step.sh and step.sh:find("force-with-lease", 1, true) then
    out[#out + 1] = { sh = "git pull --rebase origin main && python3 -m pytest -q; git push; git status -sb" }
    out[#out + 1] = { sh = "git pull --no-rebase --no-edit origin feature/late-fee; git status --short" }
    out[#out + 1] = { sh = "git checkout --ours . && git add -A && git commit -q --no-edit; python3 -m pytest -q && git push && git log --oneline --graph | head -20" }
  elseif step.say == "ravi" and step.text:find("force-pushed", 1, true) then
    out[#out + 1] = { say = "ravi", text = "Your BILL-58 and BILL-63 are in feature/late-fee now and it's pushed. Conflict resolved keeping both: my late fee is printed with your format_money in the invoice's currency; all your tests are kept." }
  else
    out[#out + 1] = step
  end
end
return out
