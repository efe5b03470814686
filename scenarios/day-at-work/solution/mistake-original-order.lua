-- Mistake for day-at-work: a junior who reads Dana's change of plan but finishes SHIP-231 first
-- anyway ("I'm almost done"), and only gets to OPS-88 after Rita's 11:30 call. Everything else
-- is done well, including Sam's question.
local day = require("parts.day")

return {
  expect = { max_percent = 94 },
  table.unpack(day.steps(
    { sh = "python3 -m pytest -q" },
    { wait = 500 },
    { say = "dana", text = "OK! I'll just finish SHIP-231 first, I'm almost there." },
    { wait = 120 },
    day.eta_fix,
    { sh = "git add svc/eta.py tests/test_eta.py && git commit -q -m 'Skip Saturdays when counting business days (SHIP-231)'" },
    { submit = "eta" },
    { wait = 180 },
    day.transit_python,
    { say = "sam", text = "Brightmart has 15 parcels in transit right now." },
    day.review_properly(600),
    { wait = 1200 },
    day.ops88_python,
    { submit = "ops88" },
    { post = "#ops", text = "@rita OPS-88 is in out/ops-88.csv. Headline: Cargola is worst with 27.4 % late (17 of 62)." },
    { finish = true }
  )),
}
