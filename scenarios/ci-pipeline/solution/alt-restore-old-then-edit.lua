-- Valid route (play-test): takes the file from before the clean-up (git show HEAD~1:...), renames
-- the job, re-adds the package job; explains in two British DMs, tells Ana by DM. Must score 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "./ci/run-pipeline 2>&1 | tail -6; git log --oneline -4" },
  { sh = "git diff HEAD~1 HEAD -- .ci/pipeline.yml | cat" },
  { sh = [[git show HEAD~1:.ci/pipeline.yml > .ci/pipeline.yml && sed -i 's/^  tests:$/  unit-tests:/; s/needs: \[tests\]/needs: [unit-tests]/' .ci/pipeline.yml && cat >> .ci/pipeline.yml <<'YML'

  package:
    needs: [build]
    run:
      - python3 tools/package.py dist
      - ls -l dist
YML
git diff; ./ci/run-pipeline 2>&1 | tail -8]] },
  { sh = "git add .ci/pipeline.yml && git commit -q -m 'ci: restore the unit-tests env and python3, point build at unit-tests (INV-311)' && git status --short" },
  { say = "jonas", text = "Hiya Jonas, I've put the pipeline right. Your tidy-up renamed tests to unit-tests, but build still depended on tests, so the runner refused the whole file." },
  { say = "jonas", text = "Then the job called python, which isn't on the CI image (exit 127): it's python3 only. And the env block with INVOICER_ENV=test was removed; the settings refuse to load without it. Kept your package job; all four jobs pass locally and it's committed." },
  { say = "ana", text = "Hi Ana, the pipeline's passing again (lint, unit-tests, build and package all succeeded), so you're fine to cut 1.4.0." },
  { submit = "fix-pipeline" },
  { finish = true },
}
