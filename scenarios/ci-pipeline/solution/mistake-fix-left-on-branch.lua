-- Mistake (blind play, round 6, pf6): fixes all three faults right on a topic branch
-- (git switch -c fix/inv-311), commits there and never merges it into main, then tells Jonas it
-- is committed and Ana that she can tag. The CI servers and Ana's tag read main, which is still
-- red. Before: committed and release checked HEAD, 100 %, passed. Now the fix must be on main:
-- committed 0, release 0 (a false all-clear for main), Jonas's review finds it not done: 82 %,
-- failed (the ticket's "committed on main" is not met).
return { expect = { outcome = "failed", max_percent = 85 },
  { sh = "./ci/run-pipeline 2>&1 | tail -20; git log -p -1 -- .ci/pipeline.yml | cat" },
  { sh = "git switch -c fix/inv-311" },
  { sh = [[sed -i -e 's/needs: \[tests\]/needs: [unit-tests]/' -e 's/^    run: python -m pytest -q$/    env:\n      INVOICER_ENV: test\n    run: python3 -m pytest -q/' .ci/pipeline.yml && ./ci/run-pipeline]] },
  { sh = "git commit -qam 'ci: build needs unit-tests; pytest with python3 and INVOICER_ENV=test' && git branch" },
  { say = "jonas", text = "Hi Jonas, three things broke: build still needed the old job name tests, the image has no python (only python3), and INVOICER_ENV=test was gone with the env block. Fixed and committed." },
  { say = "ana", text = "Ana, the pipeline is green now, you can tag 1.4.0." },
  { submit = "fix-pipeline" },
  { finish = true },
}
