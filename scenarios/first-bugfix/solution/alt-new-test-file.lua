-- Alternative for first-bugfix: the fix as amount - amount * percent / 100, a new test module of
-- the learner's own (tests/test_shop_142.py, parametrized, importing pytest and decimal as any
-- test does), the suite run as `python3 -m pytest`, one commit with both. Nothing it adds
-- shadows a module: 100 %.
return {
  { sh = "python3 -m pytest -q 2>&1 | tail -n 5" },
  { say = "priya", text = "Hi Priya, SHOP-142 is mine; Marco's test reproduces it, looking at apply_discount now." },
  { sh = [[sed -i 's|discounted = amount - percent$|discounted = amount - amount * percent / Decimal(100)|' shop/pricing.py && git diff]] },
  { sh = [[cat > tests/test_shop_142.py <<'PY'
from decimal import Decimal

import pytest

from shop.pricing import apply_discount


@pytest.mark.parametrize("amount,percent,expected", [
    ("250.00", "20", "200.00"),
    ("80.00", "15", "68.00"),
])
def test_discount_is_a_share_of_the_amount(amount, percent, expected):
    assert apply_discount(Decimal(amount), Decimal(percent)) == Decimal(expected)
PY
python3 -m pytest -q]] },
  { sh = "git add shop/pricing.py tests/test_shop_142.py && git commit -q -m 'Apply the coupon discount as a percentage of the amount (SHOP-142)' && git status --short" },
  { submit = "fix" },
  { say = "priya", text = "SHOP-142 is fixed and committed: the discount subtracted the percent value itself (250 - 20 = 230) instead of 20 % of the amount; now 250.00 with SPRING20 gives 200.00. Added a test for it; it's with Marco." },
  { finish = true },
}
