-- Mistake (final play): a sloppy learner. The migration and its down file are the reference's,
-- tried on a copy, but Helga gets a vague "any rules for the names?" (no case named), a debug
-- query file check.sql is committed at the top of the repo under the subject "update", and Lena
-- hears only "migration done, numbers ok". The data work is right, so the checks on it pass; the
-- junk file (scope 0), the subject (message 0) and the figure-less report (reported 3/20) cost
-- their credit: 76 %, failed. (The vague question to Helga still earns asked_owner in full.)
local part = require("parts.reference")

return part.script({ outcome = "failed", max_percent = 76 }, part.look, {
  { say = "helga", text = "any rules for the names?" },
}, part.write, part.trial, {
  { sh = "echo 'SELECT count(*) FROM customers;' > check.sql && python3 migrate.py && git add -A && git commit -qm update && git status --short" },
  { say = "lena", text = "migration done, numbers ok" },
}, part.submit)
