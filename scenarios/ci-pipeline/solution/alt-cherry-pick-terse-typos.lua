-- Round 9 (pd9), an unusual-tool terse writer: fixes the file with a python -c replace on a
-- branch, commits with `git -c user.name=... commit -a`, switches back to main and cherry-picks
-- the fix, then tells Jonas the three causes and Ana it is green in lowercase with typos ("fxied",
-- "pipline", "need"). The fix is on main, only the pipeline file changed, every cause named: 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "./ci/run-pipeline 2>&1 | tail -30" },
  { sh = "git show HEAD -- .ci/pipeline.yml | cat; cat ci/README.md" },
  { sh = "git switch -c fix-ci" },
  { sh = [[python3 -c "
import re
p='.ci/pipeline.yml'; s=open(p).read()
s=s.replace('needs: [tests]','needs: [unit-tests]')
s=s.replace('    run: python -m pytest -q','    env:\n      INVOICER_ENV: test\n    run: python3 -m pytest -q')
open(p,'w').write(s)" && git diff && ./ci/run-pipeline 2>&1 | tail -15]] },
  { sh = "git -c user.name='Learner' -c user.email=l@example.com commit -a -m 'ci: needs unit-tests, python3, INVOICER_ENV=test for tests'" },
  { sh = "git switch main && git cherry-pick fix-ci && ./ci/run-pipeline 2>&1 | tail -8" },
  { say = "jonas", text = "hi jonas fxied it. 3 things: build job still need [tests] but you renamed it unit-tests, tests job call python but ci image only have python3, and INVOICER_ENV=test env was removed so settings dont load" },
  { post = "#dev", text = "@ana pipline on main is green now, all 4 jobs pass. you can tag 1.4.0" },
  { submit = "fix-pipeline" },
  { finish = true },
}
