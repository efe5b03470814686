-- Mistake in ci-pipeline: the file is fixed right, but never committed (the servers never see
-- it), Jonas only hears "fixed" without what was wrong, and Ana, waiting to release, hears
-- nothing.
return {
  expect = { outcome = "failed", max_percent = 65 },
  { sh = "./ci/run-pipeline" },
  { sh = "git diff HEAD~1 -- .ci/pipeline.yml" },
  { sh = [[sed -i 's/needs: \[tests\]/needs: [unit-tests]/; s/^    run: python -m pytest -q$/    env:\n      INVOICER_ENV: test\n    run: python3 -m pytest -q/' .ci/pipeline.yml && ./ci/run-pipeline]] },
  { say = "jonas", text = "fixed it, all good now" },
  { submit = "fix-pipeline" },
  { finish = true },
}
