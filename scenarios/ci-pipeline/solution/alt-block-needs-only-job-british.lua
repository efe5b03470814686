-- Careful junior on another route (play-test, round 6): compares with the last green file,
-- iterates on one job at a time with `--only`, writes build's needs as a block list, the job's
-- env value quoted and its run as a one-item list (all in the runner's YAML subset), commits by
-- path, then a lowercase British DM to Jonas (contractions, "hasn't got", "wasn't set") and a
-- release ping to Ana once it is committed. Must pass with 100 %.
return {
  { sh = "./ci/run-pipeline 2>&1 | tail -n 15" },
  { sh = "git diff HEAD~1 HEAD -- .ci/pipeline.yml | cat; sed -n '1,12p' ci/README.md" },
  { sh = [[python3 - <<'PY'
p = ".ci/pipeline.yml"
s = open(p).read()
s = s.replace("    needs: [tests]\n", "    needs:\n      - unit-tests\n")
s = s.replace("    run: python -m pytest -q\n", '    env:\n      INVOICER_ENV: "test"\n    run:\n      - python3 -m pytest -q\n')
open(p, "w").write(s)
PY
./ci/run-pipeline --print-config | head -c 600; echo; ./ci/run-pipeline --only unit-tests 2>&1 | tail -n 4]] },
  { sh = "./ci/run-pipeline 2>&1 | tail -n 8" },
  { sh = "git commit -q -m 'ci: build waits on unit-tests again; tests use python3 with INVOICER_ENV set' -- .ci/pipeline.yml && git status --short && git log --oneline -n 1" },
  { say = "jonas", text = "hiya jonas, sorted and committed. three bits from the tidy-up: build was still waiting on a job called tests, which you'd renamed to unit-tests, so the runner rejected the file; the ci image hasn't got a `python` binary, only python3 (hence exit 127); and the tests' env section went, so INVOICER_ENV wasn't set and the settings refused to load." },
  { say = "ana", text = "hi ana, main's pipeline is passing again: lint, unit-tests, build and package all succeeded, so 1.4.0 is yours to tag." },
  { submit = "fix-pipeline" },
  { finish = true },
  expect = { outcome = "passed", min_percent = 100 },
}
