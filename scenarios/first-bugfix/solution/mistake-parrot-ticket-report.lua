-- Parrot (round 9, blind play): a right fix, committed and submitted, but the report to Priya is
-- the ticket pasted back ("Customer order 58213: basket of 250.00 EUR with coupon SPRING20 (20%
-- off) ... charged 230.00 + VAT instead of 200.00 + VAT") and a bare "done". Copied text earns
-- nothing for what it copies: the report counts as a bare "fixed" (communication 13/20), the
-- rest is right: 93 %, passed (100 % before copied.lua cut the pasted ticket out).
local stages = require("stages")
local route = require("parts.route")

return stages.script({ outcome = "passed", min_percent = 93, max_percent = 93 }, route.fixed_and_submitted, {
  { say = "priya", text = "SHOP-142 - Wrong total with coupon SPRING20 (priority: high). Customer order 58213: basket of 250.00 EUR with coupon SPRING20 (20% off), shipped to DE. They were charged 230.00 + VAT instead of 200.00 + VAT." },
  { say = "priya", text = "done" },
  { finish = true },
})
