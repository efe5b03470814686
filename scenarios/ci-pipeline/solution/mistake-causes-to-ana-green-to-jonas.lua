-- Round 10 (pd10): the wrong recipient. The fix is right and committed, but the three causes go
-- to Ana (who tags releases) and "it's green, you can tag" goes to Jonas: neither person gets
-- what they needed: explained 3 (Jonas heard only "green"), release 0 (Ana was never told it was
-- green). The fix itself is whole (70 of the checks and scope), so the run passes at 73 %, as a
-- quiet but correct fix does.
return {
  expect = { outcome = "passed", max_percent = 73 },
  { sh = "./ci/run-pipeline | tail -n 5; git log -p -1 -- .ci/pipeline.yml | cat" },
  { sh = [[sed -i -e 's/needs: \[tests\]/needs: [unit-tests]/' -e 's/^    run: python -m pytest -q$/    env:\n      INVOICER_ENV: test\n    run: python3 -m pytest -q/' .ci/pipeline.yml && ./ci/run-pipeline | tail -n 3]] },
  { sh = "git commit -qam 'ci: fix pipeline after the clean-up' && git log --oneline -1" },
  { say = "ana", text = "Hi Ana, the pipeline broke because build still needed the old tests job, the test step used python instead of python3, and INVOICER_ENV=test was removed from the job's env." },
  { say = "jonas", text = "Hi Jonas, the pipeline is green again, all four jobs pass, you can tag the release." },
  { submit = "fix-pipeline" },
  { finish = true },
}
