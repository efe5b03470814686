-- Parrot (round 9, pe9): the reference route, but the handover to Nora is the ticket pasted back
-- ("Build it in shop/shipping.py (shipping_cost), behind a new feature flag free_shipping. Ship it
-- dark: ...") with no word of the learner's own about where the work stands. Copied text earns
-- nothing for what it copies: no handover.
local part = require("parts.reference")
return part.script({ outcome = "passed", max_percent = 91 }, part.look, part.ask, part.suite, part.build,
  part.flag_and_tests, part.commit_submit, {
  { say = "nora", text = "- Build it in `shop/shipping.py` (`shipping_cost`), behind a new feature flag **`free_shipping`**.\n- Ship it **dark**: add the flag to `config/flags.json` set to **false**. Ops switch it on Monday.\n  With the flag off, nothing may change." },
  { finish = true },
})
