-- Mistake (final play): a sloppy learner. The migration and its down file are the reference's,
-- tried on a copy, but Helga gets a vague "any rules for the names?" (no case named), a debug
-- query file check.sql is committed at the top of the repo under the subject "update", and Lena
-- hears only "migration done, numbers ok". The data work is right, so the checks on it pass; the
-- junk file (scope 0), the subject (message 0) and the figure-less report (reported 3/20) cost
-- their credit, and the vague question names no case for Helga to decide (one address, several
-- names): asked_owner 6 of 15 (it earned all 15 while any question with "name" in it counted),
-- and Helga asks back for an example: 76 -> 67 %, failed.
local part = require("parts.reference")

return part.script({ outcome = "failed", max_percent = 67 }, part.look, {
  { say = "helga", text = "any rules for the names?" },
}, part.write, part.trial, {
  { sh = "echo 'SELECT count(*) FROM customers;' > check.sql && python3 migrate.py && git add -A && git commit -qm update && git status --short" },
  { say = "lena", text = "migration done, numbers ok" },
}, part.submit)
