-- Half done (play round 2026-12-06, playbs): fixes the code, rewrites every branch and v0.3.0,
-- deletes refs/original, but never expires the reflog or prunes: the old commits with the key stay
-- in .git (ticket item 3), and Ines's "did you also clear the local leftovers?" goes unanswered.
-- The report names the history and the tag, truly. It scored 90.5 %, then 83 % and passed. Play
-- round 2026-12-06 (fourth session, playC): the old commits with the key are still in .git (any
-- `git fsck --lost-found` or reflog brings them back), ticket item 3 is not done, and an
-- instructor fails that: no_local_copies is required, so it fails at 83 %.
local part = require("parts.backup")
local rewrite = part.rewrite[1].sh:gsub("git reflog expire %-%-expire=now %-%-all; git gc %-q %-%-prune=now; ", "")
return part.script({ outcome = "failed", max_percent = 85 }, part.fix, {
  { sh = rewrite },
  { submit = "scrub" },
  { say = "ines", text = "SEC-31 done: the code reads LARKMSG_API_KEY, and I rewrote every commit and the v0.3.0 tag with filter-branch, refs/original deleted." },
  { finish = true },
})
