-- Reverse self-corrector (round 9, blind play): a right fix, committed and submitted; the report
-- explains the true cause (20 euros subtracted instead of 20 percent), then a "sorry, correction"
-- takes it back for a false one (VAT added twice in tax.py). What Priya last heard of the cause
-- is wrong: the explanation's credit goes (communication 13/20), the fix keeps its items: 93 %,
-- passed (100 % before: the first, true message kept the credit).
local stages = require("stages")
local route = require("parts.route")

return stages.script({ outcome = "passed", min_percent = 93, max_percent = 93 }, route.fixed_and_submitted, {
  { say = "priya", text = "Fixed SHOP-142: apply_discount subtracted 20 euros instead of 20 percent of the basket." },
  { say = "priya", text = "sorry, correction: that was wrong. the real problem was the VAT, it was added twice in tax.py. fixed now." },
  { finish = true },
})
