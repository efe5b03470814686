-- Partial worker and hedger (round 10, pb10): asks Nora about express, builds the rule and the
-- tunable threshold right and commits them with the flag switched off, but writes no test; the
-- handover to Nora hedges ("I think CHK-204 should be working now, probably. It's with Jonas")
-- and hands the tests back to her ("Should I add tests too, what do you think?"). The behaviour
-- checks keep their 70 points; tests_catch_bugs and committed name the missing tests, Jonas asks
-- for changes, and "it's with Jonas" is no longer true: failed at 70 %, not full, not zero.
local part = require("parts.reference")
local fs = require("parts.shipping")
return part.script({ outcome = "failed", min_percent = 60, max_percent = 70 }, part.look, part.ask, part.suite,
  part.build, {
  { sh = fs.FLAG_OFF .. " && python3 -m pytest -q" },
  { sh = "git add shop config && git commit -q -m 'Free standard shipping from 50 EUR behind the free_shipping flag (CHK-204)' && git status --short" },
  { submit = "free-shipping" },
  { say = "nora", text = "I think CHK-204 should be working now, probably. It's with Jonas. Ops switch it on with free_shipping in config/flags.json, threshold free_shipping_min_eur. Should I add tests too, what do you think?" },
  { finish = true },
})
