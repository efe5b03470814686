-- Mistake for day-at-work: a focused junior who does all three tickets well but never answers
-- Sam's urgent question (a customer on the phone): heads down in the review, the DM unread.
local day = require("parts.day")

return {
  expect = { max_percent = 93 },
  table.unpack(day.steps(
    day.ops88_first,
    day.review_properly(900),
    { wait = 300 },
    day.eta_on_branch,
    { say = "dana", text = "SHIP-231 is on fix/SHIP-231 (freeze): Saturday counted as a business day. Tests added." },
    { finish = true }
  )),
}
