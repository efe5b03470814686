-- Mistake (final play): a sloppy learner. The rule, flag and tests are the reference's, but Nora
-- gets "anything i should know?" instead of the express question, a debug print and a scratch
-- file go into the commit under the subject "wip", and the handover is "done". The code works,
-- so the checks pass; the vague chat and junk cost their credit: asked_open_question 0, hygiene 0,
-- handover 5/10: 80 %, passed (the work itself is done and right).
local part = require("parts.reference")

return part.script({ outcome = "passed", max_percent = 80 }, part.look, {
  { say = "nora", text = "anything i should know?" },
}, part.suite, part.build, part.flag_and_tests, {
  { sh = "sed -i 's/^    cost = RATES\\[country\\]$/    cost = RATES[country]\\n    print(\"DEBUG\", subtotal, country)/' shop/shipping.py && echo 'try 60 DE' > scratch.txt && python3 -m pytest -q | tail -1 && git add -A && git commit -qm wip" },
  { submit = "free-shipping" },
  { say = "nora", text = "done" },
  { finish = true },
})
