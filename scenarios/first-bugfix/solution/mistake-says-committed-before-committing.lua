-- Lazy (play-test 2026-12-06, third session): fixes apply_discount and runs the suite (green), then
-- tells Priya "Fixed and committed" with a good explanation before committing anything; the commit
-- comes two commands later. At the end the fix is committed, so the claim looked true and the
-- report earned its 12: 100 %. A report must be true when it is sent: "committed" said before any
-- commit of the learner's existed earns none of the 12: 88 %, passed.
return {
  expect = { outcome = "passed", min_percent = 87, max_percent = 89 },
  { say = "priya", text = "Hi Priya, I'm on SHOP-142." },
  { sh = [[sed -i 's|discounted = amount - percent$|discounted = amount - amount * percent / 100|' shop/pricing.py && python3 -m pytest -q]] },
  { say = "priya", text = "Fixed and committed: apply_discount subtracted 20 euros instead of 20% of the basket, so 250 became 230 instead of 200." },
  { sh = "git diff --stat" },
  { sh = "git add shop/pricing.py && git commit -q -m 'Subtract the coupon percentage of the amount, not the percent value (SHOP-142)'" },
  { submit = "fix" },
  { finish = true },
}
