-- Careful junior on another route (play-test, round 6): a regex edit in a python one-liner to
-- `amount * (1 - percent / 100)`, `git commit shop/pricing.py` by path, and a subject that says
-- what was fixed from the customer's side: "SHOP-142: customers are no longer overcharged".
-- Once the ticket id alone stopped counting, that subject had no word the message check knew
-- (message 0, refused in review: 90 %, failed); what a customer is charged names the fix: 100 %.
return {
  { say = "priya", text = "Morning Priya, I'm taking SHOP-142." },
  { sh = "python3 -m pytest -q -k discount 2>&1 | tail -n 4" },
  { sh = [[python3 -c "import re,pathlib; p=pathlib.Path('shop/pricing.py'); p.write_text(re.sub(r'amount - percent\n', 'amount * (1 - percent / 100)\n', p.read_text()))" && python3 -m pytest -q 2>&1 | tail -n 1]] },
  { sh = "git commit -q -m 'SHOP-142: customers are no longer overcharged' shop/pricing.py && git status --short" },
  { submit = "fix" },
  { say = "priya", text = "SHOP-142 is fixed and committed. apply_discount treated the coupon's 20 as euros and deducted it, so 250 became 230; it now takes 20 percent of the basket, 200. With Marco now." },
  { finish = true },
  expect = { outcome = "passed", min_percent = 100 },
}
