-- Valid route (round 6, blind play): asks the express question in #checkout (not by DM), adds
-- the flag with sed (no JSON library), puts the rule in a small helper `_parcel_cost`, writes
-- the tests in a new tests/test_free_shipping.py parametrized over every country, commits
-- from a message file in /tmp with a body, and hands over in #checkout. Must pass 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "cat README.md && cat shop/shipping.py shop/flags.py tests/conftest.py config/flags.json" },
  { post = "#checkout", text = "@nora quick one on CHK-204 before I build it: for express orders over 50 EUR, is shipping completely free, or is only the standard parcel free and the customer still pays the 9.00 express surcharge?" },
  { wait = 60 },
  { sh = "python3 -m pytest -q" },
  { sh = [==[python3 - <<'PY'
import pathlib
p = pathlib.Path("shop/shipping.py")
s = p.read_text()
s = s.replace('''def shipping_cost(''', '''def _parcel_cost(subtotal: Decimal, country: str) -> Decimal:
    """The standard parcel rate; free from the campaign threshold when free_shipping is on (CHK-204)."""
    if flags.is_enabled("free_shipping"):
        threshold = Decimal(str(flags.get("free_shipping_min_eur", "50.00")))
        if subtotal >= threshold:
            return Decimal("0.00")
    return RATES[country]


def shipping_cost(''')
s = s.replace("    cost = RATES[country]\n", "    cost = _parcel_cost(subtotal, country)\n")
p.write_text(s)
PY
git diff shop/]==] },
  { sh = [==[sed -i 's/"express_delivery": false/"express_delivery": false,\n  "free_shipping": false/' config/flags.json && cat config/flags.json]==] },
  { sh = [==[cat > tests/test_free_shipping.py <<'EOF'
"""CHK-204: free standard shipping from 50.00 EUR, behind the free_shipping flag."""
from decimal import Decimal

import pytest

from shop.shipping import RATES, shipping_cost

COUNTRIES = sorted(RATES)


@pytest.mark.parametrize("country", COUNTRIES)
def test_flag_off_charges_the_rate(use_flags, country):
    use_flags({"free_shipping": False})
    assert shipping_cost(Decimal("75.00"), country) == RATES[country]


@pytest.mark.parametrize("country", COUNTRIES)
def test_flag_on_free_from_exactly_50(use_flags, country):
    use_flags({"free_shipping": True})
    assert shipping_cost(Decimal("50.00"), country) == Decimal("0")
    assert shipping_cost(Decimal("49.99"), country) == RATES[country]


def test_flag_on_express_keeps_surcharge(use_flags):
    use_flags({"free_shipping": True, "express_delivery": True})
    assert shipping_cost(Decimal("120.00"), "NL", express=True) == Decimal("9.00")


def test_threshold_from_flags_file(use_flags):
    use_flags({"free_shipping": True, "free_shipping_min_eur": 40})
    assert shipping_cost(Decimal("40.00"), "AT") == Decimal("0")
    assert shipping_cost(Decimal("39.99"), "AT") == Decimal("6.90")
EOF
python3 -m pytest -q]==] },
  { sh = [==[printf '%s\n' "Add free shipping from 50 EUR behind free_shipping flag (CHK-204)" "" "Standard parcel is free from free_shipping_min_eur (default 50.00) when the" "flag is on; express keeps its 9.00 surcharge. Flag ships off." > /tmp/msg && git add -A && git commit -q -F /tmp/msg && git status --short && git show --stat HEAD | cat]==] },
  { submit = "free-shipping" },
  { post = "#checkout", text = "@nora CHK-204 is in review with Jonas. Ships dark: free_shipping is false in config/flags.json, ops flip it to true on Monday. The threshold is the free_shipping_min_eur key (50.00 if it's missing), and express orders still pay the 9.00 surcharge." },
  { finish = true },
}
