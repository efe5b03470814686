-- Sloppy (play-test, round 6): commits its first attempt (`amount - amount * percent`, no /100)
-- straight away, sees the red run afterwards, corrects the working tree but never commits again,
-- and tells Priya "fixed and committed". The working tree is right (tests 25), HEAD is not
-- (committed 0), the edit is left uncommitted (clean 0) and the report claims a commit that does
-- not hold the fix (report 0): 63 %, failed.
return {
  { say = "priya", text = "Hi Priya, picking up SHOP-142 now." },
  { sh = [[sed -i 's|discounted = amount - percent$|discounted = amount - amount * percent|' shop/pricing.py && git commit -qam 'Apply the coupon discount as a percentage (SHOP-142)']] },
  { sh = "python3 -m pytest -q 2>&1 | tail -n 3" },
  { sh = [[sed -i 's|discounted = amount - amount \* percent$|discounted = amount - amount * percent / 100|' shop/pricing.py && python3 -m pytest -q 2>&1 | tail -n 1]] },
  { submit = "fix" },
  { say = "priya", text = "SHOP-142 is fixed and committed: the discount subtracted the percent value itself (250 - 20 = 230) instead of 20% of the amount." },
  { finish = true },
  expect = { outcome = "failed", min_percent = 63, max_percent = 63 },
}
