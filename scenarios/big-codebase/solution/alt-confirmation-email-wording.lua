-- Alternative wording (found by a review of the impact rubric): the reference's work, but the PR
-- description and the message to Maya, all lower-case, call the receipts "payment confirmation
-- e-mails" and the reminders "dunning letters" / "overdue notices": what kestrel/receipts/email.py
-- ("Payment received: ...") and kestrel/notifications/reminders.py really send. The impact rubric
-- knew only the word "receipt" and took 5 points. Must score 100 %.
local part = require("parts.reference")

return part.reference_with({ outcome = "passed", min_percent = 100 }, {
  describe = {
    { say = "dana", text = "hi dana, pr for bill-231 is up. cause: format_money (kestrel/core/formatting.py) always divided by 100, which only suits two-decimal currencies. changed kestrel/core/formatting.py to use to_decimal and the registry's minor units, plus a regression test in tests/test_formatting.py. impact: the payment confirmation e-mails and the dunning letters for overdue invoices format their amounts with the same helper, so they were wrong as well." },
  },
  tell_maya = {
    { say = "maya", text = "hi maya, bill-231 is fixed and with dana for review. besides the invoices, two other kinds of customer e-mail showed the wrong amounts for JPY, ISK and KWD since the January launch: the payment confirmation e-mails (\"Payment received: ...\") and the overdue notices we send for unpaid invoices. support can resend those along with the invoices once it's deployed." },
  },
})
