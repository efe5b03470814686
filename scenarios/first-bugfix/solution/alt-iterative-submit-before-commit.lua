-- Iterative (round 8, blind play): fixes by sed and runs the suite, submits before committing
-- (Marco asks for a commit), tells Priya "submitted, tests pass" (she asks whether it is
-- committed: her reply follows the task's truth), commits, submits again and apologises for the
-- early submit. A first submit that failed costs nothing here (no retry cost in this scenario):
-- the end state is right, so 100 %.
return {
  { say = "priya", text = "hi priya, starting on SHOP-142" },
  { sh = "python3 -m pytest -q -k discount" },
  { sh = [[sed -i 's/amount - percent/amount - (amount * percent \/ 100)/' shop/pricing.py && git diff]] },
  { sh = "python3 -m pytest -q" },
  { submit = "fix" },
  { say = "priya", text = "submitted SHOP-142, tests pass. the discount subtracted the percent as euros" },
  { sh = "git add shop/pricing.py && git commit -m 'SHOP-142: apply coupon percentage to the subtotal instead of subtracting it'" },
  { sh = "git status" },
  { submit = "fix" },
  { say = "priya", text = "sorry, first submit was before I committed. It's committed now (SHOP-142), suite green, with Marco for review." },
  { finish = true },
}
