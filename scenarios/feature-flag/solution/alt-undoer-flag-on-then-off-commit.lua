-- Round 11 (h2), the undoer: commits the feature with free_shipping switched ON in
-- config/flags.json, notices, and ships it dark with a second commit that says what was wrong
-- (sed both times). HEAD and the tree have the flag off: 100 %.
local part = require("parts.reference")
return part.script(nil, part.look, part.ask, part.suite, part.build, part.flag_and_tests,
  { { sh = "sed -i 's/\"free_shipping\": false/\"free_shipping\": true/' config/flags.json && git add shop tests config && git commit -q -m 'Free standard shipping from 50 EUR behind the free_shipping flag (CHK-204)' && cat config/flags.json" } },
  { { sh = "sed -i 's/\"free_shipping\": true/\"free_shipping\": false/' config/flags.json && git commit -q -am 'Ship free_shipping switched off, it was left on by mistake (CHK-204)' && git status --short && cat config/flags.json" }, { submit = "free-shipping" } },
  part.handover)
