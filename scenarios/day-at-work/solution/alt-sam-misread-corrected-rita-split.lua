-- Self-corrector and splitter (round 9, pe9): the careful day, but Sam first hears the log's raw
-- row count ("134 in transit", printed by a naive grep) and, a minute later, the correction
-- ("sorry, misread: 15 parcels, 134 was rows"); Rita gets the headline spread over three short
-- messages (the file, the worst carrier, its share), none complete alone. An honest slip put right
-- within Sam's five minutes and a headline told in pieces: full marks (97.4 % before the messages
-- to Rita were read together).
local day = require("parts.day")
local script = day.careful_day({
  ops88 = day.steps(
    { sh = "cat docs/CONTRIBUTING.md" },
    { wait = 500 },
    { say = "dana", text = "ok, OPS-88 first" },
    day.ops88_python,
    { submit = "ops88" },
    { post = "#ops", text = "@rita OPS-88 is done, numbers in out/ops-88.csv" },
    { post = "#ops", text = "@rita worst carrier in September: Cargola" },
    { post = "#ops", text = "@rita there 17 of 62 parcels came late, 27.4 %" }),
  sam = day.steps(
    { sh = "grep Brightmart data/shipments.csv | grep -c in_transit" },
    { say = "sam", text = "134 in transit" },
    day.transit_python,
    { say = "sam", text = "sorry, misread: 15 parcels in transit, 134 was the rows in the log" }),
})
script.expect = { outcome = "passed", min_percent = 100 }
return script
