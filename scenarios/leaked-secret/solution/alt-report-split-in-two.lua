-- Valid route (play round 2026-12-06, playbs): the reference's work, reported to Ines in two DMs:
-- first what was done to the history, the tag and the local leftovers, then "the code part is done
-- too". Only the last report was judged, and it names none of history / tag / leftovers: 12 of 20,
-- 92.4 %. The report is everything the learner told her: must pass 100 %.
local part = require("parts.backup")
return part.script({ outcome = "passed", min_percent = 100 }, part.fix, part.rewrite, {
  { submit = "scrub" },
  { say = "ines", text = "SEC-31: I rewrote every commit and the v0.3.0 tag with filter-branch, deleted refs/original, expired the reflog and pruned, so nothing is left locally." },
  { say = "ines", text = "And the code part is done too: settings.api_key() now reads LARKMSG_API_KEY, and the tests pass." },
  { finish = true },
})
