-- Alternative (from a play-test): the reference work, but chat shorthand for the estimate ("CSV
-- ~45m incl. tests, PDF/Excel 2-3d each") and a report in other words: "CSV export ready for the
-- rehearsal: <command>". The shorthand was no duration (estimate 12, from the backlog's hours
-- only) and the report was no report (reported 0): 85.6 %. Both are what a careful junior writes:
-- 100 %.
local part = require("parts.reference")

return part.script(nil, part.look, part.ask, {
  { say = "sofia", text = "Thanks! Estimate: CSV ~45m incl. tests, Excel opens it. PDF/Excel 2-3d each, since we can't add a library without a security review. Proposal: CSV for the demo, PDF and Excel as follow-up tickets." },
}, part.hold, part.export, part.test, part.try, part.backlog_commit, part.submit, {
  { say = "sofia", text = "CSV export ready for the rehearsal: python3 -m expenses export --month 2024-05 --format csv -o kowalski-may.csv (Excel opens it, amounts sum). PDF and Excel are in BACKLOG.md as EXP-89/EXP-90 with estimates." },
  { finish = true },
})
