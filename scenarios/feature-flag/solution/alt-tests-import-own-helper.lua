-- Careful junior on another route (play-test, round 6): asks Nora in #checkout, builds the rule
-- with a named default (FREE_SHIPPING_DEFAULT_MIN) and a helper qualifies_for_free_shipping()
-- in shop/shipping.py, and its tests import both from shop.shipping next to shipping_cost (the
-- edge written as the constant, the helper tested on its own). The mutation check ran the tests
-- against a reference shipping.py without those names: ImportError in the control, so
-- tests_catch_bugs 0 and the "tested" handover 0 (75 %, failed by the review). The reference and
-- its mutants now take a name they lack from the learner's own module: 100 %.
local fs = require("parts.shipping")

return {
  { sh = "cat shop/shipping.py shop/flags.py tests/conftest.py; git log --oneline | cat" },
  { post = "#checkout", text = "@nora quick question on CHK-204 before I build it: when an order of 50+ goes express, is the whole thing free or does the customer still pay the 9.00 express surcharge?" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("shop/shipping.py")
s = p.read_text()
s = s.replace('EXPRESS_SURCHARGE = Decimal("9.00")\n', '''EXPRESS_SURCHARGE = Decimal("9.00")
# CHK-204: standard shipping is free from this subtotal while the free_shipping flag is on
FREE_SHIPPING_DEFAULT_MIN = Decimal("50.00")


def qualifies_for_free_shipping(subtotal: Decimal) -> bool:
    """True when the flag is on and the subtotal reaches free_shipping_min_eur (default 50.00)."""
    if not flags.is_enabled("free_shipping"):
        return False
    return subtotal >= Decimal(str(flags.get("free_shipping_min_eur", FREE_SHIPPING_DEFAULT_MIN)))
''')
s = s.replace('''    cost = RATES[country]
''', '''    cost = Decimal("0.00") if qualifies_for_free_shipping(subtotal) else RATES[country]
''')
p.write_text(s)
PY
]] .. fs.FLAG_OFF .. "\n" .. [[cat > tests/test_free_shipping.py <<'PYEOF'
from decimal import Decimal

from shop.shipping import FREE_SHIPPING_DEFAULT_MIN, qualifies_for_free_shipping, shipping_cost


def test_flag_off_keeps_every_rate(use_flags):
    use_flags({"free_shipping": False, "express_delivery": True})
    assert shipping_cost(Decimal("80.00"), "DE") == Decimal("4.90")
    assert shipping_cost(Decimal("80.00"), "DE", express=True) == Decimal("13.90")
    assert not qualifies_for_free_shipping(Decimal("80.00"))


def test_free_from_the_default_minimum(use_flags):
    use_flags({"free_shipping": True})
    assert shipping_cost(FREE_SHIPPING_DEFAULT_MIN, "FR") == Decimal("0.00")
    assert shipping_cost(FREE_SHIPPING_DEFAULT_MIN - Decimal("0.01"), "FR") == Decimal("7.90")


def test_express_still_pays_its_surcharge(use_flags):
    use_flags({"free_shipping": True, "express_delivery": True})
    assert shipping_cost(Decimal("70.00"), "NL", express=True) == Decimal("9.00")


def test_minimum_comes_from_the_flags_file(use_flags):
    use_flags({"free_shipping": True, "free_shipping_min_eur": 25})
    assert shipping_cost(Decimal("25.00"), "AT") == Decimal("0.00")
    assert shipping_cost(Decimal("24.99"), "AT") == Decimal("6.90")
PYEOF
python3 -m pytest -q 2>&1 | tail -n 2]] },
  { sh = "git add -A && git commit -q -m 'CHK-204: free standard shipping from 50 EUR behind the free_shipping flag (off)' && git status --short" },
  { submit = "free-shipping" },
  { post = "#checkout", text = "@nora CHK-204 is built, tested and with Jonas for review. The `free_shipping` flag is committed switched off; ops turn it on in config/flags.json, and free_shipping_min_eur moves the 50.00 threshold. Express keeps its 9.00 surcharge." },
  { finish = true },
  expect = { outcome = "passed", min_percent = 100 },
}
