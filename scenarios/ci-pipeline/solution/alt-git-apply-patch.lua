-- Alternative for ci-pipeline: reads the log and the clean-up diff, then fixes all three faults
-- at once with a hand-written unified diff fed to `git apply` (another tool, one step, the job
-- env written as a quoted string), checks with `git apply --check` first, re-runs the pipeline,
-- commits the file by path; explains to Jonas in a numbered list, tells Ana by DM. Must be 100 %.
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "./ci/run-pipeline; git show HEAD -- .ci/pipeline.yml | cat" },
  { sh = "cat ci/README.md | head -n 40; grep -rn INVOICER_ENV README.md service | head -n 5" },
  { sh = [[cat > /tmp/ci-fix.patch <<'EOF2'
--- a/.ci/pipeline.yml
+++ b/.ci/pipeline.yml
@@ -14,10 +14,12 @@
   unit-tests:
     needs: [lint]
     working_directory: service
-    run: python -m pytest -q
+    env:
+      INVOICER_ENV: "test"
+    run: python3 -m pytest -q
 
   build:
-    needs: [tests]
+    needs: [unit-tests]
     run: python3 tools/build_dist.py --out dist
 
   package:
EOF2
git apply --check /tmp/ci-fix.patch && git apply /tmp/ci-fix.patch && git diff --stat && ./ci/run-pipeline]] },
  { sh = "git add .ci/pipeline.yml && git commit -q -m 'ci: repair pipeline after clean-up: build needs unit-tests, run python3, set INVOICER_ENV=test' && git status --short" },
  { say = "jonas", text = "Hi Jonas, INV-311 fixed and committed. The clean-up broke three things:\n1. build still said needs: [tests], but the job is called unit-tests now\n2. unit-tests ran `python`, which the CI image doesn't have (only python3, exit 127)\n3. the env block you dropped set INVOICER_ENV=test, which the settings require for the tests\nAll four jobs pass locally now." },
  { say = "ana", text = "Hi Ana, the pipeline on main is green again (lint, unit-tests, build and package all pass), so 1.4.0 can be tagged." },
  { submit = "fix-pipeline" },
  { finish = true },
}
