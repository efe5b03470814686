-- Mistake in ci-pipeline: instead of pointing build at the renamed job, delete build's needs.
-- Green, but build (and the release archive) would now be made even when the tests fail.
return {
  expect = { max_percent = 85 },
  { sh = "./ci/run-pipeline" },
  { sh = "sed -i '/needs: \\[tests\\]/d' .ci/pipeline.yml && ./ci/run-pipeline" },
  { sh = "sed -i 's/run: python -m pytest -q/run: python3 -m pytest -q/' .ci/pipeline.yml && ./ci/run-pipeline" },
  { sh = [[sed -i 's/^    run: python3 -m pytest -q$/    env:\n      INVOICER_ENV: test\n    run: python3 -m pytest -q/' .ci/pipeline.yml && ./ci/run-pipeline]] },
  { sh = "git commit -qam 'ci: repair pipeline after the clean-up'" },
  { say = "jonas", text = "Done and committed. build needed a job named tests that no longer exists so I removed that line, python isn't installed on CI (python3 is), and INVOICER_ENV=test was missing." },
  { post = "#dev", text = "@ana pipeline on main is green now" },
  { submit = "fix-pipeline" },
  { finish = true },
}
