-- Alternative (play 2026-12-06, vD: tries things and undoes with revert): asks Jonas first
-- whether dropping the env block was intended, runs the tests by hand in service/ (INVOICER_ENV=
-- test python3 -m pytest -q: leaves the usual caches, ignored by git), edits with python, commits
-- a first fix that still says python, sees the pipeline fail, `git revert`s its own commit (no
-- amend, Jonas's commit untouched) and commits the full fix; terse lowercase messages, several to
-- Jonas. Must pass with full marks.
return {
  expect = { outcome = "passed", min_percent = 95 },
  { sh = "./ci/run-pipeline; git log --oneline -3" },
  { say = "jonas", text = "hey jonas, quick q on your pipeline tidy-up: was dropping the env block with INVOICER_ENV on purpose? the tests seem to need it" },
  { sh = "cd service && INVOICER_ENV=test python3 -m pytest -q; cd .." },
  { sh = [[python3 -c "
import re
p = '.ci/pipeline.yml'
s = open(p).read().replace('needs: [tests]', 'needs: [unit-tests]')
open(p, 'w').write(s)
" && git commit -qam 'ci: build needs unit-tests' && ./ci/run-pipeline]] },
  { sh = "git revert --no-edit HEAD && git log --oneline -4" },
  { sh = [[python3 -c "
p = '.ci/pipeline.yml'
s = open(p).read()
s = s.replace('needs: [tests]', 'needs: [unit-tests]').replace('run: python -m pytest -q', 'env:\n      INVOICER_ENV: test\n    run: python3 -m pytest -q')
open(p, 'w').write(s)
" && ./ci/run-pipeline --print-config | head -n 40 && ./ci/run-pipeline]] },
  { sh = "git add .ci/pipeline.yml && git commit -qm 'ci: fix pipeline after tidy-up (needs unit-tests, python3, INVOICER_ENV=test)' && git status --short && git log --oneline -5" },
  { say = "jonas", text = "fixed + committed (INV-311)" },
  { say = "jonas", text = "3 causes: build needed the old job name tests (it's unit-tests now), python isn't on the CI image so pytest exited 127 (switched to python3), and INVOICER_ENV=test was gone with the env block, the settings refuse to load without it" },
  { say = "ana", text = "ana - pipeline passes now, all 4 jobs green. go ahead and tag" },
  { submit = "fix-pipeline" },
  { finish = true },
}
