-- Sloppy (play round 2026-12-06, fourth session, playC): the reference's fix, search and history,
-- but the PR description and the message to Maya name only the payment receipts; the reminders,
-- which the learner's own `git grep format_money` listed and which tell customers a wrong amount
-- due, are left out. The ticket asks Maya to be told which kinds of documents were affected so
-- Support can resend them: she acts on the list as complete. It scored 94 % (5 of 10 for the
-- impact, 2 of 3 for "what else" in the description), a valid route's mark; an incomplete list
-- is now no more than keeping her posted (2) and no "what else" credit: passes, below 90.
local part = require("parts.reference")

return part.reference_with({ outcome = "passed", max_percent = 89 }, {
  describe = {
    { post = "#billing-dev", text = "@Dana PR for BILL-231. Cause: format_money in kestrel/core/formatting.py divided every amount by 100, which is only right for two-decimal currencies. Changed: kestrel/core/formatting.py (to_decimal + the registry's minor_units) and tests/test_formatting.py. Also affects the payment receipts (receipts/email.py), which use the same helper." },
  },
  tell_maya = {
    { say = "maya", text = "BILL-231 is fixed and with Dana for review. Affected for JPY, ISK and KWD customers since January: the invoices and the payment receipts. Support can resend those once it's deployed." },
  },
})
