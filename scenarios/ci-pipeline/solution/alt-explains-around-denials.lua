-- Alternative: the fix with awk, and an explanation that says what was NOT wrong next to what
-- was: "the rename itself wasn't the problem", "the settings code is not the issue", Jonas's own
-- "unused bits" in quotes, "you removed the env block thinking it was unused". None of these
-- denies a cause: each of the three is credited (a denial rule that read them so would cost 20).
return {
  { sh = "./ci/run-pipeline 2>&1 | head -n 15; git show --stat HEAD | head -12" },
  { sh = [==[awk '{ if ($0 == "    needs: [tests]") print "    needs: [unit-tests]"; else if ($0 == "    run: python -m pytest -q") { print "    env:"; print "      INVOICER_ENV: test"; print "    run: python3 -m pytest -q" } else print }' .ci/pipeline.yml > /tmp/p.yml && cp /tmp/p.yml .ci/pipeline.yml && git diff --stat && ./ci/run-pipeline 2>&1 | tail -n 6]==] },
  { sh = "git commit -qam 'Pipeline: build waits for unit-tests, pytest via python3 with INVOICER_ENV=test' && git log --oneline -1" },
  { say = "jonas", text = "Hi Jonas! The rename itself wasn't the problem, but build's needs still pointed at `tests`, a job that no longer exists. The settings code is not the issue either: you removed the env block thinking it was unused, and without INVOICER_ENV the settings refuse to load. Your 'unused bits' also hid a third one: the step called python, which the CI image doesn't have (python3 only). Committed." },
  { post = "#dev", text = "@ana all four jobs pass on main now (lint, unit-tests, build, package): ready for the 1.4.0 tag." },
  { submit = "fix-pipeline" },
  { finish = true },
}
