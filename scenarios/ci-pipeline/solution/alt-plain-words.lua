-- careful-alt: diffs against the last green version with git show, edits with perl, sets the
-- variable with `env VAR=value` in the step, commits just the file by path; plain wording.
return {
  { sh = "./ci/run-pipeline 2>&1 | head -n 30" },
  { sh = "git show HEAD~1:.ci/pipeline.yml > /tmp/green.yml; diff /tmp/green.yml .ci/pipeline.yml; cat ci/README.md | head -20" },
  { sh = "perl -pi -e 's/^(\\s+needs:) \\[tests\\]/$1 [unit-tests]/; s/run: python -m pytest -q/run: env INVOICER_ENV=test python3 -m pytest -q/' .ci/pipeline.yml && git diff .ci/pipeline.yml" },
  { sh = "./ci/run-pipeline --report /tmp/r.json; echo exit=$?" },
  { sh = "python3 -c \"import json;print([(j['name'],j['status']) for j in json.load(open('/tmp/r.json'))['jobs']])\"" },
  { sh = "git commit .ci/pipeline.yml -q -m 'Repair CI after tidy-up: build depends on unit-tests, tests run with python3 and INVOICER_ENV=test' && git status --short && git log --oneline -2" },
  { say = "jonas", text = "Hi Jonas, CI on main is fixed and the change is committed. What went wrong in the tidy-up: 1) build depended on the tests job, which no longer exists under that name; 2) the pytest step called plain `python`, and the CI image has only python3 (exit 127); 3) the settings need INVOICER_ENV=test, and it disappeared together with the job's env section. I now pass it with `env` in the test step." },
  { say = "ana", text = "Hi Ana, CI on main is back to normal: lint, unit-tests, build and package all succeed, so 1.4.0 can be cut whenever you like." },
  { submit = "fix-pipeline" },
  { finish = true },
}
