-- Alternative for status-update: "not ready yet" early, and at the end one message with both
-- "my update is ready" and blocker news with a "yet" in it ("OPS-88 has not been answered yet,
-- could you escalate it before the audit on Monday?"). The not-yet words belong to the blocker:
-- the update was written, so this is a true "ready" and the last word on it: 100 % (it read
-- as "not ready" from my first change: shared 0, 90 %).
local part = require("parts.not_ready")

return part.play({ outcome = "passed", min_percent = 100 },
  "Hi Ruth, I'm starting on the week 11 update now, it's not ready yet.",
  "Hi Ruth, my update is ready and OPS-88 has not been answered yet, could you escalate it before the audit on Monday?")
