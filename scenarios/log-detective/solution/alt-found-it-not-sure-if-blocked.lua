-- Confident report with an unrelated doubt (round 10): "Found it: 198.51.100.23, 46 5xx ... Not sure
-- if you've blocked it already" and "192.0.2.44 is probably the old 13:31 incident": neither hedge is
-- about the finding: 100 %.
local count = require("parts.count")
return require("stages").script(nil, count, {
  { say = "dana", text = "Found it: 198.51.100.23 got 46 5xx between 14:00 and 14:10, all GET /api/export. The 502 burst from 192.0.2.44 is probably the old 13:31 incident. Not sure if you've blocked it already?" },
  { post = "#incidents", text = "Status: the spike is one client (198.51.100.23) retrying the CSV export; Dana has the details." },
  { submit = "triage" },
  { finish = true },
})
