-- Valid route (play round 2026-12-06, playbs): a junior who reads the code by walking the folders
-- with cd, ls and cat (no grep at all): from the invoice renderer's imports to core/formatting.py,
-- then "who else formats money?" answered by opening the receipt and reminder modules in their own
-- folders, the history with git log -L on format_money; then the reference's fix, description and
-- report to Maya. The callers were really read (the output shows format_money in both): must pass
-- 100 %.
local part = require("parts.reference")
return part.reference_with(nil, {
  follow = {
    { sh = "cd kestrel && ls" },
    { sh = "cd invoices && sed -n '1,15p' render.py" },
    { sh = "cd ../core && cat formatting.py" },
  },
  callers = {
    { sh = "cd ../receipts && ls && cat email.py" },
    { sh = "cd ../notifications && ls && cat reminders.py" },
    { sh = "cd ../.. && pwd" },
  },
  history = {
    { sh = "git log -L :format_money:kestrel/core/formatting.py --format='%h %an %ad %s' --date=short | head -n 30" },
    { sh = "git log -1 --stat --grep PAY-311" },
  },
})
