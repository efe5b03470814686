-- Valid route (play 2026-12-06, playE): a lowercase junior who asks in #checkout, keeps the
-- threshold in flags.json as the string "50.00" (no float for money), writes a new test class
-- with its own edges (NL 49.99 / 50.00, AT express, a threshold of 25), commits with a lowercase
-- "chk-204: ..." subject, and hands over in two #checkout posts (**free_shipping** in markdown).
-- 100 %.
local part = require("parts.reference")
local ask = { { post = "#checkout", text = "hi nora, quick one on chk-204 before i start: for express orders over 50, is the whole shipping free, or does the customer still pay the express surcharge on top?" } }
local flag = {
  { sh = [[python3 - <<'PY'
import json
p = "config/flags.json"
d = json.load(open(p))
d["free_shipping"] = False
d["free_shipping_min_eur"] = "50.00"
open(p, "w").write(json.dumps(d, indent=2) + "\n")
PY
cat > tests/test_free_shipping.py <<'PYEOF'
from decimal import Decimal

from shop.shipping import shipping_cost


class TestFreeShipping:
    def test_off_by_default_rate_unchanged(self, use_flags):
        use_flags({"free_shipping": False, "free_shipping_min_eur": "50.00"})
        assert shipping_cost(Decimal("80.00"), "NL") == Decimal("6.90")

    def test_on_edge(self, use_flags):
        use_flags({"free_shipping": True, "free_shipping_min_eur": "50.00"})
        assert shipping_cost(Decimal("50.00"), "NL") == Decimal("0.00")
        assert shipping_cost(Decimal("49.99"), "NL") == Decimal("6.90")

    def test_express_still_pays_surcharge(self, use_flags):
        use_flags({"free_shipping": True, "express_delivery": True})
        assert shipping_cost(Decimal("75.00"), "AT", express=True) == Decimal("9.00")

    def test_threshold_from_flags(self, use_flags):
        use_flags({"free_shipping": True, "free_shipping_min_eur": "25"})
        assert shipping_cost(Decimal("25.00"), "DE") == Decimal("0.00")
        assert shipping_cost(Decimal("24.99"), "DE") == Decimal("4.90")
PYEOF
python3 -m pytest -q]] },
}
local commit = {
  { sh = "git add -A shop tests config && git commit -q -m 'chk-204: free standard shipping from 50 eur behind free_shipping (off)' && git status --short" },
  { submit = "free-shipping" },
}
local handover = {
  { post = "#checkout", text = "@nora chk-204 is with jonas for review now." },
  { post = "#checkout", text = "it's behind the **free_shipping** flag, switched off, and the threshold sits in free_shipping_min_eur (50.00). express keeps its surcharge as you said." },
  { finish = true },
}
return part.script({ outcome = "passed", min_percent = 100 }, part.look, ask, part.suite, part.build, flag, commit, handover)
