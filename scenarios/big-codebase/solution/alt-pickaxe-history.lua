-- Alternative (100 %): a careful learner who works in another order and with other tools: reads
-- the history first with the pickaxe (`git log -S to_decimal`), lists the callers with
-- `grep -rn --include=*.py`, writes the fix and then the test, and words everything in lowercase
-- British English. Same fix and same facts as the reference, so it must pass with full marks.
local part = require("parts.reference")

return part.reference_with({ outcome = "passed", min_percent = 100 }, {
  follow = {
    { sh = "sed -n 1,20p kestrel/invoices/render.py && sed -n 1,30p kestrel/core/formatting.py" },
  },
  callers = {
    { sh = "grep -rn --include='*.py' 'format_money' ." },
  },
  history = {
    { sh = "git log -S to_decimal --oneline && git log -S to_decimal -p -n 1 | head -n 80" },
  },
  ask_jonas = {
    { say = "jonas", text = "hi jonas, sorry to bother you - i've been reading PAY-311, which moved the api and csv export onto to_decimal. was format_money deliberately left dividing by 100, or was it simply outside that ticket's scope?" },
  },
  describe = {
    { post = "#billing-dev", text = "@Dana pr for BILL-231 is ready. cause: format_money in kestrel/core/formatting.py divided every amount by 100, which only suits two-decimal currencies (yen and krona have none, dinars three). changed: kestrel/core/formatting.py now uses to_decimal and the registry's minor_units; tests/test_formatting.py gets a JPY/KWD regression test. behaviour also changes, as intended, for payment receipts (receipts/email.py) and reminders (notifications/reminders.py), which call the same helper. the api and csv export were already right." },
  },
  tell_maya = {
    { say = "maya", text = "maya, BILL-231 is fixed and awaiting dana's review. for JPY, ISK and KWD customers since the january launch, three kinds of document showed wrong amounts: invoices, payment receipts and payment reminders. the api and csv export were fine. support will want to resend those three once it's deployed." },
  },
})
