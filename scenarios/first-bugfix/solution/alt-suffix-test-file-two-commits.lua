-- Valid route (round 6, blind play): pickup in #team, a "where" question to Marco, the pytest
-- binary on one file, a regression test module named tests/discount_test.py (pytest's other
-- default pattern, *_test.py) in a commit of its own, then the fix with a python re.sub to
-- `amount * (100 - percent) / 100`, the report in #team. `scope` took only tests/test_*.py for
-- a test: 90 %, failed by the review before; 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { post = "#team", text = "Morning! I'm picking up SHOP-142 (the SPRING20 total) now." },
  { say = "marco", text = "Hi Marco, where does checkout compute the coupon discount?" },
  { sh = "pytest -q tests/test_pricing.py" },
  { sh = [[cat > tests/discount_test.py <<'EOF2'
from decimal import Decimal

from shop.pricing import apply_discount


def test_staff35_on_eighty():
    assert apply_discount(Decimal("80.00"), Decimal("35")) == Decimal("52.00")


def test_spring20_on_ticket_basket():
    assert apply_discount(Decimal("250.00"), Decimal("20")) == Decimal("200.00")
EOF2
git add tests/discount_test.py && git commit -qm 'Add regression tests for percentage coupons (SHOP-142)']] },
  { sh = [[python3 -c "import re,pathlib; p=pathlib.Path('shop/pricing.py'); p.write_text(re.sub(r'amount - percent\b', 'amount * (100 - percent) / 100', p.read_text()))" && git diff]] },
  { sh = "pytest -q" },
  { sh = "git commit -qam 'Compute coupon discount as a percentage of the subtotal (SHOP-142)' && git log --oneline -3" },
  { submit = "fix" },
  { post = "#team", text = "SHOP-142 done: apply_discount took the coupon's percent off as euros (250 - 20 = 230). Now it's a percentage, 250 -> 200. Suite green, committed and with Marco for review." },
  { finish = true },
}
