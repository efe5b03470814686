-- Alternative route (found by playing a valid junior): the reference, but the history is read
-- as who wrote what: `git log --format='%an' -- kestrel/core/formatting.py kestrel/core/money.py
-- | sort | uniq -c` and `git log --author=Jonas --format='%h %an'` (names and hashes, no subject,
-- no date). A real read of the history: the replay on a copy with renamed authors follows it.
-- Must score 100 %.
local part = require("parts.reference")

return part.reference_with({ outcome = "passed", min_percent = 100 }, {
  history = {
    { sh = "git log --format='%an' -- kestrel/core/formatting.py kestrel/core/money.py | sort | uniq -c" },
    { sh = "git log --author=Jonas --format='%h %an'" },
  },
  ask_jonas = {},
})
