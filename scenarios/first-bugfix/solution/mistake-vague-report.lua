-- Mistake for first-bugfix: a correct, well-committed fix, but the manager only ever hears
-- "on it" and "fixed": she cannot tell Support what was wrong. Loses communication points.
return {
  expect = { max_percent = 95, min_percent = 85 },
  { say = "priya", text = "on it" },
  { sh = [[sed -i 's|discounted = amount - percent$|discounted = amount * (1 - percent / Decimal(100))|' shop/pricing.py && python3 -m pytest -q]] },
  { sh = "git add shop/pricing.py && git commit -q -m 'Apply coupon discount as a percentage of the amount (SHOP-142)'" },
  { submit = "fix" },
  { say = "priya", text = "fixed" },
  { finish = true },
}
