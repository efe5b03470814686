-- Careful junior on another route (play-test, round 6): a helper percent_of() that rounds the
-- discount to cents first (the hidden cases agree with every correct Decimal formula), written
-- with a python edit; only the pricing tests run first with the pytest binary, then the suite;
-- a lowercase "pricing:" subject; pickup and report in #team in lowercase British markdown,
-- with "per cent", "sorted" and a "100% green" pass rate next to the real explanation (the pass
-- rate no longer counts as an explanation, the rest must). Must pass with 100 %.
return {
  { post = "#team", text = "@priya i'll pick up shop-142 (the spring20 overcharge), having a look now" },
  { sh = "pytest -q tests/test_pricing.py 2>&1 | tail -n 6" },
  { sh = [[python3 - <<'PY'
import re
p = "shop/pricing.py"
s = open(p).read()
s = s.replace("def apply_discount(", '''def percent_of(amount: Decimal, percent: Decimal) -> Decimal:
    """`percent` percent of `amount`, in cents."""
    return round_cents(amount * percent / Decimal(100))


def apply_discount(''', 1)
s = s.replace("discounted = amount - percent\n", "discounted = amount - percent_of(amount, percent)\n", 1)
open(p, "w").write(s)
PY
git diff --stat && python3 -m pytest -q 2>&1 | tail -n 2]] },
  { sh = "git add shop/pricing.py && git commit -q -m 'pricing: take the coupon as a per cent share of the subtotal, not a flat sum (shop-142)' && git log --oneline -n 2 && git status --short" },
  { submit = "fix" },
  { post = "#team", text = "@priya **shop-142 sorted** and committed:\n- `apply_discount` took the coupon's number off as if it were euros (250 - 20 = 230)\n- it now takes 20 per cent of the basket, so 250.00 gives 200.00\n\ntests 100% green; marco has it for review." },
  { finish = true },
  expect = { outcome = "passed", min_percent = 100 },
}
