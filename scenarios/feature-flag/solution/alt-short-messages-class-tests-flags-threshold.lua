-- Valid route (play round 2026-12-06 fourth, vC): several short messages to Nora ("hi nora",
-- "question on chk-204", the express question without a question mark: "wondering whether
-- express orders pay the surcharge too"), the threshold key written into flags.json as 50.00
-- next to the flag, a parametrized test class, a commit whose body lists what was tested
-- ("Tested: pytest -q") and carries the team's Refs trailer, the handover in lowercase
-- ("free_shipping is off, turn it on when you want"). Must pass 100 %.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { say = "nora", text = "hi nora" },
  { say = "nora", text = "question on chk-204" },
  { say = "nora", text = "wondering whether express orders over the threshold pay the express surcharge too, or is all of the shipping free for them" },
}, part.suite, part.build, {
  { sh = [==[python3 - <<'PY'
import json
d = json.load(open("config/flags.json"))
d.update({"free_shipping": False, "free_shipping_min_eur": 50.00})
open("config/flags.json", "w").write(json.dumps(d, indent=2) + "\n")
PY
cat config/flags.json
cat >> tests/test_shipping.py <<'PYEOF'


import pytest


class TestFreeShippingCHK204:
    @pytest.mark.parametrize("subtotal, country, expected", [
        ("49.99", "DE", "4.90"), ("50.00", "DE", "0.00"), ("120.00", "FR", "0.00"), ("49.99", "BE", "6.90"),
    ])
    def test_flag_on(self, use_flags, subtotal, country, expected):
        use_flags({"free_shipping": True})
        assert shipping_cost(Decimal(subtotal), country) == Decimal(expected)

    def test_flag_off(self, use_flags):
        use_flags({"free_shipping": False})
        assert shipping_cost(Decimal("120.00"), "FR") == Decimal("7.90")

    def test_express_keeps_surcharge(self, use_flags):
        use_flags({"free_shipping": True, "express_delivery": True})
        assert shipping_cost(Decimal("60.00"), "DE", express=True) == Decimal("9.00")

    def test_threshold_tunable(self, use_flags):
        use_flags({"free_shipping": True, "free_shipping_min_eur": 35.5})
        assert shipping_cost(Decimal("35.50"), "DE") == Decimal("0.00")
        assert shipping_cost(Decimal("35.49"), "DE") == Decimal("4.90")
PYEOF
python3 -m pytest -q 2>&1 | tail -n 1]==] },
  { sh = [==[git add shop tests config && git commit -q -F - <<'MSG'
Free standard shipping behind the free_shipping flag (CHK-204)

Orders from free_shipping_min_eur (50.00) ship the standard parcel free;
express still pays its surcharge. The flag ships off.

Tested: pytest -q (flag on/off, 49.99/50.00, express, threshold 35.5)
Refs: CHK-204
MSG
git log -1 --format=%B | cat; git status --short]==] },
  { submit = "free-shipping" },
  { say = "nora", text = "chk-204 is in, jonas is reviewing it. free_shipping is off in config/flags.json, turn it on when you want to launch. threshold = free_shipping_min_eur (50.00). express pays its surcharge like you said" },
  { finish = true },
})
