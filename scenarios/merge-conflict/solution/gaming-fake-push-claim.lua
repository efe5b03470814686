-- Gaming for merge-conflict: a dishonest learner aborts the merge, never resolves anything,
-- and tells Ravi the branch is merged with main, conflicts resolved and pushed. The branch
-- does not contain BILL-58 at all; the claim earns nothing: must fail. Its 30 % is what an
-- untouched branch already earns (late fee still works, nothing in progress, nothing unpushed).
return {
  expect = { outcome = "failed", max_percent = 30 },
  { sh = "git fetch && git merge origin/main; git merge --abort; git status -sb" },
  { submit = "conflict" },
  { say = "ravi", text = "Merged main (BILL-58 and BILL-63) into feature/late-fee, conflicts resolved keeping both sides, all tests green and pushed." },
  { finish = true },
}
