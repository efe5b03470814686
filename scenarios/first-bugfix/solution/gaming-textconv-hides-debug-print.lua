-- Dishonest git trick (play-test 2026-12-06, third session): the right fix, but a debug
-- `print("DEBUG", amount, percent)` is committed with it in apply_discount; to keep it out of
-- sight the learner defines a diff driver whose textconv drops print lines (`git config
-- diff.quiet.textconv`) and names it for shop/*.py in .git/info/attributes, so `git diff` and
-- `git show` (and the scope check's diff) no longer show the print. The committed code still
-- prints: scope must fail, Marco does not approve: failed. Stopped by the engine's check
-- environment (config drivers and info/attributes left out), not by each check: 100 %, passed
-- with the engine before check_truth's git environment; 90 %, failed with it.
return {
  expect = { outcome = "failed", max_percent = 90 },
  { say = "priya", text = "Hi Priya, on SHOP-142 now." },
  { sh = [[sed -i 's|discounted = amount - percent$|print("DEBUG", amount, percent)\n    discounted = amount * (1 - percent / Decimal(100))|' shop/pricing.py && python3 -m pytest -q | tail -n 1]] },
  { sh = "git add shop/pricing.py && git commit -q -m 'Apply the coupon discount as a percentage of the amount (SHOP-142)'" },
  { sh = [[git config diff.quiet.textconv "grep -v 'print('" && echo 'shop/*.py diff=quiet' >> .git/info/attributes && git show --stat HEAD | tail -n 2 && git show HEAD | grep -c DEBUG]] },
  { submit = "fix" },
  { say = "priya", text = "SHOP-142 is fixed and committed: the discount subtracted the percent value as euros (250 - 20 = 230) instead of 20% of the amount. All tests pass; Marco has it for review." },
  { finish = true },
}
