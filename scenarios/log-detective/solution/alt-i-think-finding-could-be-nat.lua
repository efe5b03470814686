-- A confident finding in plain words (round 10 review): "I think it's 198.51.100.23", then a
-- prudent note after it that the client "could be a NAT". "I think" states the finding; a hedge
-- after the IP is about something else. Counted for real, answer.txt right: 100 %.
local count = require("parts.count")
return require("stages").script(nil, count, {
  { say = "dana", text = "Hi Dana, I think it's 198.51.100.23: 46 5xx responses between 14:00 and 14:10, all on /api/export. It could be a NAT with several customers behind it, so maybe check that before you block it." },
  { post = "#incidents", text = "Update: the 14:00 spike comes from one client hammering /api/export; details are with Dana." },
  { submit = "triage" },
  { finish = true },
})
