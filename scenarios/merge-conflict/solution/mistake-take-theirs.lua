-- Mistake for merge-conflict: "resolves" by taking Ravi's side of every conflicted file, so the
-- learner's own late fee and its tests silently disappear; the suite is green, it is pushed.
return {
  expect = { outcome = "failed", max_percent = 60 },
  { sh = "git fetch && git merge origin/main; git checkout --theirs billing/invoice.py tests/test_invoice.py && git add -A && git commit -q --no-edit && python3 -m pytest -q" },
  { sh = "git fetch && git merge --no-edit origin/main && git push" },
  { submit = "conflict" },
  { say = "ravi", text = "Merged main into feature/late-fee and pushed: I kept your format_money version of summary()." },
  { finish = true },
}
