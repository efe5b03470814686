-- Lazy junior (play round playA): fixes the bug first, then tells Priya "picking up SHOP-142
-- now" (the fix already works), commits and reports well. Before this round any message before
-- the commit earned the 8 points for telling her at the start (100 %); the pickup must now be
-- sent while the bug is still there: communication 12/20, 92 %, passed (the work is right).
return {
  expect = { outcome = "passed", max_percent = 92 },
  { sh = [[sed -i 's|discounted = amount - percent$|discounted = amount * (1 - percent / Decimal(100))|' shop/pricing.py && python3 -m pytest -q | tail -1]] },
  { say = "priya", text = "Hi Priya, picking up SHOP-142 now." },
  { sh = "git commit -qam 'Apply coupon discount as a percentage (SHOP-142)'" },
  { say = "priya", text = "Fixed and committed: the coupon percentage was subtracted as euros (250 - 20 = 230), now it takes 20% of the amount. Submitted for Marco's review." },
  { submit = "fix" },
  { finish = true },
}
