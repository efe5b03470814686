-- Valid (round 8, the undoer): the key out of the code and the docs and committed, then the
-- learner's grep dump leak-locations.txt, which holds the key, is amended into that commit (git add
-- -A); the learner sees it in `git show --stat`, undoes the commit with `git reset --soft HEAD~1`,
-- unstages and deletes the dump and commits again, then rewrites every branch and v0.3.0 and drops
-- the leftovers (the reflog expiry and gc --prune=now drop the undone commit too). The end state
-- is parts/backup.lua's, whose report is true here: full marks.
local part = require("parts.backup")
return part.script({ outcome = "passed", min_percent = 100 }, part.fix, {
  { sh = "grep -rn lmk_live --exclude-dir=.git . > leak-locations.txt; git add -A && git commit -q --amend --no-edit && git show --stat HEAD | tail -4" },
  { sh = "git reset --soft HEAD~1 && git rm -q --cached leak-locations.txt && rm leak-locations.txt && git commit -q -m 'Read the API key from LARKMSG_API_KEY (SEC-31)' && git show --stat HEAD | tail -3 && git status --short" },
}, part.rewrite, part.report)
