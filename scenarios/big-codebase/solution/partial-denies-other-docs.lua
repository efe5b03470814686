-- Partial (found by a review of the impact rubric): the reference's fix, but the learner tells Maya
-- the receipts and reminders "were not affected" (they use the same helper and were wrong) and the
-- PR description only says "other customer e-mails might show amounts too". Naming a document to
-- deny it is no impact credit (the rubric used to give 10 for the words "receipts" and
-- "reminders" alone); a vague "other e-mails" names nothing Support could resend. Passes on the
-- real fix, loses the description's and Maya's impact points.
local part = require("parts.reference")

return part.reference_with({ outcome = "passed", max_percent = 89 }, {
  describe = {
    { post = "#billing-dev", text = "@Dana PR for BILL-231. Cause: format_money in kestrel/core/formatting.py divided every amount by 100. Changed kestrel/core/formatting.py (to_decimal + the registry's minor_units) and tests/test_formatting.py. Other customer e-mails might show amounts too." },
  },
  tell_maya = {
    { say = "maya", text = "BILL-231 is fixed and with Dana for review. Only the invoices were wrong; the receipts and reminders were not affected, so Support only needs to resend the JPY, ISK and KWD invoices." },
  },
})
