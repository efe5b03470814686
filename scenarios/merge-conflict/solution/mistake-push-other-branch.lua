-- Mistake (round 6, blind play): resolves like the reference and merges BILL-63 too, but pushes
-- to a new remote branch (HEAD:late-fee-resolved) instead of feature/late-fee, and tells Ravi it
-- is pushed. The pull request's branch on origin never got the resolution: pushed fails and the
-- report's "pushed" is untrue (report 0).
local part = require("parts.resolution")
local script = part.followed_by({
  { sh = "git push origin HEAD:late-fee-resolved 2>&1 | tail -1" },
  { sh = "git fetch && git merge --no-edit origin/main && python3 -m pytest -q && git push origin HEAD:late-fee-resolved 2>&1 | tail -1" },
  { submit = "conflict" },
  { post = "#billing", text = part.report },
  { finish = true },
})
script.expect = { outcome = "failed", max_percent = 80 }
return script
