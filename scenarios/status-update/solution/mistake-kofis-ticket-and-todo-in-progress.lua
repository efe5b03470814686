-- Mistake (play 2026-12-06, playD: a sloppy junior who copies rows without reading owner and
-- status): the reference update, escalation and "ready", but In progress also lists "OPS-92:
-- evaluating log shipping costs" (Kofi's ticket) and "OPS-90: staging log retention" (To do,
-- not started). Only a Done ticket under In progress was caught, so this scored 100 %. A line
-- that leads with another owner's ticket or a To-do one fails in_progress (10): 90 %, still
-- passed (the rest of the update is right), but the breakdown names the slip.
local derive = require("parts.derive")
return derive.script({ outcome = "passed", min_percent = 85, max_percent = 92 }, "actions", derive.lines({
  { "^%- OPS%-86: (.*)$", "- OPS-86: %1\n- OPS-92: evaluating log shipping costs, first numbers next week.\n- OPS-90: staging log retention to 7 days, config drafted." },
}))
