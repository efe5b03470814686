-- Valid route (play round 2026-12-06, fourth session, playC): the reference's fix, but Maya hears
-- the affected documents in two DMs as the learner finds them ("receipts use it too", later
-- "and the overdue reminders as well"), lowercase without punctuation; the PR description names
-- "payment confirmation emails" and "dunning notices". The whole list reached her: must pass 100 %.
local part = require("parts.reference")

return part.reference_with({ outcome = "passed", min_percent = 100 }, {
  callers = {
    { sh = "git grep -n format_money" },
    { say = "maya", text = "heads up the receipts use the same formatting helper so they were wrong for yen too" },
  },
  describe = {
    { post = "#billing-dev", text = "@Dana PR for BILL-231: cause was format_money in kestrel/core/formatting.py dividing everything by 100. changed kestrel/core/formatting.py and tests/test_formatting.py. same helper renders the payment confirmation emails and the dunning notices so those are fixed by this too" },
  },
  tell_maya = {
    { say = "maya", text = "and the overdue reminders as well so support should resend invoices receipts and reminders once its deployed" },
  },
})
