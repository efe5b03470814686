-- Alternative (blind play, round 6, pf6): the careful day; Tom hears, lowercase, "approved in
-- principle once the two blockers are fixed: ..." with both blockers named. An approval that
-- waits on the fixes is a request for changes in reviewer's words. It scored 96 % (told_tom 0: a
-- hedged approval was a stamp whatever else the message said); now a hedge makes a stamp only
-- when the message asks for no changes (it still does for "approved in spirit, merge after the
-- freeze"): full marks.
local day = require("parts.day")
return {
  expect = { outcome = "passed", min_percent = 100 },
  table.unpack(day.careful_day({ tom_text = "tom: approved in principle once the two blockers are fixed: "
    .. "the cron line passes an unset $LABEL_DIR, and retention is 30 days where OPS-71 says 90. details in out/review-PR57.md" })),
}
