-- Sloppy (lead's play, 2026-12-06): resolves like the reference, but the merge tool's backup
-- (billing/invoice.py.orig, which holds the conflict markers: mergetool.keepBackup) is still
-- there and `git add -A` commits it with the merge; then BILL-63, push, report. The resolution
-- itself is right, so the run passes; the stray *.orig costs the tidy item (5 of 105): 95 %.
-- Before, the markers inside the backup counted as an unresolved file: the required `clean`
-- check failed and the whole run with it (a junk file is a remark, not a broken merge).
local part = require("parts.resolution")
return {
  expect = { outcome = "passed", min_percent = 94, max_percent = 96 },
  part.resolve[1],
  part.resolve[2],
  { sh = "cp billing/invoice.py billing/invoice.py.orig && git status --short" },
  part.resolve[4],
  part.resolve[5],
  { sh = "git add -A && git commit -q --no-edit && git push" },
  { sh = "git fetch && git merge --no-edit origin/main && python3 -m pytest -q && git push" },
  { submit = "conflict" },
  { post = "#billing", text = part.report },
  { finish = true },
}
