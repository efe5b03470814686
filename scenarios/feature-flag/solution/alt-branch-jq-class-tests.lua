-- Alternative: a careful junior works on a feature branch, reads flags once per call via flags.load(), rewrites
-- shipping.py with a parcel helper, edits flags.json with jq, class-based tests in a new file
-- (incl. one through order_summary), two commits (code+config, then tests), DM handover.
return {
  { sh = "git switch -c chk-204-free-shipping && grep -n 'def ' shop/*.py && sed -n '1,30p' tests/conftest.py" },
  { say = "nora", text = "Hello Nora, I'm starting on CHK-204. Could you tell me how express orders should be handled: does free shipping also cover the 9.00 express surcharge, or only the standard parcel rate?" },
  { sh = "python3 -m pytest -q" },
  { sh = "cat config/flags.json README.md" },
  { say = "nora", text = "Sure, I'll read the threshold from free_shipping_min_eur in the flags file and fall back to 50.00 when it's missing. Express will keep its 9.00 surcharge, only the parcel gets waived." },
  { sh = [[cat > shop/shipping.py <<'PYEOF'
"""Shipping costs for the checkout. All amounts are Decimal euros."""

from decimal import Decimal

from . import flags

# Standard parcel, per destination country.
RATES = {
    "DE": Decimal("4.90"),
    "AT": Decimal("6.90"),
    "NL": Decimal("6.90"),
    "BE": Decimal("6.90"),
    "FR": Decimal("7.90"),
}
EXPRESS_SURCHARGE = Decimal("9.00")
# CHK-204: free standard parcel from this subtotal (free_shipping_min_eur overrides it).
FREE_SHIPPING_DEFAULT_MIN = Decimal("50.00")


def _parcel_rate(subtotal: Decimal, country: str, settings: dict) -> Decimal:
    """The standard parcel: free while the free_shipping flag is on and the subtotal reaches
    the threshold, the country's rate otherwise."""
    if settings.get("free_shipping") is True:
        threshold = Decimal(str(settings.get("free_shipping_min_eur", FREE_SHIPPING_DEFAULT_MIN)))
        if subtotal >= threshold:
            return Decimal("0.00")
    return RATES[country]


def shipping_cost(subtotal: Decimal, country: str, express: bool = False) -> Decimal:
    """What the customer pays for shipping an order with this subtotal to `country`."""
    if country not in RATES:
        raise ValueError(f"we don't ship to {country!r}")
    settings = flags.load()   # once per call: ops may flip flags at any time
    cost = _parcel_rate(subtotal, country, settings)
    if express and settings.get("express_delivery") is True:
        cost += EXPRESS_SURCHARGE   # never waived by CHK-204 (agreed with Nora)
    return cost
PYEOF
jq '. + {free_shipping: false}' config/flags.json > /tmp/flags.new && mv /tmp/flags.new config/flags.json
cat config/flags.json && git diff --stat && python3 -m pytest -q]] },
  { sh = "git add shop/shipping.py config/flags.json && git commit -q -m 'Add free standard shipping from 50 EUR behind free_shipping, off (CHK-204)' && git log --oneline -n 1" },
  { sh = [[cat > tests/test_free_shipping_chk204.py <<'PYEOF'
"""CHK-204: free standard shipping, both flag states."""
from decimal import Decimal

from shop.checkout import order_summary
from shop.shipping import shipping_cost


class TestFlagOff:
    def test_missing_flag_keeps_rate(self, use_flags):
        use_flags({})
        assert shipping_cost(Decimal("75.00"), "NL") == Decimal("6.90")

    def test_false_flag_keeps_rate_even_with_threshold(self, use_flags):
        use_flags({"free_shipping": False, "free_shipping_min_eur": 10})
        assert shipping_cost(Decimal("50.00"), "DE") == Decimal("4.90")


class TestFlagOn:
    def test_exactly_fifty_is_free(self, use_flags):
        use_flags({"free_shipping": True})
        assert shipping_cost(Decimal("50.00"), "AT") == Decimal("0.00")

    def test_one_cent_below_pays(self, use_flags):
        use_flags({"free_shipping": True})
        assert shipping_cost(Decimal("49.99"), "AT") == Decimal("6.90")

    def test_summary_total_has_no_shipping(self, use_flags):
        use_flags({"free_shipping": True})
        summary = order_summary([("20.00", 3)], "FR")
        assert summary["shipping"] == Decimal("0.00")
        assert summary["total"] == Decimal("60.00")

    def test_express_surcharge_still_charged(self, use_flags):
        use_flags({"free_shipping": True, "express_delivery": True})
        assert shipping_cost(Decimal("90.00"), "FR", express=True) == Decimal("9.00")

    def test_threshold_from_flags_file(self, use_flags):
        use_flags({"free_shipping": True, "free_shipping_min_eur": 25.5})
        assert shipping_cost(Decimal("25.50"), "BE") == Decimal("0.00")
        assert shipping_cost(Decimal("25.49"), "BE") == Decimal("6.90")
PYEOF
python3 -m pytest -q -k 'Flag' -v | tail -9]] },
  { sh = "git add tests/test_free_shipping_chk204.py && git commit -q -m 'Test CHK-204 free shipping with the flag off and on, 49.99/50.00 edge' && git status --short && git log --oneline -n 3" },
  { submit = "free-shipping" },
  { say = "nora", text = "CHK-204 is submitted; Jonas is reviewing it now. It ships switched off: on Monday ops set \"free_shipping\": true in config/flags.json. Marketing can move the threshold with free_shipping_min_eur (50.00 when absent). Express orders still pay the 9.00 surcharge." },
  { finish = true },
}
