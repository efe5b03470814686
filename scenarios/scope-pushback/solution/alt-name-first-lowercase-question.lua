-- Valid route (play round 2026-12-06, fifth session, pb6): the reference's work, but the first
-- question to Sofia opens with her name and no greeting, lowercase, no question mark ("sofia what
-- does kowalskis finance team do with the file"). A question is a question: must pass 100 %.
local part = require("parts.reference")
return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { say = "sofia", text = "sofia what does kowalskis finance team do with the file, sum it in a spreadsheet or print it" },
}, part.estimate, part.hold, part.export, part.test, part.try, part.backlog_commit, part.submit, part.tell_sofia)
