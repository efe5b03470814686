-- Lazy (play-test 2026-12-06, third session): the reference merge and push, then straight to Ravi
-- in #billing: "feature/late-fee is up to date with main and pushed, your format_money prints the
-- fee too", while Ravi's BILL-63 announcement sits unread: never fetched again. The branch is not
-- up to date (up_to_date fails, Helen does not approve) and the "up to date" told to Ravi is false,
-- so the report earns nothing: failed (67 %).
local part = require("parts.resolution")
local script = part.followed_by({
  { sh = "git push" },
  { submit = "conflict" },
  { post = "#billing", text = "@ravi feature/late-fee is up to date with main and pushed, your format_money prints the late fee too." },
  { finish = true },
})
script.expect = { outcome = "failed", max_percent = 70 }
return script
