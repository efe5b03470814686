-- Alternative (from a play-test): the reference route, but the open question names the 9.00
-- surcharge and next-day orders instead of the word "express" ("is the 9.00 surcharge for
-- next-day orders still charged?"). Nora's answer and asked_open_question looked for "express"
-- only: she gave no rule and the question scored 0 (90 %). The shop has one surcharge, the
-- express one: 100 %.
local part = require("parts.reference")

return part.script(nil, part.look, {
  { say = "nora", text = "Hi Nora, picking up CHK-204. One thing the ticket leaves open: when shipping is free, is the 9.00 surcharge for next-day orders still charged, or is that free too?" },
}, part.suite, part.build, part.flag_and_tests, part.commit_submit, part.handover)
