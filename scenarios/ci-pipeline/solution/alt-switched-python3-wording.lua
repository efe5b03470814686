-- Careful junior on another route (play-test, round 6): fixes the file in one awk pass, commits,
-- and tells Jonas what changed as changes: "pointed build's needs at unit-tests", "switched the
-- test step to python3", "put INVOICER_ENV back". python3 named as the change it was (not only
-- as what the learner typed) names the python cause: must pass with 100 %.
return {
  { sh = "./ci/run-pipeline 2>&1 | tail -n 4; cat ci/README.md | sed -n '1,6p'" },
  { sh = [[awk '{ if ($0 ~ /needs: \[tests\]/) sub(/\[tests\]/, "[unit-tests]"); if ($0 == "    run: python -m pytest -q") { print "    env:"; print "      INVOICER_ENV: test"; print "    run: python3 -m pytest -q"; next } print }' .ci/pipeline.yml > /tmp/p.yml && cp /tmp/p.yml .ci/pipeline.yml && ./ci/run-pipeline 2>&1 | tail -n 3]] },
  { sh = "git commit -qam 'ci: build needs unit-tests; unit-tests runs python3 with INVOICER_ENV=test' && git status --short" },
  { say = "jonas", text = "Hi Jonas, the pipeline is fixed and committed. I pointed build's needs at unit-tests, because it still referred to the renamed tests job. I switched the test step to python3. And I put INVOICER_ENV back in the job's env, since the settings refuse to load without it." },
  { say = "ana", text = "Hi Ana, main is green now, all four jobs pass: you can tag 1.4.0." },
  { submit = "fix-pipeline" },
  { finish = true },
  expect = { outcome = "passed", min_percent = 100 },
}
