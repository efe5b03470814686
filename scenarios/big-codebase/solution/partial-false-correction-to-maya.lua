-- Partial (round 9, the reverse self-corrector): the test-first route (without the slips) of
-- alt-test-committed-first-typos, true list to Maya (invoices, receipts, reminders), then a
-- "correction" that receipts and reminders were not affected after all and only invoices need
-- resending. Support acts on the last word: the impact item goes (2 of 10, as an incomplete
-- list); the fix and the rest keep their credit. Before round 9 the first message's list kept
-- the full 10 whatever came after.
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
  expect = { outcome = "passed", max_percent = 92 },
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
  { say = "dana", text = "pr for bill-231 is ready. cause: format_money in kestrel/core/formatting.py allways divide by 100, wrong for jpy (0 decimals) and kwd (3). now use to_decimal and minor_units from registry. files: kestrel/core/formatting.py, tests/test_formatting.py. also affect the receipts and the reminders, they use same helper" },
  { submit = "fix" },
  { say = "maya", text = "maya, bill-231 is fixed. wrong documents was: invoices, payment receipts and payment reminders (all use format_money). support can resend this three" },
  { say = "maya", text = "correction, sorry: i checked again, receipts and reminders are not affected. only the invoices was wrong, so support resend just invoices" },
  { finish = true },
}
