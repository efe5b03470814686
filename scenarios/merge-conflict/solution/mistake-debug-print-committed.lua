-- Sloppy (play-test 2026-12-06, third session): the reference resolution, but with a debug
-- `print("DEBUG summary", ...)` left in billing/invoice.py's summary(), committed with the merge
-- and pushed; BILL-63 merged, Ravi told properly. Every statement line still reads right (the
-- print goes to stdout, not into the line), so the checks pass; a debug print in the committed
-- code is what Helen's tidy remark is for: 95 %, passed, tidy lost (100 % before the tidy item
-- looked at the code the learner's commits add).
local part = require("parts.resolution")
local script = part.followed_by({
  { sh = [[sed -i 's/^    return line$/    print("DEBUG summary", invoice, fee)\n    return line/' billing/invoice.py && python3 -m pytest -q && git commit -q -am 'Resolve BILL-58 conflict: late fee in the invoice currency' && git push -q]] },
  { sh = "git fetch && git merge --no-edit origin/main && python3 -m pytest -q && git push -q && git status -sb | head -n 1" },
  { submit = "conflict" },
  { post = "#billing", text = part.report },
  { finish = true },
})
script.expect = { outcome = "passed", min_percent = 94, max_percent = 96 }
return script
