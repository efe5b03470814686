-- Valid route (play-test 2026-12-06): lowercase DM, works on its own branch (git switch -c
-- fix/shop-142), the pytest binary on tests/, a python edit to amount * (100 - percent) / 100,
-- a conventional-commit subject "fix(pricing): ...", git commit -am, and a report in markdown
-- with code instead of words. Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { say = "priya", text = "hi priya, picking up shop-142 now" },
  { sh = "git switch -c fix/shop-142 && pytest -q tests/ | tail -5" },
  { sh = "sed -n '/def apply_discount/,/return/p' shop/pricing.py" },
  { sh = [[python3 - <<'PY'
import re, pathlib
p = pathlib.Path("shop/pricing.py")
s = p.read_text()
s = s.replace("discounted = amount - percent\n", "discounted = amount * (100 - percent) / 100\n")
p.write_text(s)
PY
git diff --stat && pytest -q tests/ | tail -2]] },
  { sh = "git commit -am 'fix(pricing): take the coupon percentage of the amount, not a flat value (SHOP-142)' && git log --oneline -3 && git status --short" },
  { submit = "fix" },
  { say = "priya", text = "shop-142 fixed & committed (branch `fix/shop-142`, with marco for review). `apply_discount` did `amount - percent`, so 250 - 20 = 230; now it's `amount * (100 - percent) / 100` = 200. all tests green." },
  { finish = true },
}
