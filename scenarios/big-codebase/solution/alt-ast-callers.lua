-- Alternative route (found by a play-test): finds every caller of format_money with a small python
-- AST walk (no grep), reads the history with `git log -p` on money.py, fixes format_money with
-- to_decimal + the registry, adds a regression test in a new module, commits from a message file.
-- Scored investigation 4/10 when only tool names in the command line counted. Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "python3 scripts/render_invoice.py INV-2024-0117; python3 -m pytest -q tests/test_invoices.py 2>&1 | tail -n 4" },
  { sh = "head -n 12 kestrel/invoices/render.py; sed -n 1,40p CONTRIBUTING.md" },
  { sh = [==[python3 - <<'PY'
import ast, pathlib
for p in sorted(pathlib.Path("kestrel").rglob("*.py")):
    tree = ast.parse(p.read_text())
    for n in ast.walk(tree):
        if isinstance(n, ast.Call) and getattr(n.func, "id", getattr(n.func, "attr", None)) == "format_money":
            print(f"{p}:{n.lineno}")
PY]==] },
  { sh = "git log --oneline | head -n 12; git log -p -n 2 -- kestrel/core/money.py | head -n 60" },
  { sh = "cat kestrel/core/formatting.py; sed -n 1,40p config/currencies.json" },
  { sh = [==[python3 - <<'PY'
import pathlib
p = pathlib.Path("kestrel/core/formatting.py")
s = p.read_text()
s = s.replace('from decimal import Decimal\n', 'from decimal import Decimal\n\nfrom kestrel.core.currency import get_currency\nfrom kestrel.core.money import to_decimal\n')
s = s.replace('''    """An amount in minor units as customers read it: 123450 EUR -> 'EUR 1,234.50'."""
    amount = Decimal(int(minor)) / 100
    return f"{currency} {amount:,.2f}"''', '''    """An amount in minor units as customers read it, with as many decimals as the currency has
    in the registry: 123450 EUR -> 'EUR 1,234.50', 13750 JPY -> 'JPY 13,750'."""
    places = get_currency(currency).minor_units
    return f"{currency} {to_decimal(minor, currency):,.{places}f}"''')
p.write_text(s)
PY
cat > tests/test_format_money_minor_units.py <<'PY'
"""BILL-231: format_money takes the decimals from the currency registry."""
from kestrel.core.currency import supported_codes, get_currency
from kestrel.core.formatting import format_money


def test_decimals_follow_the_registry():
    for code in supported_codes():
        places = get_currency(code).minor_units
        text = format_money(10 ** places * 1234, code)
        assert text.startswith(code + " 1,234")
        assert text.count(".") == (1 if places else 0)
        if places:
            assert len(text.split(".")[1]) == places
PY
git diff --stat; python3 -m pytest -q 2>&1 | tail -n 3; python3 scripts/render_invoice.py INV-2024-0117 | tail -n 3]==] },
  { say = "jonas", text = "Jonas, quick one: your PAY-311 switched the API and CSV export to to_decimal. Was there a reason the customer documents (format_money) stayed on /100, or were they just missed?" },
  { sh = [==[printf '%s\n' 'BILL-231: format_money uses the currency registry for decimals' '' 'format_money divided every amount by 100, so JPY/ISK (0 decimals) and KWD (3)' 'were wrong on invoices, payment receipts and reminders. It now converts with' 'to_decimal and prints minor_units decimals; regression test added.' > /tmp/msg.txt && git add kestrel/core/formatting.py tests/test_format_money_minor_units.py && git commit -q -F /tmp/msg.txt && git status --short && git log --stat -1 | tail -n 4]==] },
  { say = "dana", text = "PR for BILL-231 is ready. Root cause: format_money in kestrel/core/formatting.py assumed two decimals for everything (divide by 100). I changed only formatting.py: it now goes through to_decimal and the registry's minor_units, like PAY-311 did for the API. Side effect, intended: payment receipts and overdue reminders use the same function, so they are corrected as well. Original tests untouched; new test module tests/test_format_money_minor_units.py." },
  { say = "maya", text = "Maya, for Support: three kinds of documents were off for JPY, ISK and KWD customers since the January launch: invoices, payment receipts (the e-mail after a payment) and overdue payment reminders. The fix is committed and with Dana for review." },
  { submit = "fix" },
  { finish = true },
}
