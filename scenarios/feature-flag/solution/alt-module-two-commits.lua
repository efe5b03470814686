-- Alternative solution for feature-flag: ask in #checkout instead of a DM, put the rule in its
-- own module (shop/promotions.py) written with a heredoc, test it through the checkout summary
-- in a new test file, switch the flag entry in with sed, and make TWO commits: the feature
-- first, then the tunable threshold once Nora's follow-up arrives.
return {
  { post = "#checkout", text = "@nora starting CHK-204! About express delivery: does free shipping waive the express surcharge too, or only the parcel rate?" },
  { sh = "sed -n '1,40p' shop/flags.py; cat tests/test_shipping.py | head -20" },
  { sh = [[cat > shop/promotions.py <<'PYEOF'
"""Checkout promotions (CHK-204: free standard shipping campaign)."""

from decimal import Decimal

from . import flags


def free_standard_shipping(subtotal: Decimal) -> bool:
    """True when the free_shipping flag is on and the subtotal reaches 50.00."""
    return flags.is_enabled("free_shipping") and subtotal >= Decimal("50.00")
PYEOF
sed -i 's/^from \. import flags$/from . import flags\nfrom .promotions import free_standard_shipping/' shop/shipping.py
sed -i 's/^    cost = RATES\[country\]$/    cost = Decimal("0.00") if free_standard_shipping(subtotal) else RATES[country]/' shop/shipping.py
sed -i 's/^  "gift_wrap": false,$/  "gift_wrap": false,\n  "free_shipping": false,/' config/flags.json
cat > tests/test_free_shipping.py <<'PYEOF'
from decimal import Decimal

from shop.checkout import order_summary
from shop.shipping import shipping_cost


def test_flag_off_charges_shipping(use_flags):
    use_flags({})
    assert order_summary([("30.00", 2)], "AT")["shipping"] == Decimal("6.90")


def test_flag_on_edge_is_free(use_flags):
    use_flags({"free_shipping": True})
    assert order_summary([("25.00", 2)], "AT")["shipping"] == Decimal("0.00")


def test_flag_on_below_edge_pays(use_flags):
    use_flags({"free_shipping": True})
    assert shipping_cost(Decimal("49.99"), "BE") == Decimal("6.90")


def test_express_surcharge_still_paid(use_flags):
    use_flags({"free_shipping": True, "express_delivery": True})
    assert shipping_cost(Decimal("80.00"), "NL", express=True) == Decimal("9.00")
PYEOF
python3 -m pytest -q && cat config/flags.json]] },
  { sh = "git add -A shop tests config && git commit -q -m 'CHK-204: free standard shipping from 50 EUR behind the free_shipping flag' && git log --oneline -n 1" },
  { sh = [[cat > shop/promotions.py <<'PYEOF'
"""Checkout promotions (CHK-204: free standard shipping campaign)."""

from decimal import Decimal

from . import flags

DEFAULT_MIN = "50.00"


def free_standard_shipping(subtotal: Decimal) -> bool:
    """True when the free_shipping flag is on and the subtotal reaches the threshold
    (free_shipping_min_eur in the flags file, 50.00 by default)."""
    if not flags.is_enabled("free_shipping"):
        return False
    return subtotal >= Decimal(str(flags.get("free_shipping_min_eur", DEFAULT_MIN)))
PYEOF
cat >> tests/test_free_shipping.py <<'PYEOF'


def test_threshold_from_flags_file(use_flags):
    use_flags({"free_shipping": True, "free_shipping_min_eur": 35.5})
    assert shipping_cost(Decimal("35.50"), "DE") == Decimal("0.00")
    assert shipping_cost(Decimal("35.49"), "DE") == Decimal("4.90")
PYEOF
python3 -m pytest -q && git commit -q -am 'CHK-204: read the free-shipping threshold from free_shipping_min_eur' && git status --short]] },
  { submit = "free-shipping" },
  { post = "#checkout", text = "@nora CHK-204 is ready and with Jonas for review. It's dark: set free_shipping to true in flags.json to launch; free_shipping_min_eur tunes the threshold. Express keeps its surcharge." },
  { finish = true },
}
