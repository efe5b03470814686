-- Sloppy junior (play 2026-12-06, playE): fixes the needs name and python3 from the tail of the
-- log, never runs the pipeline again to see the third fault, commits "ci fixes", tells Ana
-- "should be green now" and Jonas "a couple of typos". Must fail (38 %).
return { expect = { outcome = "failed", max_percent = 40 },
  { sh = "./ci/run-pipeline 2>&1 | tail -5" },
  { sh = "sed -i 's/needs: \\[tests\\]/needs: [unit-tests]/; s/python -m pytest/python3 -m pytest/' .ci/pipeline.yml && ./ci/run-pipeline 2>&1 | tail -5" },
  { sh = "git commit -qam 'ci fixes'" },
  { say = "ana", text = "should be green now" },
  { say = "jonas", text = "fixed the pipeline, a couple of typos" },
  { submit = "fix-pipeline" },
  { finish = true },
}
