-- Alternative solution for first-bugfix: announce in #team, ask Marco before touching code,
-- run only the discount tests, rewrite the line with a python one-off (no sed), express the
-- discount as "amount minus the percentage of it", and commit with `git commit -a`.
return {
  { post = "#team", text = "Picking up SHOP-142 now, thanks Priya!" },
  { say = "marco", text = "Hi Marco, where should I start looking for the SPRING20 discount? Is it in pricing?" },
  { sh = "python3 -m pytest -q -k discount; cat -n shop/pricing.py | sed -n '25,35p'" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path("shop/pricing.py")
src = p.read_text()
old = "    discounted = amount - percent\n"
assert src.count(old) == 1, "line not found"
p.write_text(src.replace(old, "    discounted = amount - amount * percent / Decimal(100)\n"))
PY
python3 -m pytest -q]] },
  { sh = "git commit -q -am 'Fix SHOP-142: coupon percent was subtracted as an amount' && git show --stat HEAD | cat" },
  { post = "#team", text = "@priya SHOP-142 fixed and committed: the coupon percent was subtracted as euros (250 - 20). Now 20% of the amount is taken off; the whole suite is green. Submitting for Marco's review." },
  { submit = "fix" },
  { finish = true },
}
