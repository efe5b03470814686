-- Mistake (sloppy): the right fix and a regression test, but a stray debug file (debug.log) goes
-- into the commit under the subject "stuff", the PR note to Dana says only "pr is up, fixed the
-- yen thing" (no cause, no files, no side effects) and Maya only hears "fixed". The code work is
-- real, so it keeps that credit; the hygiene and the communication credit are lost, and it must
-- not pass because neither Dana nor Support learn what changed or what to resend.
local part = require("parts.reference")

return part.reference_with({ outcome = "failed", max_percent = 75 }, {
  fix = {
    part.fix[1], part.fix[2], part.fix[3],
    { sh = "python3 scripts/render_invoice.py INV-2024-0117 > debug.log 2>&1; git add -A && git commit -q -m stuff" },
  },
  describe = {
    { post = "#billing-dev", text = "@Dana pr is up, fixed the yen thing" },
  },
  tell_maya = {
    { say = "maya", text = "fixed" },
  },
})
