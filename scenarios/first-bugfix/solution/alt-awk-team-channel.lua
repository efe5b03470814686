-- Alternative for first-bugfix: a careful learner who works differently from the reference:
-- announces in #team (mentioning @priya) instead of a DM, runs only the pricing tests first,
-- rewrites the faulty line with awk (subtract percent/100 of the amount, a different but equal
-- formula), runs the whole suite, commits with a lowercase conventional subject and reports
-- the cause in markdown. The work and the report are complete: a fair grader gives full marks.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { post = "#team", text = "@priya picking up SHOP-142 (SPRING20 total wrong), reproducing now." },
  { sh = "python3 -m pytest -q tests/test_pricing.py; grep -n 'discounted' shop/pricing.py" },
  { sh = [[awk '{ if ($0 == "    discounted = amount - percent") print "    discounted = amount - amount * percent / 100"; else print }' shop/pricing.py > /tmp/p.py && cp /tmp/p.py shop/pricing.py && rm /tmp/p.py && git diff --stat && python3 -m pytest -q]] },
  { sh = "git commit -q -am 'fix(pricing): take the coupon percentage of the amount, not the raw percent (SHOP-142)' && git status --short" },
  { submit = "fix" },
  { post = "#team", text = "@priya **SHOP-142 fixed and committed.** Cause: `apply_discount` subtracted the percent number itself (250 - 20 = 230) instead of 20% of the amount; now 250 with SPRING20 gives 200. Full test suite green, submitted for Marco's review." },
  { finish = true },
}
