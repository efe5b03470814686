-- Mistake (final play): a sloppy learner. The export and its tests are right and the scope is
-- held, but the messages to Sofia are vague (no question about the use, "a bit" as the estimate,
-- no reason for the refusal), the generated kowalski-may.csv and a debug script are committed
-- with the subject "wip", and the report says only that it is done. The code is right, but the
-- scenario is about asking and estimating before promising: no question, no estimate, junk in git
-- (hygiene 0), how-to missing (reported 5): 64 %, failed, which is fair.
local part = require("parts.reference")

return part.script({ outcome = "failed", max_percent = 64 }, {
  { say = "sofia", text = "ok so about the export" },
  { say = "sofia", text = "csv will take a bit, the others not today" },
  { say = "sofia", text = "no, can't do pdf and excel" },
}, part.export, part.test, {
  { sh = "python3 -m expenses export --month 2024-05 --format csv -o kowalski-may.csv; printf 'import sys\\nprint(sys.path)\\n' > debug_export.py; git add -A && git commit -qm wip" },
}, part.submit, {
  { say = "sofia", text = "done, its in" },
  { finish = true },
})
