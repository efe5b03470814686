-- Valid route (play round 2026-12-06 fourth, vC): extra reading first (CONTRIBUTING.md,
-- docs/money.md, docs/architecture.md), a scratch script `scratch_bill231.py` that prints
-- format_money for JPY/KWD (deleted before the commit), `git grep -wn format_money -- ':!tests'`
-- for the callers, `git log -p -S minor_units` for the history, the test suite run after every
-- step. Maya gets an early heads-up that receipts and reminders are affected too ("fix not in
-- yet") and a later "fixed"; Dana gets the description as three short DMs. Must pass 100 %.
local part = require("parts.reference")

return part.reference_with({ outcome = "passed", min_percent = 100 }, {
  reproduce = {
    { sh = "cat CONTRIBUTING.md docs/money.md docs/architecture.md | head -n 120" },
    { sh = "python3 -m pytest -q 2>&1 | tail -n 5" },
  },
  follow = {
    { sh = [[printf 'from kestrel.core.formatting import format_money\nfor cur, minor in (("JPY", 13750), ("KWD", 204050), ("EUR", 123450)):\n    print(cur, minor, "->", format_money(minor, cur))\n' > scratch_bill231.py
python3 scratch_bill231.py; grep -rn "^from\|^import" kestrel/invoices/render.py]] },
  },
  callers = {
    { sh = "git grep -wn format_money -- ':!tests'" },
    { say = "maya", text = "Heads-up on BILL-231: it's not only invoices. The same helper prints the amounts on payment receipts and on payment reminders, so those were wrong too for JPY/KWD/ISK. The fix is not in yet, I'll confirm when it is." },
  },
  history = {
    { sh = "git log -p -S minor_units --format='%h %an %ad %s' | head -n 50" },
  },
  fix = {
    { sh = [[sed -i 's/^from decimal import Decimal$/from decimal import Decimal\n\nfrom kestrel.core.currency import get_currency\nfrom kestrel.core.money import to_decimal/' kestrel/core/formatting.py
sed -i 's|^    amount = Decimal(int(minor)) / 100$|    amount = to_decimal(minor, currency)|; s|^    return f"{currency} {amount:,.2f}"$|    return f"{currency} {amount:,.{get_currency(currency).minor_units}f}"|' kestrel/core/formatting.py
python3 scratch_bill231.py; python3 -m pytest -q 2>&1 | tail -n 1]] },
    { sh = [[printf '\n\ndef test_bill_231_yen_and_dinar():\n    assert format_money(13750, "JPY") == "JPY 13,750"\n    assert format_money(204050, "KWD") == "KWD 204.050"\n' >> tests/test_formatting.py
rm scratch_bill231.py; python3 -m pytest -q 2>&1 | tail -n 1; git status --short]] },
    { sh = [[git add -A && git commit -q -m "Format money with the currency's own decimals (BILL-231)" && python3 scripts/render_invoice.py INV-2024-0117 | grep -i jpy]] },
  },
  describe = {
    { say = "dana", text = "Dana, BILL-231 is up. Cause: format_money in kestrel/core/formatting.py assumed two decimals for every currency." },
    { say = "dana", text = "Changed files: kestrel/core/formatting.py (to_decimal plus the registry's minor_units) and tests/test_formatting.py (a JPY and KWD test)." },
    { say = "dana", text = "Also affected by the same helper: payment receipts (kestrel/receipts/email.py) and payment reminders (kestrel/notifications/reminders.py)." },
  },
  tell_maya = {
    { say = "maya", text = "Fixed now and in review: invoices, payment receipts and payment reminders all show the right amounts again. Support can resend those three." },
  },
})
