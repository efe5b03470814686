-- Valid (round 8, the iterative junior): fixes format_money for yen only and submits too early;
-- Dana's review (the registry check fails: KWD and new currencies stay wrong) sends it back. The
-- learner then does it with the registry's decimals (to_decimal, minor_units) in a second commit,
-- adds the KWD case to the test, resubmits and tells Maya the three kinds of documents. It ends
-- passed at 96 %: the retry costs nothing here; it loses only investigation's history part
-- (it never read the history nor asked Jonas before its first commit).
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 96 }, part.reproduce, part.follow, part.callers, {
  { sh = part.YEN_ONLY .. "\n" .. [[python3 -m pytest -q 2>&1 | tail -2; git commit -qam "Format yen amounts without decimals (BILL-231)"]] },
  { submit = "fix" },
  { sh = "head -30 config/currencies.json && grep -n 'def ' kestrel/core/money.py" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("kestrel/core/formatting.py")
s = p.read_text()
s = s.replace("from decimal import Decimal\n", "from decimal import Decimal\n\nfrom kestrel.core.currency import get_currency\nfrom kestrel.core.money import to_decimal\n", 1)
s = s.replace("""    if currency == "JPY":
        return f"{currency} {int(minor):,}"
    amount = Decimal(int(minor)) / 100
    return f"{currency} {amount:,.2f}"
""", """    places = get_currency(currency).minor_units
    return f"{currency} {to_decimal(minor, currency):,.{places}f}"
""", 1)
p.write_text(s)
PY
cat >> tests/test_formatting.py <<'PYTEST'


def test_format_money_uses_the_currency_decimals():
    """BILL-231: yen have no minor unit, dinars have three."""
    assert format_money(13750, "JPY") == "JPY 13,750"
    assert format_money(204050, "KWD") == "KWD 204.050"
PYTEST
python3 -m pytest -q 2>&1 | tail -2 && git add kestrel tests && git commit -qm "Use the registry's decimals in format_money, not a yen special case (BILL-231)" && git status --short]] },
}, part.describe, part.submit, part.tell_maya)
