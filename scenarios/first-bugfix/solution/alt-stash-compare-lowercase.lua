-- Careful junior (round 7, p7b): lowercase, terse. Fixes, then uses `git stash` / `git stash pop`
-- to compare the suite with and without the change, commits only pricing.py, submits, and tells
-- priya in two short messages. The stash is empty again at the end: a valid route, full marks.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "priya", text = "hey priya, on shop-142 now" },
  { sh = "grep -n 'percent' shop/pricing.py" },
  { sh = "sed -i 's|discounted = amount - percent$|discounted = amount - round_cents(amount * percent / 100)|' shop/pricing.py" },
  { sh = "git stash -q && python3 -m pytest -q | tail -1; git stash pop -q && python3 -m pytest -q | tail -1" },
  { sh = "git add shop/pricing.py && git commit -qm 'shop-142: take the coupon percent of the amount instead of subtracting it as euros' && git stash list && git status -s" },
  { submit = "fix" },
  { say = "priya", text = "fixed + committed: the discount was taken off as a flat 20 eur instead of 20% of the basket" },
  { say = "priya", text = "tests all green, marco has it for review" },
  { finish = true },
}
