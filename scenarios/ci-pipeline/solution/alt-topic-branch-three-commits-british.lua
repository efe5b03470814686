-- Alternative (play 2026-12-06, vD: a git-tidy junior): works on a topic branch (git switch -c
-- fix/ci-pipeline), fixes one fault per run and commits each on its own (three small commits),
-- merges the branch back into main with --no-ff (Jonas's commit stays in the history), tells
-- Jonas in British markdown bullets what the clean-up broke, and Ana in #dev in lowercase that
-- it's green. Must pass with full marks.
return {
  expect = { outcome = "passed", min_percent = 95 },
  { sh = "cat ci/README.md; git branch --show-current; git switch -c fix/ci-pipeline" },
  { sh = "./ci/run-pipeline" },
  { sh = "sed -i 's/needs: \\[tests\\]/needs: [unit-tests]/' .ci/pipeline.yml && git commit -qam 'ci: build needs unit-tests (renamed from tests)' && ./ci/run-pipeline" },
  { sh = "sed -i 's/python -m pytest/python3 -m pytest/' .ci/pipeline.yml && git commit -qam 'ci: run pytest with python3, the image has no python' && ./ci/run-pipeline" },
  { sh = "git show HEAD~3:.ci/pipeline.yml | grep -n -B2 -A2 INVOICER_ENV" },
  { sh = [[sed -i 's/^    run: python3 -m pytest -q$/    env:\n      INVOICER_ENV: test\n    run: python3 -m pytest -q/' .ci/pipeline.yml && ./ci/run-pipeline && git commit -qam 'ci: restore INVOICER_ENV=test for unit-tests']] },
  { sh = "git switch main && git merge --no-ff -q -m 'Merge fix/ci-pipeline: pipeline green again (INV-311)' fix/ci-pipeline && git log --oneline --graph -6 && git status --short && ./ci/run-pipeline" },
  { say = "jonas", text = "Hi Jonas, I've sorted INV-311, the fix is merged to main. The tidy-up broke three things:\n\n- `build` still had `needs: [tests]`, but the job is called `unit-tests` now, so the runner refused the file\n- the test job ran `python`, which the CI image doesn't have (exit 127): it's `python3` now\n- the job's env block with `INVOICER_ENV: test` had gone, and the settings won't load without it\n\nAll four jobs pass locally." },
  { post = "#dev", text = "@ana pipeline's green again on main, all four jobs pass - fine to tag 1.4.0" },
  { submit = "fix-pipeline" },
  { finish = true },
}
