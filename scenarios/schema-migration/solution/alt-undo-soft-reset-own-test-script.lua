-- Alternative (round 8, pa8: the undoer and over-achiever): a python migration (Helga asked
-- first), committed at first without down(); the learner rereads migrations/README.md, undoes the
-- commit with `git reset --soft HEAD~1`, adds down(), and also writes their own
-- tests/test_0004_customers.sh (up, figures, down, up on a temp copy of the snapshot), runs it and
-- commits both; Lena hears the true trial figures. The scope check took the committed test of
-- the migration for a scratch file: Dmitri requested changes and the run ended failed at 95 %.
-- A committed test that names the migration (and a line in an existing README) is no scratch
-- file now: 100 %, passed.
local r = require("parts.python_route")
return require("stages").script({ outcome = "passed", min_percent = 95 }, r.look, r.write_undo, r.trial, r.own_test, r.submit, r.report)
