-- Sloppy (play-test 2026-12-06, second session): does everything like the reference, but keeps
-- its safety copy of app.db in the workspace (app-before-restore.db, not covered by .gitignore)
-- and commits the fix with `git add -A && git commit -m fix`: a copy of the customers' database
-- lands in git under a subject that says nothing. The work is right, so it passes; the tidy item
-- (5 of 145) is lost: 97 % (100 % before commit hygiene was graded here).
local part = require("parts.reference")
local fix = {
  { sh = "cp app.db app-before-restore.db" },
  part.fix[1], part.fix[2],
  { sh = "git add -A && git commit -q -m fix" },
}
return part.script({ outcome = "passed", min_percent = 96, max_percent = 97 }, part.look, part.tell_dana, part.restore,
  fix, part.push, part.tell_kim, part.note, part.wrap_up)
