-- Mistake for ci-pipeline: fixes the three faults correctly, but leaves a `ci-debug.log` (the
-- pipeline output it tee'd while debugging) and commits everything with `git add -A` under the
-- subject "stuff"; tells Jonas only "fixed it" and Ana "should be ok now". The pipeline is green
-- (the work is done, so it passes), but scope, message and the explanation lose their credit: 71 %.
return {
  expect = { outcome = "passed", max_percent = 71 },
  { sh = "./ci/run-pipeline 2>&1 | tee ci-debug.log | tail -n 5" },
  { sh = [[sed -i -e 's/needs: \[tests\]/needs: [unit-tests]/' -e 's/^    run: python -m pytest -q$/    env:\n      INVOICER_ENV: test\n    run: python3 -m pytest -q/' .ci/pipeline.yml && ./ci/run-pipeline 2>&1 | tee -a ci-debug.log | tail -n 3]] },
  { sh = "git add -A && git commit -qm stuff" },
  { say = "jonas", text = "fixed it" },
  { say = "ana", text = "should be ok now" },
  { submit = "fix-pipeline" },
  { finish = true },
}
