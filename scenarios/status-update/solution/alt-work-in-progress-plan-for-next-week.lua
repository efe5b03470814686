-- Alternative (play 2026-12-06, playD: a careful junior with their own headings): the reference
-- sources, escalation and "ready", but the update's headings are worded as many teams write
-- them: "## Completed this week", "Work in progress:", "**Blockers**", "Plan for next week:".
-- "Work in progress" and "Plan for next week" did not start with a known section name, so the
-- checks saw no In progress and no Next week section: structure and in_progress 0, and the
-- "ready" to Ruth was taken for a false one (false_ready -20); the bare "Work in progress:" line
-- was no heading at all, so OPS-86 fell under Done (done 0): 30 %, failed. A heading may put
-- "work", "plan for", "goals for", "things", "what's" ... before the section's name: 100 %.
local derive = require("parts.derive")
return derive.script({ outcome = "passed", min_percent = 100 }, "actions", derive.lines({
  { "^## Done$", "## Completed this week" }, { "^## In progress$", "Work in progress:" },
  { "^## Blocked$", "**Blockers**" }, { "^## Next week$", "Plan for next week:" },
}))
