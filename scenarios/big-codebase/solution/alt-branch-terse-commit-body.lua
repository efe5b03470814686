-- Valid route (play round 2026-12-06 fourth, vC): a terse lowercase junior on a topic branch
-- (`bill-231`): callers with `git grep -n format_money -- kestrel ':!kestrel/core'`, history
-- with `git log --stat --author=Jonas`, the fix through a lazy import of to_decimal inside
-- format_money, two small commits (fix, then test), merged into main with --ff-only, the PR
-- description only in the commit body plus a one-line DM to Dana, and Maya told in
-- #billing-dev "invoices + receipts + reminders (dunning)". Must pass 100 %.
local part = require("parts.reference")

return part.reference_with({ outcome = "passed", min_percent = 100 }, {
  reproduce = {
    { sh = "git checkout -q -b bill-231 && python3 scripts/render_invoice.py INV-2024-0117 | head -n 20" },
  },
  follow = {
    { sh = "head -n 20 kestrel/invoices/render.py; cat kestrel/core/formatting.py" },
  },
  callers = {
    { sh = "git grep -n format_money -- kestrel ':!kestrel/core'" },
  },
  history = {
    { sh = "git log --stat --author=Jonas | cat" },
  },
  ask_jonas = {},
  fix = {
    { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("kestrel/core/formatting.py")
s = p.read_text()
s = s.replace("""    amount = Decimal(int(minor)) / 100
    return f"{currency} {amount:,.2f}"
""", """    from kestrel.core.currency import get_currency
    from kestrel.core.money import to_decimal

    places = get_currency(currency).minor_units
    return f"{currency} {to_decimal(minor, currency):,.{places}f}"
""", 1)
p.write_text(s)
PY
python3 -m pytest -q 2>&1 | tail -n 1]] },
    { sh = [[git commit -qam "format_money: use the currency's minor units, not / 100" -m "bill-231. format_money in kestrel/core/formatting.py divided everything by 100 -> JPY 13750 printed as 137.50. now to_decimal + registry minor_units. same helper prints receipts (receipts/email.py) and reminders (notifications/reminders.py), so those were wrong too."]] },
    { sh = [[printf '\n\ndef test_format_money_jpy_kwd():\n    assert format_money(13750, "JPY") == "JPY 13,750"\n    assert format_money(204050, "KWD") == "KWD 204.050"\n' >> tests/test_formatting.py && python3 -m pytest -q 2>&1 | tail -n 1 && git commit -qam "test: format_money for jpy and kwd (bill-231)"]] },
  },
  after_commit = {
    { sh = "git checkout -q main && git merge -q --ff-only bill-231 && git status --short && git log --oneline -n 3" },
  },
  describe = {
    { say = "dana", text = "bill-231 ready, description is in the commit msg. changed kestrel/core/formatting.py + tests/test_formatting.py" },
  },
  tell_maya = {
    { post = "#billing-dev", text = "@maya bill-231 fixed, in review. affected docs for jpy/kwd/isk: invoices + receipts + reminders (dunning). api and csv export were fine" },
  },
})
