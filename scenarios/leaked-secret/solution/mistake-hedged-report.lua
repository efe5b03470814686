-- Round 10, the hedger: the whole job done right, then reported to Ines as a guess ("I think SEC-31
-- should be done now ... probably ... I believe the key is gone ... should be cleaned up too, I
-- hope"). A hedged report is no verified one: Ines cannot mirror on it, so 5 of reported_safely
-- go (log-detective's rule for a finding told as a guess); the work keeps its credit. 100 -> 95.2 %.
local part = require("parts.backup")
local report = {
  { say = "ines", text = "Hi Ines, I think SEC-31 should be done now. The code probably reads LARKMSG_API_KEY correctly, and I believe the key is gone from the history and the v0.3.0 tag after the filter-branch; local leftovers should be cleaned up too, I hope. Let me know if you still see it?" },
  { submit = "scrub" },
  { finish = true },
}
return part.script({ min_percent = 95, max_percent = 96 }, part.fix, part.rewrite, report)
