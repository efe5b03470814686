-- Careful junior on another route (play round vA, fourth session): announces in #team with
-- markdown bullets, works on a topic branch, makes a wrong sed edit, undoes it with
-- `git checkout -- shop/pricing.py`, writes the fix as a unified diff in /tmp with a heredoc and
-- applies it with `git apply` (then removes the patch file), commits the fix and, in a second
-- small commit, a clearer docstring; merges the branch back into main (fast-forward), deletes it,
-- and reports in #team as markdown bullets. Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { post = "#team", text = "- picking up **SHOP-142** (SPRING20 charged 230 instead of 200)\n- will post here when it's fixed" },
  { sh = "git checkout -q -b bugfix/shop-142 && python3 -m pytest -q tests/test_pricing.py | tail -n 3" },
  { sh = "sed -i 's/amount - percent/amount - percent \\/ 100/' shop/pricing.py && python3 -m pytest -q tests/test_pricing.py | tail -n 2" },
  { sh = "git checkout -- shop/pricing.py && git diff --stat" },
  { sh = [[cat > /tmp/shop142.patch <<'EOF'
--- a/shop/pricing.py
+++ b/shop/pricing.py
@@ -28,7 +28,7 @@ def apply_discount(amount: Decimal, percent: Decimal) -> Decimal:
     """Reduce `amount` by `percent` percent (0-100)."""
     if percent < 0 or percent > 100:
         raise ValueError(f"discount must be between 0 and 100 percent, got {percent}")
-    discounted = amount - percent
+    discounted = amount * (Decimal(100) - percent) / Decimal(100)
     return round_cents(max(discounted, Decimal("0")))
 
 
EOF
git apply --check /tmp/shop142.patch && git apply /tmp/shop142.patch && rm /tmp/shop142.patch && git diff]] },
  { sh = "python3 -m pytest -q && git add shop/pricing.py && git commit -q -m 'Compute the coupon discount as a percentage of the amount (SHOP-142)'" },
  { sh = [[sed -i 's|"""Reduce `amount` by `percent` percent (0-100)."""|"""Reduce `amount` by `percent` percent of itself (0-100), e.g. 20 % of 250.00 leaves 200.00."""|' shop/pricing.py && git diff --stat && python3 -m pytest -q | tail -n 1]] },
  { sh = "git commit -q -am 'Explain in apply_discount docstring that percent is a share of the amount' && git log --oneline -n 4" },
  { sh = "git checkout -q main && git merge -q bugfix/shop-142 && git branch -d bugfix/shop-142 && python3 -m pytest -q | tail -n 1 && git status --short" },
  { submit = "fix" },
  { post = "#team", text = "**SHOP-142 done**\n- cause: `apply_discount` subtracted the percent as a flat amount (250 - 20 = 230)\n- fix: it now takes the percentage of the amount, so SPRING20 on 250.00 gives 200.00\n- merged to main, full suite passes, with Marco for review" },
  { finish = true },
}
