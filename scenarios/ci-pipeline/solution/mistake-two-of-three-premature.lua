-- Sloppy (play-test): fixes needs and python3, commits without running the pipeline again and
-- tells Ana "it passes now": the env fault is still there. Must fail (45 %).
return {
  expect = { outcome = "failed", max_percent = 50 },
  { sh = "./ci/run-pipeline 2>&1 | tail -8" },
  { sh = "sed -i 's/needs: \\[tests\\]/needs: [unit-tests]/; s/run: python -m pytest -q/run: python3 -m pytest -q/' .ci/pipeline.yml && git commit -qam 'ci: build needs unit-tests, python3 for pytest'" },
  { say = "jonas", text = "Fixed: build still depended on the old tests job after the rename, and the image has no python, only python3." },
  { post = "#dev", text = "@ana pipeline's fixed, it passes now, go ahead and tag." },
  { submit = "fix-pipeline" },
  { finish = true },
}
