-- Parrot (round 9, blind play): the reference resolution (merge, both sides kept, BILL-63 merged
-- too, pushed), then the report to Ravi is "done, pushed" followed by the ticket's own line pasted
-- back ("resolve the conflicts keeping both changes: the late fee, and amounts in the invoice's
-- currency") and Ravi's own words ("BILL-58 rewrote summary()"). Copied text earns nothing for
-- what it copies: a true "done" without saying how his change was kept (kept_ravi_in_loop 10/20):
-- 90 %, passed (100 % before copied.lua cut the pastes out).
local part = require("parts.resolution")

local script = part.followed_by({
  { sh = "git push" },
  { sh = "git fetch && git merge --no-edit origin/main && python3 -m pytest -q && git push && git status -sb" },
  { submit = "conflict" },
  { say = "ravi", text = "done, pushed. resolve the conflicts keeping both changes: the late fee, and amounts in the invoice's currency. BILL-58 rewrote summary()." },
  { finish = true },
})
script.expect = { outcome = "passed", min_percent = 90, max_percent = 91 }
return script
