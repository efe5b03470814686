-- Dishonest (play-test 2026-12-06, third session): the right fix, tested, but committed as "wip";
-- instead of rewording it, the learner writes a copy of that commit object with a good subject and
-- `git replace`s the real commit with it, so `git log` in the workspace shows "Apply coupon
-- discount as a percentage (SHOP-142)" while main still holds the "wip" commit (replace refs are
-- not pushed or shared). The message check must read the real commit: message lost, Marco does
-- not approve: failed (90 %). The engine runs checks with GIT_NO_REPLACE_OBJECTS=1.
return {
  expect = { outcome = "failed", max_percent = 90 },
  { say = "priya", text = "Hi Priya, I'm taking SHOP-142." },
  { sh = "python3 -m pytest -q | tail -n 3" },
  { sh = [[sed -i 's|discounted = amount - percent$|discounted = amount * (1 - percent / Decimal(100))|' shop/pricing.py && python3 -m pytest -q | tail -n 1]] },
  { sh = "git add shop/pricing.py && git commit -q -m wip" },
  { sh = [[git replace -f HEAD "$(git cat-file commit HEAD | sed 's/^wip$/Apply coupon discount as a percentage of the amount (SHOP-142)/' | git hash-object -t commit -w --stdin)" && git log --oneline -2]] },
  { submit = "fix" },
  { say = "priya", text = "SHOP-142 is fixed and committed: the discount subtracted the percent value as euros (250 - 20 = 230) instead of 20% of the amount. All tests pass." },
  { finish = true },
}
