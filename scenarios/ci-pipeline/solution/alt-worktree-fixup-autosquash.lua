-- Round 10 (pd10): the git expert. The fix is made in a `git worktree` on a topic branch, one
-- commit plus two `--fixup` commits squashed with `GIT_SEQUENCE_EDITOR=: git rebase -i
-- --autosquash`, tried with `timeout 300 python3 ci/run-pipeline` in the worktree, then main is
-- fast-forwarded to it. Jonas is told by name in #dev, Ana by DM.
return {
  { sh = "timeout 300 ./ci/run-pipeline 2>&1 | tail -n 5; git log --oneline -3" },
  { sh = "git log -p -1 -- .ci/pipeline.yml | cat" },
  { sh = "git worktree add -q /tmp/fixwt -b fix/inv-311 && cd /tmp/fixwt && git log --oneline -1" },
  { sh = "sed -i 's/needs: \\[tests\\]/needs: [unit-tests]/' .ci/pipeline.yml && git commit -qam 'ci: build needs unit-tests after the rename'" },
  { sh = "sed -i 's/run: python -m pytest -q/run: python3 -m pytest -q/' .ci/pipeline.yml && git commit -qa --fixup=HEAD" },
  { sh = [[sed -i 's/^    run: python3 -m pytest -q$/    env:\n      INVOICER_ENV: test\n    run: python3 -m pytest -q/' .ci/pipeline.yml && git commit -qa --fixup=HEAD~1]] },
  { sh = "GIT_SEQUENCE_EDITOR=: git rebase -q -i --autosquash HEAD~3 && git log --oneline -3 && git show --stat HEAD | cat" },
  { sh = "timeout 300 python3 ci/run-pipeline; echo rc=$?" },
  { sh = "cd /workspace && git merge --ff-only fix/inv-311 && git worktree remove /tmp/fixwt && git status --short && git log --oneline -2" },
  { post = "#dev", text = "Jonas, INV-311: three things in the clean-up broke it. build still had needs: [tests] after tests was renamed to unit-tests, the unit-tests job ran `python` but the CI image only has python3, and the job's env block with INVOICER_ENV=test was removed, which the settings need to load. Fixed in one commit on main, the local pipeline passes." },
  { say = "ana", text = "Hi Ana, the pipeline on main is green again, all four jobs pass: you can tag 1.4.0." },
  { submit = "fix-pipeline" },
  { finish = true },
}
