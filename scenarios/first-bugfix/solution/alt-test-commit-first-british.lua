-- Valid route (play-test): tells #team, commits its own regression test first (a commit of its
-- own), then the fix with perl (amount - amount * percent / Decimal(100)) under a subject without
-- the ticket number; a British report in #team ("sorted", "behaviour", "pounds", "per cent",
-- "deducts"). Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "python3 -m pytest -q 2>&1 | tail -8" },
  { post = "#team", text = "Morning! I'm taking SHOP-142 (SPRING20 total wrong)." },
  { sh = "cat shop/pricing.py; git log --oneline" },
  { sh = [[cat > tests/test_discount_behaviour.py <<'PY'
from decimal import Decimal

from shop.pricing import apply_discount


def test_percentage_is_taken_of_the_amount():
    assert apply_discount(Decimal("250.00"), Decimal("20")) == Decimal("200.00")
    assert apply_discount(Decimal("80.00"), Decimal("15")) == Decimal("68.00")
PY
git add tests/test_discount_behaviour.py && git commit -q -m 'Add a regression test for the SPRING20 discount (SHOP-142)']] },
  { sh = [[perl -pi -e 's/discounted = amount - percent$/discounted = amount - amount * percent \/ Decimal(100)/' shop/pricing.py && python3 -m pytest -q | tail -2]] },
  { sh = "git add shop/pricing.py && git commit -q -m 'Apply the coupon as a percentage of the basket, not as a flat amount' && git status --short && git log --oneline -4" },
  { submit = "fix" },
  { post = "#team", text = "@priya SHOP-142 is sorted and committed: the behaviour was that apply_discount took the coupon's percentage off as if it were pounds (250 - 20 = 230) rather than 20 per cent of the basket. It now deducts amount x percent / 100, so SPRING20 on 250.00 gives 200.00. All tests pass, and it's with Marco for review." },
  { finish = true },
}
