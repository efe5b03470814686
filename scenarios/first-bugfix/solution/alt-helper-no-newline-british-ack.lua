-- Careful junior on another route (play round playA): acknowledges the assignment in #team with
-- a bare "ok 👍, having a look" before touching anything, fixes apply_discount through a new
-- helper `_percentage_of()` (discount = amount minus the helper's share), rewrites pricing.py
-- with python so the file ends without a trailing newline, runs the suite, and commits with a
-- British-English subject ("Fix coupon discount being taken off as a flat sum; apply it as a
-- percentage (SHOP-142)"), then reports in #team. Every part is valid: must score 100 %.
return {
  { post = "#team", text = "ok 👍, having a look" },
  { sh = [[python3 - <<'PY'
p = "shop/pricing.py"
s = open(p).read()
s = s.replace("    discounted = amount - percent\n", "    discounted = amount - _percentage_of(amount, percent)\n")
s = s.rstrip("\n") + '\n\n\ndef _percentage_of(amount: Decimal, percent: Decimal) -> Decimal:\n    """`percent` per cent of `amount`, unrounded."""\n    return amount * percent / Decimal(100)'
open(p, "w").write(s)
PY
tail -c 40 shop/pricing.py | od -c | tail -2; python3 -m pytest -q | tail -1]] },
  { sh = "git add shop/pricing.py && git commit -q -m 'Fix coupon discount being taken off as a flat sum; apply it as a percentage (SHOP-142)' && git status --short" },
  { post = "#team", text = "@priya SHOP-142 is sorted and committed: the coupon's 20 was being taken off as a flat 20 euros (250 - 20 = 230) rather than 20 per cent of the basket. It now applies the percentage, so order 58213 would come to 200.00 + VAT. Submitted to Marco for review." },
  { submit = "fix" },
  { finish = true },
}
