-- Alternative order (written with the exec-trace rule for "looked at Tom's change"): the learner
-- reads PR-57 first thing, with the installed git (git log --stat, git show of his script and
-- crontab through cat -n, git diff main...tom/purge-labels), before any other work, and then has
-- the careful day. Every read is a real git exec that opens tom/purge-labels, so telling Tom the
-- verdict later earns the full told_tom points. Must score 100 %.
local day = require("parts.day")

local script = day.steps(
  day.review_read,
  { sh = "git diff main...tom/purge-labels -- ops/crontab" },
  day.ops88_first,
  { wait = 300 },
  day.answer_sam,
  day.review_file(day.REVIEW), { submit = "review" },
  { say = "tom", text = "Review is in: request changes. The cron line passes an unset $LABEL_DIR (empty argument), and retention must be 90 days per OPS-71." },
  { wait = 600 },
  day.eta_on_branch,
  { say = "dana", text = "SHIP-231 is on fix/SHIP-231 because of the freeze: Saturday counted as a business day. Regression tests added, suite green." },
  { finish = true })
script.expect = { outcome = "passed", min_percent = 100 }
return script
