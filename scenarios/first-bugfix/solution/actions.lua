-- Reference solution for first-bugfix: reproduce, tell Priya, fix the code (not the test),
-- verify, commit with a descriptive subject, submit for review, report back.
return {
  { sh = "python3 -m pytest -q" },
  { say = "priya", text = "Hi Priya, I'm on SHOP-142 (wrong total with SPRING20). Reproducing it with Marco's test now." },
  { sh = "grep -n 'def apply_discount' -A 6 shop/pricing.py" },
  { sh = [[sed -i 's|discounted = amount - percent$|discounted = amount * (1 - percent / Decimal(100))|' shop/pricing.py]] },
  { sh = "git diff" },
  { sh = "python3 -m pytest -q" },
  { sh = "git add shop/pricing.py && git commit -q -m 'Apply coupon discount as a percentage of the amount (SHOP-142)'" },
  { sh = "git status --short && git log --oneline -n 3" },
  { submit = "fix" },
  { say = "priya", text = "SHOP-142 is fixed and committed: apply_discount subtracted the percent value itself (250 - 20 = 230) instead of 20% of the amount. All tests pass; it's with Marco for review." },
  { finish = true },
}
