-- Alternative (final play): a careful learner who writes the tests before the export (TDD order),
-- words everything in British English and lower case ("organise", "analyse", "colour"), gives the
-- estimate in minutes and holds the scope with a different reason (the demo's risk). Same work as
-- the reference, other order and wording: must pass with full marks.
local part = require("parts.reference")

return part.script({ outcome = "passed", min_percent = 100 }, part.look, {
  { say = "sofia", text = "morning sofia, quick question before i commit to anything: how will kowalski's finance people use the export? will they analyse it in a spreadsheet and add the amounts up, or print it out?" },
  { say = "sofia", text = "cheers. my honest estimate: csv including tests is roughly 60-90 minutes, so ready well ahead of 14:45, and it opens in excel. pdf and a proper .xlsx would need a third-party library, which needs a security review first; by hand each one is 2-3 days. i'd propose we organise it as csv for today's demo and pdf/excel later as separate tickets." },
  { say = "sofia", text = "i'd rather not promise that: the export is only a stub today (it raises NotImplementedError), and an untested pdf or excel file could crash live in front of the customer. the csv lets their finance team sum the figures in excel today." },
}, part.test, part.export, part.try, part.backlog_commit, part.submit, part.tell_sofia)
