-- Alternative (play 2026-12-06, vD: reads everything first, one edit at the end): reads the
-- README and ci/README.md, runs the pipeline with --report /tmp/ci.json and reads the JSON,
-- diffs HEAD~1 for the pipeline file, writes the fixed file with awk into /tmp and copies it over,
-- runs each job with --only and then the whole pipeline twice, commits once, and tells Jonas in
-- British prose ("I've analysed the log ...") and Ana by DM. Must pass with full marks.
return {
  expect = { outcome = "passed", min_percent = 95 },
  { sh = "cat README.md ci/README.md" },
  { sh = "./ci/run-pipeline --report /tmp/ci.json; cat /tmp/ci.json" },
  { sh = "git diff HEAD~1 HEAD -- .ci/pipeline.yml" },
  { sh = [[awk '
/needs: \[tests\]/ { sub(/\[tests\]/, "[unit-tests]") }
/^    run: python -m pytest -q$/ { print "    env:"; print "      INVOICER_ENV: test"; sub(/python -m/, "python3 -m") }
{ print }' .ci/pipeline.yml > /tmp/pipeline.yml && diff .ci/pipeline.yml /tmp/pipeline.yml; cp /tmp/pipeline.yml .ci/pipeline.yml && rm /tmp/pipeline.yml]] },
  { sh = "./ci/run-pipeline --only lint && ./ci/run-pipeline --only unit-tests" },
  { sh = "./ci/run-pipeline --report /tmp/ci.json && ./ci/run-pipeline" },
  { sh = "git add .ci/pipeline.yml && git commit -qm 'Fix CI after pipeline tidy-up: build needs unit-tests, python3, INVOICER_ENV' && git status --short" },
  { say = "jonas", text = "Hi Jonas, I've analysed the pipeline log and your last commit. Three faults: the build job still depended on a job called tests, which no longer exists since the rename to unit-tests; the unit-tests job called python, which isn't installed on the CI image; and the env block that set INVOICER_ENV to test was removed, so the settings refused to load. All three are fixed in one commit and the whole pipeline passes." },
  { say = "ana", text = "Hi Ana, the pipeline is green again on main (lint, unit-tests, build and package all passed), so 1.4.0 can be tagged whenever you're ready." },
  { submit = "fix-pipeline" },
  { finish = true },
}
