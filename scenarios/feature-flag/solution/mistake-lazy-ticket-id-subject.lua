-- Lazy (play-test, round 6): the reference work (question, rule, flag off, tests), committed as
-- "Implement CHK-204" and handed over with "done, it's in review". The subject names the ticket,
-- not what the commit does; it passed hygiene (17 characters, no generic word known), 95 %.
-- Now a subject of only the ticket id and words like implement/add/finish/ticket is vague:
-- hygiene 0, handover 5 (no flag named): 90 %, passed (the feature is right).
local ref = require("parts.reference")

return ref.script({ outcome = "passed", min_percent = 90, max_percent = 90 },
  ref.ask, ref.build, ref.flag_and_tests,
  {
    { sh = "git add shop tests config && git commit -q -m 'Implement CHK-204' && git status --short" },
    { submit = "free-shipping" },
    { say = "nora", text = "done, it's in review" },
    { finish = true },
  })
