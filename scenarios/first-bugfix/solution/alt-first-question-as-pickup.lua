-- Careful junior on another route (play round playA): the first word to Priya is a question,
-- "Hi Priya! I'm new here, where do I find the code for this?", sent before touching anything:
-- asking about the work is taking it up. Marco points the way; a right fix (amount minus the
-- share), committed, and a report in #team. Must score 100 %.
return {
  { say = "priya", text = "Hi Priya! I'm new here, where do I find the code for this?" },
  { say = "marco", text = "Hi Marco, Priya says the pricing code is the place to start: is apply_discount the function?" },
  { sh = [[sed -i 's|discounted = amount - percent$|discounted = amount - amount * percent / 100|' shop/pricing.py && python3 -m pytest -q | tail -1]] },
  { sh = "git commit -qam 'Take the coupon percentage of the amount instead of subtracting it as euros (SHOP-142)'" },
  { post = "#team", text = "@priya SHOP-142 fixed and committed: the discount subtracted the coupon's percent as euros (250 - 20 = 230); it now takes 20% of the basket, so 200.00 + VAT. With Marco for review." },
  { submit = "fix" },
  { finish = true },
}
