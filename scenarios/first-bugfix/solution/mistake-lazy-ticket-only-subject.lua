-- Lazy (play-test, round 6): the right fix by sed, `git commit -am 'Fix SHOP-142'`, "on it" and
-- "Done, SHOP-142 fixed: 100% of the tests pass now." to Priya. The subject names only the ticket,
-- not what was fixed (it earned the message 10 through "shop-142"), and the report's "%" is the
-- test pass rate, not how the discount is computed (it earned the full 12 through "%" being both
-- a topic and a "how" word). Before: 100 %, passed. After: message 0, report 5 of 12: 83 %, and
-- failed: Marco asks for a subject that says what changed, as he does for any vague subject.
-- Round 7: no command ever ran the suite, so "100% of the tests pass now" is a claim without a
-- run: the report earns nothing (5 -> 0): 78 %, failed.
return {
  { say = "priya", text = "on it" },
  { sh = [[sed -i 's|discounted = amount - percent$|discounted = amount * (100 - percent) / 100|' shop/pricing.py]] },
  { sh = "git commit -qam 'Fix SHOP-142'" },
  { submit = "fix" },
  { say = "priya", text = "Done, SHOP-142 fixed: 100% of the tests pass now." },
  { finish = true },
  expect = { outcome = "failed", min_percent = 77, max_percent = 79 },
}
