-- Valid route (play-test 2026-12-06, third session): says it is picking the ticket up in #team
-- in lowercase, works on a branch made with `git switch -c`, tries a wrong formula first (red),
-- throws it away with `git restore`, writes the fix with a python edit as amount * (100 -
-- percent) / 100, runs Marco's file and then the whole suite, `git commit -am`, fast-forwards
-- main with `git switch main && git merge --ff-only`, and reports to Priya in two British DMs:
-- first what was wrong, then that it is committed and the suite passes. Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { post = "#team", text = "morning! picking up shop-142 (spring20 total) now" },
  { sh = "git switch -c shop-142-coupon && python3 -m pytest -q tests/test_pricing.py | tail -n 5" },
  { sh = [[python3 - <<'PY'
p = "shop/pricing.py"
s = open(p).read()
open(p, "w").write(s.replace("discounted = amount - percent\n", "discounted = amount * (1 - percent)\n"))
PY
python3 -m pytest -q tests/test_pricing.py | tail -n 2]] },
  { sh = [[git restore shop/pricing.py && python3 - <<'PY'
p = "shop/pricing.py"
s = open(p).read()
open(p, "w").write(s.replace("discounted = amount - percent\n", "discounted = amount * (100 - percent) / 100\n"))
PY
python3 -m pytest -q tests/test_pricing.py && python3 -m pytest -q]] },
  { sh = "git commit -q -am 'Take the coupon percentage of the basket, not a flat amount (SHOP-142)' && git switch -q main && git merge -q --ff-only shop-142-coupon && git branch -q -d shop-142-coupon && git log --oneline -2 && git status --short" },
  { submit = "fix" },
  { say = "priya", text = "sorted: the coupon's percentage was being deducted as a flat sum in euros (250 - 20), so the customer paid 230 instead of 200." },
  { say = "priya", text = "it's committed on main and the whole suite passes; marco has it for review." },
  { finish = true },
}
