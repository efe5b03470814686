-- Reverse self-corrector (round 9, blind play): a right fix, committed and submitted; the report
-- explains the true cause (20 euros subtracted instead of 20 percent), then a "sorry, correction"
-- takes it back for a false one (VAT added twice in tax.py). What Priya last heard of the cause
-- is wrong: the explanation's credit goes (communication 13/20), the fix keeps its items: 93 %,
-- passed (100 % before: the first, true message kept the credit).
return {
  expect = { outcome = "passed", min_percent = 93, max_percent = 93 },
  { say = "priya", text = "Hi Priya, taking SHOP-142." },
  { sh = "python3 -m pytest -q | tail -3" },
  { sh = [[sed -i 's|discounted = amount - percent$|discounted = amount * (1 - percent / Decimal(100))|' shop/pricing.py]] },
  { sh = "python3 -m pytest -q" },
  { sh = "git commit -qam 'Apply coupon discount as a percentage of the amount (SHOP-142)'" },
  { submit = "fix" },
  { say = "priya", text = "Fixed SHOP-142: apply_discount subtracted 20 euros instead of 20 percent of the basket." },
  { say = "priya", text = "sorry, correction: that was wrong. the real problem was the VAT, it was added twice in tax.py. fixed now." },
  { finish = true },
}
