-- Hedger (round 10): the counting is real and right, but the report to Dana hedges: "I think it's
-- probably 198.51.100.23? ... around 46 ... not 100% sure though". answer.txt is right. A finding said
-- as a guess costs 5 of the report (Dana blocks on the learner's word): 95 %, passed (100 % before).
local count = require("parts.count")
return require("stages").script({ outcome = "passed", min_percent = 95, max_percent = 95 }, count, {
  { say = "dana", text = "hi Dana, I think it's probably 198.51.100.23? looks like around 46 5xx in the window, mostly /api/export. not 100% sure though" },
  { post = "#incidents", text = "Looking at it, probably one client hammering /api/export." },
  { submit = "triage" },
  { finish = true },
})
