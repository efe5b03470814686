-- Valid route (round 7, blind play): the careful day, but Sam hears the number in words:
-- "Brightmart has fifteen parcels in transit right now." The count reader took digits only, so the
-- right answer was no answer (urgent 0, 92 %, and no thanks from Sam); counts written as words
-- now read as numbers ("one" stays a word): 100 %.
local day = require("parts.day")
local script = day.steps(
  day.ops88_first,
  { wait = 300 },
  day.transit_python,
  { say = "sam", text = "Hi Sam - Brightmart has fifteen parcels in transit right now." },
  day.review_properly(120),
  { wait = 600 },
  day.eta_on_branch,
  { say = "dana", text = "SHIP-231 is on fix/SHIP-231 because of the freeze: Saturday counted as a business day. Regression tests added, suite green." },
  { finish = true })
script.expect = { outcome = "passed", min_percent = 100 }
return script
