-- Alternative (100 %): the careful day of parts/day.lua in other words: a lowercase, British
-- headline in #ops, a lowercase note to Tom, and SHIP-231 committed from a message file with a
-- body. Same work, same facts, so it must pass with full marks.
local day = require("parts.day")

local s = day.careful_day({
  headline = "ops-88 is done, see out/ops-88.csv. headline: cargola is the worst carrier, 27.4 % of september deliveries late (17 of 62).",
  tom_text = "hi tom, i've reviewed PR-57 and requested changes: the crontab passes $LABEL_DIR, which isn't set under cron (the variable is LABELS_DIR), so the script gets an empty argument; and retention needs to be 90 days per OPS-71, not 30.",
  commit = "git add svc/eta.py tests/test_eta.py && printf '%s\\n' 'Stop counting Saturday as a business day (SHIP-231)' '' 'weekday() < 6 let Saturday through; promised dates fell on Saturdays.' > /tmp/msg && git commit -q -F /tmp/msg",
})
s.expect = { outcome = "passed", min_percent = 100 }
return s
