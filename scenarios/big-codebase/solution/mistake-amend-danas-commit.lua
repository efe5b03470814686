-- Mistake (play round 2026-12-06, playbs): the reference's investigation and fix, but instead of
-- a commit of their own the learner folds the fix into Dana's pushed commit with
-- `git commit -a --amend --no-edit`: the fix now goes out under Dana's name and her subject
-- ("Add a failing test for BILL-231"), and main's history was rewritten under everyone who
-- pulled it. It scored 100 %: the committed item took the amended commit (base..HEAD) for the
-- learner's own. It now fails that check (the start commit is no longer an ancestor of HEAD), so
-- Dana does not approve: must fail until the fix is committed on top.
local part = require("parts.reference")
local fix = {}
for i, a in ipairs(part.fix) do fix[i] = a end
fix[#fix] = { sh = "git add kestrel/core/formatting.py tests/test_formatting.py && git commit -q -a --amend --no-edit && git log --oneline -n 2" }
return part.reference_with({ outcome = "failed", max_percent = 90 }, { fix = fix })
