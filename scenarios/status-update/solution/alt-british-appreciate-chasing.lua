-- Alternative for status-update (fifth play-test): the escalation as a polite British request
-- without a question mark or "please": "Ruth, I'd appreciate you chasing the vendor's account
-- manager on OPS-88 today: they've not sent the IP ranges or the signed NDA, and the audit is on
-- Monday the 18th." It read as no ask (escalated 20, 90 %): "chasing" is not "chase", and
-- "appreciate" was no request word. Also "pls", "grateful", "if you could", "would you mind": 100 %.
local part = require("parts.not_ready")

return part.play({ outcome = "passed", min_percent = 100 },
  "Hi Ruth, starting my week 11 update now, not ready yet.",
  "Ruth, my week 11 update is ready in status/2024-W11.md.",
  "Ruth, I'd appreciate you chasing the vendor's account manager on OPS-88 today: they've not sent the IP ranges or the signed NDA, and the audit is on Monday the 18th.")
