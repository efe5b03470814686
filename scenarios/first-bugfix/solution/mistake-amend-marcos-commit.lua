-- Mistake for first-bugfix (found playing a clever junior): the fix is right, but it is folded
-- into Marco's commit with `git commit --amend --no-edit`, so the history the learner started
-- from is rewritten and the only subject is Marco's "Add failing test reproducing SHOP-142". The
-- message check no longer credits his subject as the learner's (it did: 100 %); Marco asks for
-- the fix in a commit of its own: 90 %, failed.
return {
  expect = { outcome = "failed", min_percent = 89, max_percent = 91 },
  { say = "priya", text = "Hi Priya, I'm on SHOP-142, reproducing it with Marco's test." },
  { sh = [[sed -i 's|discounted = amount - percent$|discounted = amount * (1 - percent / Decimal(100))|' shop/pricing.py && python3 -m pytest -q | tail -n 1]] },
  { sh = "git add shop/pricing.py && git commit -q --amend --no-edit && git log --oneline -2 | cat" },
  { submit = "fix" },
  { say = "priya", text = "SHOP-142 is fixed and committed: apply_discount subtracted the percent value itself (250 - 20 = 230) instead of 20% of the amount." },
  { finish = true },
}
