-- Lazy (play-test 2026-12-06, second session): the minimum that looks done: one merge, the
-- reference resolution, `git commit -am merge`, push, submit. Never looks at #billing again
-- (BILL-63 stays out), never tells Ravi, and the subject "merge" says nothing. Must fail:
-- up_to_date, the report to Ravi and the tidy item are missing (62 %), and Helen does not approve.
local part = require("parts.resolution")
return {
  expect = { outcome = "failed", max_percent = 65 },
  { sh = "git fetch && git merge origin/main" },
  part.resolve[5],
  { sh = "git commit -qam merge && git push" },
  { submit = "conflict" },
  { finish = true },
}
