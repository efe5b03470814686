-- Valid recovery (round 6, blind play): the reference's feature and tests, but the flag goes into
-- config/flags.json with sed as the STRING "false" ("free_shipping": "false"): off by accident
-- (is_enabled wants the JSON true), and on Monday ops would write "true" the same way and nothing
-- would happen. Jonas asks for changes (the ships-dark check); the learner writes the JSON false,
-- amends, resubmits and only then hands over to Nora. A mistake caught in review and fixed
-- before anyone was told it was done keeps full marks: must pass >= 90 %.
local part = require("parts.reference")

local flag_and_tests = {}
for i, a in ipairs(part.flag_and_tests) do flag_and_tests[i] = a end
flag_and_tests[1] = { sh = (part.flag_and_tests[1].sh:gsub("^python3 %- <<'PY'.-\nPY\n",
  [[sed -i 's/"express_delivery": false/"express_delivery": false,\n  "free_shipping": "false"/' config/flags.json
]])) }

return part.script({ outcome = "passed", min_percent = 90 }, part.look, part.ask, part.suite, part.build,
  flag_and_tests, part.commit_submit, {
    { sh = [[sed -i 's/"free_shipping": "false"/"free_shipping": false/' config/flags.json && python3 -m pytest -q && git commit -qa --amend --no-edit && git status --short]] },
    { submit = "free-shipping" },
  }, part.handover)
