-- Alternative (blind play, round 6, pf6): the careful day; Tom hears a full review in one DM:
-- "request changes", both blockers with why, then "The rest looks good; the log format is your
-- call." That last sentence plays down the log format only, beside a plain request for changes.
-- It scored 96 % (told_tom 0): "your call" anywhere with a grant ("looks good") made the whole
-- message a rubber stamp, and with round 6's false_verdict it would have failed. Now a
-- playing-down word counts only in a sentence that grants the merge: full marks.
local day = require("parts.day")
return {
  expect = { outcome = "passed", min_percent = 100 },
  table.unpack(day.careful_day({ tom_text = "Hi Tom, my review of PR-57 is in out/review-PR57.md: request changes. "
    .. "Blocking: the cron line passes $LABEL_DIR, which the crontab never sets (it defines LABELS_DIR), so find runs on an empty path; "
    .. "and RETENTION_DAYS is 30 where OPS-71 says 90 for legal. The rest looks good; the log format is your call." })),
}
