-- Alternative for ci-pipeline: ask Jonas before changing anything, fix the file with a python
-- one-off, put INVOICER_ENV in the pipeline-wide env block, run single jobs with --only, and
-- tell Jonas and Ana separately by direct message.
return {
  { sh = "./ci/run-pipeline" },
  { say = "jonas", text = "Hi Jonas, build needs a job called tests, but the job is unit-tests now. Was the rename on purpose, so I should point build at unit-tests?" },
  { sh = [[python3 - <<'PY'
import pathlib
p = pathlib.Path(".ci/pipeline.yml")
s = p.read_text()
s = s.replace("needs: [tests]", "needs: [unit-tests]")
s = s.replace("python -m pytest", "python3 -m pytest")
s = s.replace('  PYTHONDONTWRITEBYTECODE: "1"\n', '  PYTHONDONTWRITEBYTECODE: "1"\n  INVOICER_ENV: test\n')
p.write_text(s)
PY
./ci/run-pipeline --only unit-tests]] },
  { sh = "./ci/run-pipeline && git add -A .ci && git commit -q -m 'ci: point build at unit-tests, use python3, set INVOICER_ENV=test'" },
  { say = "jonas", text = "Fixed and committed. It was three things: the needs of build still said tests (renamed to unit-tests), the test job called python instead of python3, and INVOICER_ENV was not set anymore, so the settings refused to load. I put INVOICER_ENV in the top-level env." },
  { say = "ana", text = "Hi Ana, the pipeline on main is green now, you can tag 1.4.0." },
  { submit = "fix-pipeline" },
  { finish = true },
}
