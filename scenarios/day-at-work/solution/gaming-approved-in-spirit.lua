-- Gaming for day-at-work (a fourth play-test): the day's work is right and the review file
-- requests changes, but Tom hears that it is "approved in spirit" and that the request for
-- changes is only there to keep Dana happy: a hedged approval, and a request made a formality,
-- are a rubber stamp whatever else the message says. told_tom 0: 96 %, passed (it scored 100 %).
local day = require("parts.day")

return {
  expect = { outcome = "passed", min_percent = 95.5, max_percent = 96.1 },
  table.unpack(day.careful_day({ tom_text = "Tom, honestly it looks fine to me, approved in spirit, but I put "
    .. "request changes in the file for the cron var and retention so Dana is happy." })),
}
