-- Valid (round 8, pb8, the undoer): commits a first wrong fix (build's needs deleted, python3),
-- sees from the README that the order through needs is required, undoes that commit with
-- `git reset --soft HEAD~1`, restores the line, fixes the three faults properly and commits once.
-- The end state and the history since the base are the right fix in one commit: full marks.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "./ci/run-pipeline 2>&1 | tail -6" },
  { sh = "sed -i '/needs: \\[tests\\]/d; s/run: python -m pytest -q/run: python3 -m pytest -q/' .ci/pipeline.yml && git commit -qam 'ci: fix build' && ./ci/run-pipeline 2>&1 | tail -8" },
  { sh = "cat ci/README.md | head -60; git show HEAD~1:.ci/pipeline.yml | head -40" },
  { sh = "git reset -q --soft HEAD~1 && git checkout -- .ci/pipeline.yml 2>/dev/null; git restore --staged --worktree .ci/pipeline.yml && git status --short && grep -n 'needs\\|run:' .ci/pipeline.yml" },
  { sh = "grep -n INVOICER_ENV README.md service/*.py 2>/dev/null | head -5" },
  { sh = [[sed -i 's/needs: \[tests\]/needs: [unit-tests]/; s/^    run: python -m pytest -q$/    env:\n      INVOICER_ENV: test\n    run: python3 -m pytest -q/' .ci/pipeline.yml && git diff && ./ci/run-pipeline 2>&1 | tail -10]] },
  { sh = "git commit -qam 'ci: build needs unit-tests, run pytest with python3 and INVOICER_ENV=test' && git log --oneline -3" },
  { say = "jonas", text = "INV-311 done and committed. The clean-up broke three things: build still needed the old `tests` job after the rename, the tests ran `python` but the image only has python3 (exit 127), and the INVOICER_ENV: test env block was dropped, so the settings refused to load. All four jobs pass now." },
  { post = "#dev", text = "@ana pipeline on main is green (lint, unit-tests, build, package), ready to tag." },
  { submit = "fix-pipeline" },
  { finish = true },
}
