-- Sloppy: fixes all three faults with one sed, but commits with `git add -A` (the saved CI log
-- ci-output.txt too) under the subject "stuff", tells Jonas only "fixed" and never pings Ana.
-- The message check fails (a "stuff" commit cost nothing before), scope fails for the log file.
return { expect = { outcome = "failed", max_percent = 62 },
  { sh = "./ci/run-pipeline 2>&1 | tail -n 20" },
  { sh = [[sed -i -e 's/needs: \[tests\]/needs: [unit-tests]/' -e 's/^    run: python -m pytest -q$/    env:\n      INVOICER_ENV: test\n    run: python3 -m pytest -q/' .ci/pipeline.yml && ./ci/run-pipeline 2>&1 | tail -n 5]] },
  { sh = "./ci/run-pipeline > ci-output.txt 2>&1; git add -A && git commit -q -m 'stuff'" },
  { say = "jonas", text = "fixed the ci, some stuff in the yaml was off" },
  { submit = "fix-pipeline" },
  { finish = true },
}
