-- Alternative (blind play, round 6, pf6): edits both pytest faults in one perl -0pi line with the
-- variable set inline on the run line, tries the one job with --only unit-tests, runs the whole
-- pipeline, commits with commit -am, and tells both colleagues in one #dev post naming them
-- (@jonas @ana) what was wrong. A valid, different route: full marks.
return { expect = { outcome = "passed", min_percent = 100 },
  { sh = "./ci/run-pipeline 2>&1 | head -40" },
  { sh = "git log -p -1 -- .ci/pipeline.yml | cat" },
  { sh = "perl -0pi -e 's/needs: \\[tests\\]/needs: [unit-tests]/; s/run: python -m pytest -q/run: INVOICER_ENV=test python3 -m pytest -q/' .ci/pipeline.yml && git diff" },
  { sh = "./ci/run-pipeline --only unit-tests; echo rc=$?" },
  { sh = "./ci/run-pipeline; echo rc=$?" },
  { sh = "git commit -am 'ci: fix needs for build, run pytest with python3 and INVOICER_ENV=test'" },
  { post = "#dev", text = "@jonas @ana pipeline is green again, fix is on main. What broke: build still said needs: [tests] but the job is unit-tests now, the image has no `python` binary (only python3), and the INVOICER_ENV=test env the tests need was dropped with the env block. I set it inline in the run line." },
  { submit = "fix-pipeline" },
  { finish = true },
}
