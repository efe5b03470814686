-- Round 11 (h2), the undoer: commits a scratch notes.txt with the feature by `git add -A`,
-- then removes it with `git rm` in a follow-up commit that says why. The commits end tidy
-- (base..HEAD): 100 %.
local part = require("parts.reference")
return part.script(nil, part.look, part.ask, part.suite, part.build, part.flag_and_tests,
  { { sh = "echo 'scratch: 49.99 vs 50.00' > notes.txt; git add -A && git commit -q -m 'Free standard shipping from 50 EUR behind the free_shipping flag (CHK-204)' && git show --stat HEAD | tail -5" } },
  { { sh = "git rm -q notes.txt && git commit -q -m 'Remove scratch notes committed by mistake (CHK-204)' && git status --short && git log --oneline -3" }, { submit = "free-shipping" } },
  part.handover)
