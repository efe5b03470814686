-- Valid route (round 6, blind play): lowercase DMs, a question to Marco before touching code, the
-- fix applied with patch(1) from a here-document as `amount * (Decimal(100) - percent) /
-- Decimal(100)`, a commit message with a body given through `git commit -F -`, and the report
-- split over two lowercase DMs (the cause in one, "committed ... tests all green ... review" in
-- the next). Every act is done: 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "priya", text = "hey priya, i'll take shop-142, looking at it now" },
  { sh = "python3 -m pytest -q -k discount" },
  { say = "marco", text = "hi marco, is apply_discount the only place the coupon percent gets used?" },
  { sh = "grep -rn percent shop/" },
  { sh = [[patch -p1 <<'EOF2'
--- a/shop/pricing.py
+++ b/shop/pricing.py
@@ -28,7 +28,7 @@
     """Reduce `amount` by `percent` percent (0-100)."""
     if percent < 0 or percent > 100:
         raise ValueError(f"discount must be between 0 and 100 percent, got {percent}")
-    discounted = amount - percent
+    discounted = amount * (Decimal(100) - percent) / Decimal(100)
     return round_cents(max(discounted, Decimal("0")))
 
 
EOF2]] },
  { sh = "python3 -m pytest -q" },
  { sh = [[git add shop/pricing.py && git commit -q -F - <<'EOF2'
SHOP-142: take the coupon percentage of the amount

apply_discount subtracted the percent number itself (250.00 - 20 = 230.00)
instead of 20 percent of the basket. The 10%-of-100 test only passed by luck.
EOF2]] },
  { sh = "git log --oneline -2; git status -s" },
  { submit = "fix" },
  { say = "priya", text = "shop-142 is fixed: the discount code took away 20 euros instead of 20 percent." },
  { say = "priya", text = "it's committed, tests all green, and marco has it for review now" },
  { finish = true },
}
