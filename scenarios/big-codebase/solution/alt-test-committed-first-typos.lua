-- Valid alternative (round 9, test-first and a hurried non-native writer): reads the import and
-- format_money, writes a regression test for it and commits that test ALONE first (a failing
-- test commit, as Dana did), only then lists format_money's callers and reads git log, rewrites
-- formatting.py with a heredoc (to_decimal + the registry's minor_units) and commits the fix
-- separately. Messages in lowercase with slips in the key words ("allways", "reciepts",
-- "remiders"). Everything is true and done: 100 %. Before round 9 investigation counted only
-- what came before the first "git commit" (the test commit), 0 of 10, and the misspelt
-- "reciepts and remiders" named no document to Dana or Maya (-3, -8): 79 %.
local FIX = [==[cat > kestrel/core/formatting.py <<'EOF2'
"""Formatting for customer documents (invoices, receipts, payment reminders): amounts, rates, dates."""
from decimal import Decimal

from kestrel.core.currency import get_currency
from kestrel.core.money import to_decimal


def format_money(minor, currency):
    """An amount in minor units as customers read it: 123450 EUR -> 'EUR 1,234.50'."""
    digits = get_currency(currency).minor_units
    return f"{currency} {to_decimal(minor, currency):,.{digits}f}"


def format_percent(rate):
    """A VAT rate: Decimal('10') -> '10%', Decimal('7.5') -> '7.5%'."""
    text = format(Decimal(str(rate)).normalize(), "f")
    return f"{text}%"


def format_date(day):
    """A date as printed on documents: 5 March 2024."""
    return f"{day.day} {day:%B %Y}"
EOF2]==]
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "python3 -m pytest -q 2>&1 | tail -3" },
  { sh = "grep -n import kestrel/invoices/render.py" },
  { sh = "cat kestrel/core/formatting.py kestrel/core/money.py" },
  { sh = [[cat >> tests/test_formatting.py <<'EOF'


def test_format_money_zero_and_three_decimals():
    assert format_money(13750, "JPY") == "JPY 13,750"
    assert format_money(1234, "KWD") == "KWD 1.234"
EOF]] },
  { sh = "python3 -m pytest -q tests/test_formatting.py 2>&1 | tail -2; git commit -qam 'BILL-231: failing regression test for format_money (jpy 0 decimals, kwd 3)'" },
  { sh = "grep -rn format_money kestrel/ scripts/" },
  { sh = "git log --oneline | head -12" },
  { sh = FIX },
  { sh = "python3 -m pytest -q 2>&1 | tail -2" },
  { sh = "git commit -qam 'BILL-231: format_money take decimals from currency registry not /100'" },
  { sh = "git status --short; git log --oneline -3" },
  { say = "dana", text = "pr for bill-231 is ready. cause: format_money in kestrel/core/formatting.py allways divide by 100, wrong for jpy (0 decimals) and kwd (3). now use to_decimal and minor_units from registry. files: kestrel/core/formatting.py, tests/test_formatting.py. also affect the reciepts and the remiders, they use same helper" },
  { submit = "fix" },
  { say = "maya", text = "maya, bill-231 is fixed. wrong documents was: invoices, reciepts and payment remiders (all use format_money). support can resend this three" },
  { finish = true },
}
