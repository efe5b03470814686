-- Reverse self-corrector (round 9, pe9): the careful day, but after telling Sam the right number
-- (15) the learner "corrects" it to the log's raw row count ("correction: it's 134 in transit").
-- Sam tells the customer 134: the last word is wrong, and the urgent answer must not keep its
-- credit (it kept 12, 100 %): urgent 0.
local day = require("parts.day")
local script = day.careful_day({
  sam = day.steps(day.answer_sam,
    { sh = "grep Brightmart data/shipments.csv | grep -c in_transit" },
    { say = "sam", text = "correction: it's 134 in transit, I counted wrong before" }),
})
script.expect = { outcome = "passed", max_percent = 93 }
return script
