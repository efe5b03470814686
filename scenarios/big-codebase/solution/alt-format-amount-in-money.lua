-- Valid route (play round 2026-12-06, playbs): the callers found with grep -rwn --include, the fix
-- put next to to_decimal: a new money.format_amount(minor, currency) (registry decimals, thousands
-- separators) that format_money now returns with the currency code, so both kestrel/core files
-- change; the PR description names both. CONTRIBUTING's shared helper fixed once, nothing
-- currency-specific: must pass 100 %.
local part = require("parts.reference")
local fix = {}
for i, a in ipairs(part.fix) do fix[i] = a end
fix[1] = { sh = [[python3 - <<'PY'
import pathlib
m = pathlib.Path("kestrel/core/money.py")
m.write_text(m.read_text().rstrip("\n") + '''


def format_amount(minor, currency):
    """Int minor units as customers read them, with the currency's decimals and thousands
    separators: 13750 JPY -> '13,750', 204050 KWD -> '204.050' (BILL-231)."""
    places = get_currency(currency).minor_units
    return f"{to_decimal(minor, currency):,.{places}f}"
''')
p = pathlib.Path("kestrel/core/formatting.py")
s = p.read_text()
s = s.replace("from decimal import Decimal\n", "from decimal import Decimal\n\nfrom kestrel.core.money import format_amount\n", 1)
s = s.replace("""    amount = Decimal(int(minor)) / 100
    return f"{currency} {amount:,.2f}"
""", """    return f"{currency} {format_amount(minor, currency)}"
""", 1)
p.write_text(s)
PY
git diff --stat]] }
fix[#fix] = { sh = [[git add kestrel/core/money.py kestrel/core/formatting.py tests/test_formatting.py && git commit -q -m "Format document amounts with the registry's decimals via money.format_amount (BILL-231)"]] }
return part.reference_with(nil, {
  callers = { { sh = "grep -rwn --include='*.py' format_money kestrel scripts" } },
  fix = fix,
  describe = {
    { post = "#billing-dev", text = "@Dana PR for BILL-231. Cause: format_money (kestrel/core/formatting.py) divided every amount by 100; JPY and ISK have no minor unit, KWD has three. Change: a new format_amount in kestrel/core/money.py, next to to_decimal, uses the registry's minor_units; format_money in formatting.py now calls it. Regression test in tests/test_formatting.py. Also affects the payment receipts and the overdue reminders, which use format_money too." },
  },
})
