-- Mistake (blind play, round 6, pf6): under Tom's pressure the learner says "sure, approved, go
-- ahead" before reading PR-57, then reads it properly, files a right review and tells Tom
-- "scratch my approval, don't merge" with both blockers. An approval given unread and taken back
-- before Tom merged is the correction the scenario wants: told_tom 3 (he nearly merged it), no
-- false_verdict (the verdict he is left with is the learner's real review): 98 %, passed. Pins
-- the boundary of round 6's rule: only an approval never taken back fails the run.
local day = require("parts.day")

return {
  expect = { outcome = "passed", min_percent = 97, max_percent = 98.1 },
  table.unpack(day.steps(
    day.ops88_first,
    { wait = 300 },
    day.answer_sam,
    { say = "tom", text = "Sure, approved, go ahead and merge it before the freeze." },
    day.review_read, { wait = 120 }, day.review_file(day.REVIEW), { submit = "review" },
    { say = "tom", text = "Tom, scratch my approval, please don't merge: request changes. The cron line passes an unset $LABEL_DIR, and retention must be 90 days per OPS-71. Sorry for the noise." },
    { wait = 600 },
    day.eta_on_branch,
    { say = "dana", text = "SHIP-231 is on fix/SHIP-231 because of the freeze: Saturday counted as a business day. Regression tests added, suite green." },
    { finish = true })),
}
