-- Mistake for merge-conflict: merges origin/main, commits the conflicted files with the
-- markers still in them ("git add -A" silences git), pushes, and tells Ravi his change was
-- kept. Nothing on the branch even imports: must fail, and Ravi must not say thanks.
return {
  expect = { outcome = "failed", max_percent = 35 },
  { sh = "git fetch && git merge origin/main; git add -A && git commit -q --no-edit && git push" },
  { sh = "git fetch && git merge --no-edit origin/main; git push" },
  { submit = "conflict" },
  { say = "ravi", text = "Resolved the conflicts and pushed feature/late-fee, your currency change is kept. Thanks!" },
  { finish = true },
}
