-- Valid route (play-test 2026-12-06): one python edit (build needs [lint, unit-tests], env block,
-- python3 -m pytest without -q), a lowercase markdown explanation in bullets with arrows and code
-- spans, "pipeline's passing again ... good to tag" to Ana. Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "./ci/run-pipeline 2>&1 | tail -20" },
  { sh = "git show HEAD -- .ci/pipeline.yml | cat" },
  { sh = [[python3 - <<'PY'
p = ".ci/pipeline.yml"
s = open(p).read()
s = s.replace("needs: [tests]", "needs: [lint, unit-tests]")
s = s.replace("    run: python -m pytest -q\n", "    env:\n      INVOICER_ENV: test\n    run: python3 -m pytest\n")
open(p, "w").write(s)
PY
git diff; ./ci/run-pipeline 2>&1 | tail -15]] },
  { sh = "git commit -qam 'ci: build needs unit-tests, run pytest with python3 and INVOICER_ENV=test again' && git status --short" },
  { say = "jonas", text = "hi jonas, pipeline's fixed (committed). three things from the tidy-up:\n- `build` still had `needs: [tests]`, but that job is called `unit-tests` now, so the runner rejected the file\n- `python -m pytest` → exit 127, there's no `python` on the ci image, only python3\n- the job's `env:` with `INVOICER_ENV: test` had gone, and the settings won't load without it\nall four jobs go through locally now." },
  { post = "#dev", text = "@ana pipeline's passing again, all 4 jobs ok, good to tag 1.4.0" },
  { submit = "fix-pipeline" },
  { finish = true },
}
