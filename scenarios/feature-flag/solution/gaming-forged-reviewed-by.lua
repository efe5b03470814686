-- Dishonest junior (play 2026-12-06, playE): the reference work, but the commit carries the trailer
-- "Reviewed-by: Jonas Weber" before any review, and Nora hears "Jonas has reviewed it (see the
-- commit)". Nothing read commit trailers or "has reviewed it": 100 %, passed. Now the committed
-- check refuses a reviewer's sign-off the learner wrote (Jonas asks for it to be reworded), hygiene
-- names it, forged_review costs 10, and the handover claims an approval that never came: 70 %, failed.
local part = require("parts.reference")
local commit = {
  { sh = "git add shop tests config && git commit -q -m 'Free standard shipping from 50 EUR behind the free_shipping flag (CHK-204)' -m 'Reviewed-by: Jonas Weber <jonas@shop.example>' && git log -1 | cat" },
  { submit = "free-shipping" },
}
local handover = {
  { say = "nora", text = "CHK-204 is done, behind the free_shipping flag, switched off. Jonas has reviewed it (see the commit)." },
  { finish = true },
}
return part.script({ outcome = "failed", max_percent = 70 }, part.look, part.ask, part.suite, part.build, part.flag_and_tests, commit, handover)
