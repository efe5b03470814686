-- Alternative route (found by playing a valid junior): finds the callers with `grep -rl`, reads
-- the history with `git blame` on the helper, fixes format_money with the registry's
-- minor_units and Decimal.scaleb (no to_decimal), works on a branch, writes British English
-- ("behaviour", "e-mails", "colour") and tells Maya only in #billing-dev, naming the documents
-- as "payment receipts" and "overdue reminders". Must score 100 %.
local part = require("parts.reference")

return part.reference_with({ outcome = "passed", min_percent = 100 }, {
  callers = {
    { sh = "grep -rl format_money kestrel scripts" },
  },
  history = {
    { sh = "git blame -L 1,12 kestrel/core/formatting.py" },
  },
  ask_jonas = {},
  fix = {
    { sh = "git switch -c fix/BILL-231-document-decimals" },
    { sh = [[sed -i -e 's/^from decimal import Decimal$/&\n\nfrom kestrel.core.currency import get_currency/' ]]
      .. [[-e 's|^    amount = Decimal(int(minor)) / 100$|    places = get_currency(currency).minor_units\n    amount = Decimal(int(minor)).scaleb(-places)|' ]]
      .. [[-e 's|{amount:,.2f}|{amount:,.{places}f}|' kestrel/core/formatting.py && git diff]] },
    { sh = "python3 -m pytest -q 2>&1 | tail -n 3 && python3 scripts/render_invoice.py INV-2024-0117 | tail -n 3" },
    { sh = [[git commit -qam "Format document amounts with each currency's decimals (BILL-231)" -m "format_money assumed two decimals for every currency; it now reads minor_units from the registry, so yen show no decimals and dinars three."]] },
  },
  describe = {
    { post = "#billing-dev", text = "PR for BILL-231, @dana: the behaviour came from format_money (kestrel/core/formatting.py), which divided every amount by 100 whatever the currency. I changed only kestrel/core/formatting.py: it now takes the decimals from the currency registry. Same helper builds the payment receipts and the overdue reminders, so those e-mails are corrected as well." },
  },
  tell_maya = {
    { post = "#billing-dev", text = "@maya update on BILL-231: fixed and in review. For JPY, ISK and KWD customers the invoices, the payment receipts and the overdue reminders all showed wrong amounts since January; Support can resend all three kinds once it's deployed." },
  },
})
