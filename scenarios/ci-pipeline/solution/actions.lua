-- Reference solution for ci-pipeline: run the pipeline, read the log top-down, look at what the
-- clean-up changed, fix the three faults in .ci/pipeline.yml one run at a time, commit, tell
-- Jonas what was wrong and Ana that it is green, submit.
return {
  { sh = "./ci/run-pipeline" },
  { sh = "git log --oneline -3 && git show --stat HEAD | cat" },
  { sh = "git log -p -1 -- .ci/pipeline.yml | cat" },
  { sh = "sed -i 's/needs: \\[tests\\]/needs: [unit-tests]/' .ci/pipeline.yml && ./ci/run-pipeline" },
  { sh = "cat ci/README.md" },
  { sh = "sed -i 's/run: python -m pytest -q/run: python3 -m pytest -q/' .ci/pipeline.yml && ./ci/run-pipeline" },
  { sh = "grep -n INVOICER_ENV README.md" },
  { sh = [[sed -i 's/^    run: python3 -m pytest -q$/    env:\n      INVOICER_ENV: test\n    run: python3 -m pytest -q/' .ci/pipeline.yml && git diff]] },
  { sh = "./ci/run-pipeline" },
  { sh = "git add .ci/pipeline.yml && git commit -q -m 'ci: fix the pipeline after the clean-up (needs unit-tests, python3, INVOICER_ENV=test)' && git status --short" },
  { say = "jonas", text = "Hi Jonas, INV-311 is fixed and committed. Three things in the clean-up: build still had needs: [tests] after the rename to unit-tests, the job ran `python` but the CI image only has python3 (exit 127), and the env block you removed set INVOICER_ENV=test, which the settings need. All four jobs pass now." },
  { post = "#dev", text = "@ana the pipeline on main is green again (lint, unit-tests, build, package all pass), you can tag 1.4.0." },
  { submit = "fix-pipeline" },
  { finish = true },
}
