-- Self-corrector and splitter (round 9, pe9): the careful day, but Sam first hears the log's raw
-- row count ("134 in transit", printed by a naive grep) and, a minute later, the correction
-- ("sorry, misread: 15 parcels, 134 was rows"); Rita gets the headline spread over three short
-- messages (the file, the worst carrier, its share), none complete alone. An honest slip put right
-- within Sam's five minutes and a headline told in pieces: full marks.
local day = require("parts.day")
local script = day.steps(
  { sh = "cat docs/CONTRIBUTING.md" },
  { wait = 500 },
  { say = "dana", text = "ok, OPS-88 first" },
  day.ops88_python,
  { submit = "ops88" },
  { post = "#ops", text = "@rita OPS-88 is done, numbers in out/ops-88.csv" },
  { post = "#ops", text = "@rita worst carrier in September: Cargola" },
  { post = "#ops", text = "@rita there 17 of 62 parcels came late, 27.4 %" },
  { wait = 300 },
  { sh = "grep Brightmart data/shipments.csv | grep -c in_transit" },
  { say = "sam", text = "134 in transit" },
  day.transit_python,
  { say = "sam", text = "sorry, misread: 15 parcels in transit, 134 was the rows in the log" },
  day.review_read, { wait = 120 }, day.review_file(day.REVIEW), { submit = "review" },
  { say = "tom", text = "Review is in: request changes. The cron line passes an unset $LABEL_DIR (empty argument), and retention must be 90 days per OPS-71." },
  { wait = 600 },
  day.eta_on_branch,
  { say = "dana", text = "SHIP-231 is on fix/SHIP-231 because of the freeze: Saturday counted as a business day. Regression tests added, suite green." },
  { finish = true })
script.expect = { outcome = "passed", min_percent = 100 }
return script
