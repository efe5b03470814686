-- Careful junior on another route (play-test, round 6): works on a branch, fixes with perl as
-- `amount * (100 - percent) / 100`, commits there, then merges it into main with
-- `git merge --no-ff` (a merge commit "Merge branch 'shop-142-coupon-percent'" on top), deletes
-- the branch; a markdown report in #team after the merge. The merge commit is not vague and the
-- fix commit says what changed: must pass with 100 %.
return {
  { post = "#team", text = "@priya taking SHOP-142, on it now." },
  { sh = "git switch -q -c shop-142-coupon-percent && python3 -m pytest -q 2>&1 | tail -n 3" },
  { sh = [[perl -pi -e 's/discounted = amount - percent$/discounted = amount * (100 - percent) \/ 100/' shop/pricing.py && git diff && python3 -m pytest -q 2>&1 | tail -n 1]] },
  { sh = "git commit -qam 'Take the coupon percentage of the amount instead of subtracting it (SHOP-142)'" },
  { sh = "git switch -q main && git merge -q --no-ff --no-edit shop-142-coupon-percent && git branch -d shop-142-coupon-percent && git log --oneline --graph -n 4 | cat && git status --short" },
  { submit = "fix" },
  { post = "#team", text = "@priya **SHOP-142 fixed**, merged into main:\n- `apply_discount` subtracted the percent as if it were euros (250 - 20 = 230)\n- it now takes 20 % of the amount, so the order pays 200.00 + VAT\n\nWith Marco for review." },
  { finish = true },
  expect = { outcome = "passed", min_percent = 100 },
}
