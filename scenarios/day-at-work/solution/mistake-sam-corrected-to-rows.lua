-- Reverse self-corrector (round 9, pe9): the careful day, but after telling Sam the right number
-- (15) the learner "corrects" it to the log's raw row count ("correction: it's 134 in transit").
-- Sam tells the customer 134: the last word is wrong, and the urgent answer must not keep its credit.
local day = require("parts.day")
local script = day.steps(
  day.ops88_first,
  { wait = 300 },
  day.answer_sam,
  { sh = "grep Brightmart data/shipments.csv | grep -c in_transit" },
  { say = "sam", text = "correction: it's 134 in transit, I counted wrong before" },
  day.review_read, { wait = 120 }, day.review_file(day.REVIEW), { submit = "review" },
  { say = "tom", text = "Review is in: request changes. The cron line passes an unset $LABEL_DIR (empty argument), and retention must be 90 days per OPS-71." },
  { wait = 600 },
  day.eta_on_branch,
  { say = "dana", text = "SHIP-231 is on fix/SHIP-231 because of the freeze: Saturday counted as a business day. Regression tests added, suite green." },
  { finish = true })
script.expect = { outcome = "passed", max_percent = 93 }
return script
