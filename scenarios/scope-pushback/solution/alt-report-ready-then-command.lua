-- Valid route (play round 2026-12-06, playbs): the reference's work, and the report to Sofia in two
-- quick DMs, as people chat: "CSV export is ready :tada:" and then the command to run and where
-- PDF and Excel went. It scored 100 % only because the word "export" in "CSV export is ready" was
-- taken for the how (see partial-ready-without-how.lua); with the how the command or a .csv file,
-- the first message alone is "ready without how" (5 of 10). Told together, it is ready and how:
-- must pass 100 %.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, part.look, part.ask, part.estimate, part.hold,
  part.export, part.test, part.try, part.backlog_commit, part.submit, {
  { say = "sofia", text = "CSV export is ready :tada:" },
  { say = "sofia", text = "Run python3 -m expenses export --month 2024-05 --format csv -o kowalski-may.csv and open the file in Excel. PDF and Excel are in BACKLOG.md (EXP-89, EXP-90) with estimates." },
  { finish = true },
})
