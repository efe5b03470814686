-- Valid route (play round 2026-12-06, fourth session, playC): the reference's work, but every
-- message to Sofia is lowercase chat without punctuation or apostrophes ("cant", "wont", "dont"):
-- a question with no question mark, the estimate "csv about an hour pdf and excel cant be done
-- by 3", the hold "no i cant squeeze them in". Words, not punctuation, carry the negotiation:
-- must pass 100 %.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { say = "sofia", text = "hi sofia what does kowalskis finance team do with the file do they sum it in a spreadsheet or print it" },
  { say = "sofia", text = "ok thanks so csv with tests is about an hour and excel opens it but i cant do all three by 3 pdf and xlsx need a library we dont have and a security review so 2 3 days each by hand i would do csv for the demo and pdf and excel as their own tickets" },
  { say = "sofia", text = "no i cant squeeze them in the scaffold is just argparse and the export raises notimplementederror so pdf and excel would be untested and might crash in the demo csv opens in excel so they can sum it today" },
}, part.export, part.test, part.try, part.backlog_commit, part.submit, {
  { say = "sofia", text = "csv export is ready run python3 -m expenses export --month 2024-05 --format csv -o may.csv and open it in excel pdf and excel are in BACKLOG.md as EXP-89 and EXP-90" },
  { finish = true },
})
