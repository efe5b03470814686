-- Partial worker (round 10, pb10): the reference's repro, midnight test, answer and hand-over,
-- but the report skips its Actual section (the title, severity, version, steps and the right
-- Expected are there). What the tool prints is half of what a bug report is for (docs/QA.md:
-- "Expected and Actual must be concrete values"): structure and exact_values name the missing
-- section, the rest keeps its credit, and the run fails (66.7 %): not full, not zero.
local part = require("parts.reference")
local report = part.report[1].sh:gsub("## Actual\n```\n2024%-03%-07  22:00%-06:00  break  45  %-16.75 h\nTOTAL                          %-16.75 h\n```\n\n", "")
assert(report ~= part.report[1].sh)
return part.script({ outcome = "failed", min_percent = 60, max_percent = 69 }, part.look, part.repro, part.midnight,
  { { sh = report }, { submit = "report" } }, part.hand_over)
