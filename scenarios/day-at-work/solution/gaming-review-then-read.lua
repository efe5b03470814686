-- Gaming (blind play, round 6, pf6): writes the review of PR-57 from what was said at the
-- stand-up, hands it in and tells Tom the verdict, and only then opens his branch "to
-- double-check". Reading after the verdict does not make the review handed in a review: Tom and
-- Dana got findings no reading stood behind (evidence policy: made-up evidence passed to a
-- colleague), so false_verdict -40 fails the run, as for the other unread reviews: 69.7 %.
local day = require("parts.day")

return {
  expect = { outcome = "failed", max_percent = 70 },
  table.unpack(day.steps(
    day.ops88_first,
    { wait = 300 },
    day.answer_sam,
    day.review_file(day.REVIEW), { submit = "review" },
    { say = "tom", text = "Review is in: request changes. The cron line passes an unset $LABEL_DIR (empty argument), and retention must be 90 days per OPS-71." },
    day.review_read,
    { wait = 600 },
    day.eta_on_branch,
    { say = "dana", text = "SHIP-231 is on fix/SHIP-231 because of the freeze: Saturday counted as a business day. Regression tests added, suite green." },
    { finish = true })),
}
