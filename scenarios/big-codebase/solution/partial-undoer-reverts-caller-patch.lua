-- Recovered mistake (round 8, the undoer): patches and commits the symptom in the invoice renderer first
-- (mistake-patch-caller's patch), then lists format_money's callers, sees receipts and reminders
-- use the same helper, `git revert`s the caller patch and does the reference's fix in
-- format_money with its test. The end state and the net diff are the reference's; the history
-- keeps an honest revert, and the end state passes every check. It loses only investigation's
-- callers part (6 of 10): its criteria judge what the learner had looked at before the FIRST
-- commit, and that commit was a caller patch made without looking at the other callers, the
-- very mistake the item measures. 94 %, passed.
local part = require("parts.reference")
return part.reference_with({ outcome = "passed", min_percent = 94 }, {
  follow = {
    { sh = "cat kestrel/invoices/render.py" },
    { sh = part.PATCH_CALLER .. "\n" .. [[python3 -m pytest -q 2>&1 | tail -2 && git commit -qam "Show JPY invoice amounts with the right decimals (BILL-231)"]] },
  },
  callers = {
    { sh = "git grep -n format_money" },
    { sh = "git revert --no-edit HEAD && git log --oneline -3 && cat kestrel/core/formatting.py" },
  },
})
