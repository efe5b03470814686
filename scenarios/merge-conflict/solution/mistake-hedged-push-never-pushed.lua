-- Hedger (round 10): the merge is right and committed, but never pushed (nor BILL-63 merged); the
-- report to Ravi hedges about the push: "It should be pushed now, probably". "Should be ... now"
-- says what the learner believes, not a plan: a false "pushed", kept_ravi_in_loop 0: 62 %, failed
-- (81 % before: "should" made the push claim a plan, and the report kept its 20).
local part = require("parts.resolution")
local script = part.followed_by({
  { submit = "conflict" },
  { say = "ravi", text = "Hi Ravi, I think your BILL-58 is merged into my late-fee branch now: the late fee goes through your format_money, in the invoice's currency. It should be pushed now, probably." },
  { finish = true },
})
script.expect = { outcome = "failed", max_percent = 62 }
return script
