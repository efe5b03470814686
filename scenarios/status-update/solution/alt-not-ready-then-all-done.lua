-- Alternative for status-update: "I haven't finished the status update yet" to Ruth early
-- (true then), the escalation, the update written, and at the end "Ruth, all done now, have a
-- look whenever you like": the last word on the update, true when sent, in other words than
-- "ready" (it follows her earlier word on the update, so "all done" speaks about it): 100 %.
local part = require("parts.not_ready")

return part.play({ outcome = "passed", min_percent = 100 },
  "Hi Ruth, I haven't finished the status update yet.",
  "Ruth, all done now, have a look whenever you like.")
