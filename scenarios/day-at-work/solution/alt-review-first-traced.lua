-- Alternative order (written with the exec-trace rule for "looked at Tom's change"): the learner
-- reads PR-57 first thing, with the installed git (git log --stat, git show of his script and
-- crontab through cat -n, git diff main...tom/purge-labels), before any other work, and then has
-- the careful day. Every read is a real git exec that opens tom/purge-labels, so telling Tom the
-- verdict later earns the full told_tom points. Must score 100 %.
local day = require("parts.day")

local script = day.steps(
  day.review_read,
  { sh = "git diff main...tom/purge-labels -- ops/crontab" },
  day.careful_day_read_before)
script.expect = { outcome = "passed", min_percent = 100 }
return script
