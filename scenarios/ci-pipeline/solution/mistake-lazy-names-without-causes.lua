-- Lazy (play-test, round 6): the right fix, committed, but Jonas only hears what the learner
-- typed, not what was wrong: "checked locally with INVOICER_ENV=test and python3, every job name
-- is still there and build passes". Before: explained 20/20 (python3 alone, "job name" + "build"
-- and "INVOICER_ENV=test" each counted as a cause named): 100 %. Now none of the three causes
-- is stated: 3 for "fixed", 83 %, passed (the pipeline fix itself is right).
return {
  { sh = "./ci/run-pipeline 2>&1 | tail -n 5" },
  { sh = [[sed -i 's/needs: \[tests\]/needs: [unit-tests]/; s/^    run: python -m pytest -q$/    env:\n      INVOICER_ENV: test\n    run: python3 -m pytest -q/' .ci/pipeline.yml && ./ci/run-pipeline 2>&1 | tail -n 3]] },
  { sh = "git commit -qam 'ci: build needs unit-tests, pytest via python3 with INVOICER_ENV=test'" },
  { say = "jonas", text = "Hi Jonas, all fixed and committed. I checked locally with INVOICER_ENV=test and python3, every job name is still there and build passes." },
  { say = "ana", text = "Hi Ana, the pipeline on main is green, you can tag 1.4.0." },
  { submit = "fix-pipeline" },
  { finish = true },
  expect = { outcome = "passed", min_percent = 83, max_percent = 83 },
}
