-- Mistake for feature-flag: reads the flag and the threshold once, at import, "for speed".
-- Every fresh process looks right, but ops flip flags in the running service: switching it on
-- on Monday would do nothing until a restart: a probe flips the flags file inside one process.
return {
  expect = { outcome = "failed", max_percent = 60 },
  { say = "nora", text = "Hi Nora, quick one before I start: does free shipping also waive the express surcharge?" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("shop/shipping.py")
s = p.read_text()
s = s.replace('EXPRESS_SURCHARGE = Decimal("9.00")\n', 'EXPRESS_SURCHARGE = Decimal("9.00")\n# read once, for speed\nFREE_SHIPPING = flags.is_enabled("free_shipping")\nFREE_SHIPPING_MIN = Decimal(str(flags.get("free_shipping_min_eur", "50.00")))\n')
s = s.replace("    cost = RATES[country]\n", "    cost = RATES[country]\n    if FREE_SHIPPING and subtotal >= FREE_SHIPPING_MIN:\n        cost = Decimal(\"0.00\")\n")
p.write_text(s)
PY
sed -i 's/^  "gift_wrap": false,$/  "gift_wrap": false,\n  "free_shipping": false,/' config/flags.json
cat > tests/test_free_shipping.py <<'PYEOF'
import importlib
from decimal import Decimal

import shop.shipping


def cost(use_flags, values, subtotal, express=False):
    use_flags(values)
    importlib.reload(shop.shipping)
    return shop.shipping.shipping_cost(Decimal(subtotal), "DE", express)


def test_off(use_flags):
    assert cost(use_flags, {}, "60.00") == Decimal("4.90")


def test_edge(use_flags):
    assert cost(use_flags, {"free_shipping": True}, "50.00") == Decimal("0.00")
    assert cost(use_flags, {"free_shipping": True}, "49.99") == Decimal("4.90")


def test_express(use_flags):
    assert cost(use_flags, {"free_shipping": True, "express_delivery": True}, "60.00", True) == Decimal("9.00")


def test_threshold(use_flags):
    assert cost(use_flags, {"free_shipping": True, "free_shipping_min_eur": 30}, "30.00") == Decimal("0.00")
PYEOF
python3 -m pytest -q]] },
  { sh = "git add shop tests config && git commit -qm 'Free shipping from 50 EUR behind the free_shipping flag (CHK-204)'" },
  { submit = "free-shipping" },
  { say = "nora", text = "CHK-204 is in review with Jonas; it ships dark, ops switch free_shipping on in config/flags.json." },
  { finish = true },
}
