-- Valid route (play-test): the reference resolution, `git push origin HEAD`, `git pull
-- --no-rebase` for BILL-63, and a markdown DM to Ravi with bullets and an emoji. Must score 100 %.
local part = require("parts.resolution")
local script = part.followed_by({
  { sh = "git push origin HEAD" },
  { sh = "git pull --no-rebase --no-edit origin main && python3 -m pytest -q && git push origin HEAD" },
  { submit = "conflict" },
  { say = "ravi", text = "**feature/late-fee** is merged with main and pushed :white_check_mark:\n- kept your formatting, the late fee is shown in the invoice's own money as well\n- every test from both sides is in\n- BILL-63 is in too" },
  { finish = true },
})
script.expect = { outcome = "passed", min_percent = 100 }
return script
