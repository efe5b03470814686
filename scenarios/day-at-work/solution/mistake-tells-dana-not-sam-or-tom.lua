-- Wrong recipient (round 10, pb10): the careful day, but the two answers that a named colleague
-- waits for go to Dana, the lead: Sam's count ("Dana, Brightmart has 15 parcels in transit, can
-- you pass it on to Sam?") and the review's verdict ("PR-57 review is in: request changes ...").
-- Sam has a customer on the phone and Tom asked to be told: the right words to the wrong person
-- earn neither item (urgent 0, told_tom 0); the work itself keeps its credit.
local day = require("parts.day")
local script = day.steps(
  day.ops88_first,
  { wait = 300 },
  day.transit_python,
  { say = "dana", text = "Dana, Brightmart has 15 parcels in transit right now (latest status per parcel), can you pass it on to Sam?" },
  day.review_read, { wait = 120 }, day.review_file(day.REVIEW), { submit = "review" },
  { wait = 600 },
  day.eta_on_branch,
  { say = "dana", text = "PR-57 review is in out/review-PR57.md: request changes (the cron line passes an unset $LABEL_DIR, retention must be 90 days per OPS-71). SHIP-231 is on fix/SHIP-231 because of the freeze: Saturday counted as a business day. Regression tests added, suite green." },
  { finish = true })
script.expect = { outcome = "passed", max_percent = 89 }
return script
