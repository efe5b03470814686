-- Mistake in ci-pipeline: "it was green before, so revert Jonas's commit". The old pipeline
-- passes, but the package job the release needs is gone and the required job name unit-tests
-- with it.
return {
  expect = { outcome = "failed", max_percent = 40 },
  { sh = "./ci/run-pipeline" },
  { sh = "git log --oneline -3" },
  { sh = "git revert --no-edit HEAD && ./ci/run-pipeline" },
  { say = "jonas", text = "Your clean-up broke the pipeline (the build job needed tests, which was renamed), so I reverted it. It passes again." },
  { post = "#dev", text = "@ana main is green again" },
  { submit = "fix-pipeline" },
  { finish = true },
}
