-- Mistake for first-bugfix: the right fix, but committed together with a debug print and the
-- learner's scratch script, and a notes file left lying around. A reviewer asks for changes.
return {
  expect = { outcome = "failed", max_percent = 85 },
  { say = "priya", text = "Hi Priya, starting on SHOP-142 now." },
  { sh = [[sed -i 's|    discounted = amount - percent$|    print("discount", amount, percent)\n    discounted = amount * (1 - percent / Decimal(100))|' shop/pricing.py
cat > try_discount.py <<'PYEOF'
from decimal import Decimal
from shop.pricing import apply_discount
print(apply_discount(Decimal("250.00"), Decimal("20")))
PYEOF
python3 try_discount.py; echo "check VAT later" > notes.txt; python3 -m pytest -q]] },
  { sh = "git add shop try_discount.py && git commit -q -m 'Apply coupon discount as a percentage (SHOP-142)'" },
  { submit = "fix" },
  { say = "priya", text = "SHOP-142 is fixed: the percent was subtracted as an amount (250 - 20). Committed and with Marco for review." },
  { finish = true },
}
