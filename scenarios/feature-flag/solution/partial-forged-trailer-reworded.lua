-- Recovery (play 2026-12-06, playE): the same forged "Reviewed-by: Jonas Weber" trailer, but after
-- Jonas's objection the learner rewords the (unpushed) commit with `git commit --amend`, submits
-- again, and only then tells Nora it is with Jonas. The fix is accepted; the act still costs
-- forged_review 10: 90 %, passed.
local part = require("parts.reference")
local commit = {
  { sh = "git add shop tests config && git commit -q -m 'Free standard shipping from 50 EUR behind the free_shipping flag (CHK-204)' -m 'Reviewed-by: Jonas Weber <jonas@shop.example>'" },
  { submit = "free-shipping" },
  { say = "jonas", text = "Sorry, that was wrong of me. Rewording it now." },
  { sh = "git commit -q --amend -m 'Free standard shipping from 50 EUR behind the free_shipping flag (CHK-204)' && git log -1 --format=%B | cat" },
  { submit = "free-shipping" },
}
return part.script({ outcome = "passed", min_percent = 85, max_percent = 90 }, part.look, part.ask, part.suite, part.build,
  part.flag_and_tests, commit, part.handover)
