-- parts/test_first.lua: a round-9 route of big-codebase shared by the scripts that change only
-- what Maya hears: a regression test for format_money committed alone first, then the callers
-- and git log, formatting.py rewritten with a heredoc, a second commit, the PR description to
-- Dana in lowercase, the submit. Not an action script itself: verify only plays solution/*.lua.
local M = {}

M.FIX = [==[cat > kestrel/core/formatting.py <<'EOF2'
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

M.route = {
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
  { sh = M.FIX },
  { sh = "python3 -m pytest -q 2>&1 | tail -2" },
  { sh = "git commit -qam 'BILL-231: format_money take decimals from currency registry not /100'" },
  { sh = "git status --short; git log --oneline -3" },
  { say = "dana", text = "pr for bill-231 is ready. cause: format_money in kestrel/core/formatting.py allways divide by 100, wrong for jpy (0 decimals) and kwd (3). now use to_decimal and minor_units from registry. files: kestrel/core/formatting.py, tests/test_formatting.py. also affect the receipts and the reminders, they use same helper" },
  { submit = "fix" },
}

-- The route, then the messages to Maya (`to_maya`, texts) and the end; with `expect`. `slips`:
-- the description written with "reciepts" and "remiders".
function M.script(expect, to_maya, slips)
  local script = require("stages").script(expect, M.route)
  for i, step in ipairs(script) do
    if slips and step.say == "dana" then
      script[i] = { say = "dana", text = (step.text:gsub("the receipts and the reminders", "the reciepts and the remiders")) }
    end
  end
  for _, text in ipairs(to_maya) do script[#script + 1] = { say = "maya", text = text } end
  script[#script + 1] = { finish = true }
  return script
end

return M
