-- Sloppy (play-test 2026-12-06, second session): resolves like the reference, but saves the
-- test run to debug.txt and commits everything with `git add -A && git commit -m wip`, then does
-- the rest right (BILL-63, push, report to Ravi). The work is right, so it passes, but the stray
-- debug.txt and the "wip" subject cost the tidy item (5 of 105): 95 %, where it scored 100 %
-- before commit hygiene was graded here.
local part = require("parts.resolution")
return {
  expect = { outcome = "passed", min_percent = 94, max_percent = 96 },
  part.resolve[1],
  part.resolve[2],
  part.resolve[4],
  part.resolve[5],
  { sh = "python3 -m pytest -q > debug.txt 2>&1; git add -A && git commit -q -m wip && git push" },
  { sh = "git fetch && git merge --no-edit origin/main && python3 -m pytest -q && git push" },
  { submit = "conflict" },
  { post = "#billing", text = part.report },
  { finish = true },
}
