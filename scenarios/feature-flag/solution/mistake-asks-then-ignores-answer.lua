-- Sloppy junior (play round playff): asks Nora about express before building (she answers:
-- express still pays the 9.00 surcharge), then builds it so express ships free too (the rule put
-- after the surcharge), tests only the standard parcel, commits and hands over naming the flag.
-- Asking and then building the opposite of the answer is not the point of asking: must fail.
local fs = require("parts.shipping")

return { expect = { outcome = "failed", max_percent = 69 },
  { sh = "cat shop/shipping.py tests/conftest.py" },
  { say = "nora", text = "Hi Nora, for CHK-204: what happens with express delivery, is that free as well from 50?" },
  { sh = fs.patch(fs.EXPRESS, fs.EXPRESS .. fs.rule()) .. "\n" .. fs.FLAG_OFF },
  { sh = [[cat > tests/test_free_shipping.py <<'PY'
from decimal import Decimal

import pytest

from shop.shipping import shipping_cost


@pytest.mark.parametrize("flags, subtotal, cost", [
    ({"free_shipping": False}, "60.00", "4.90"), ({"free_shipping": True}, "50.00", "0.00"),
    ({"free_shipping": True}, "49.99", "4.90"), ({"free_shipping": True, "free_shipping_min_eur": 30}, "30.00", "0.00"),
])
def test_standard_parcel(use_flags, flags, subtotal, cost):
    use_flags(flags)
    assert shipping_cost(Decimal(subtotal), "DE") == Decimal(cost)
PY
python3 -m pytest -q 2>&1 | tail -n 1]] },
  { sh = "git add shop tests config && git commit -qm 'Free standard shipping from 50 EUR behind the free_shipping flag (CHK-204)'" },
  { submit = "free-shipping" },
  { say = "nora", text = "CHK-204 is submitted for Jonas's review; it ships off, ops switch on free_shipping on Monday." },
  { finish = true },
}
