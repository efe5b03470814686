-- Mistake for first-bugfix: a sloppy learner makes the right code fix but commits it together
-- with a stray debug output file under the meaningless subject "wip", and tells Priya only
-- "done". The bug is fixed (that credit stays); scope, message and communication are lost,
-- and a reviewer would send it back: a fair grader does not pass it.
return {
  expect = { outcome = "failed", max_percent = 75 },
  { say = "priya", text = "ok looking" },
  { sh = [[sed -i 's|discounted = amount - percent$|discounted = amount * (1 - percent / Decimal(100))|' shop/pricing.py && python3 -m pytest -q > pytest-debug.txt; tail -1 pytest-debug.txt]] },
  { sh = "git add -A && git commit -q -m 'wip'" },
  { submit = "fix" },
  { say = "priya", text = "done" },
  { finish = true },
}
