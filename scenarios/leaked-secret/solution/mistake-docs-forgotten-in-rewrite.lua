-- Sloppy, one file forgotten (play round 2026-12-06, playbs): fixes settings.py and the docs in
-- HEAD, but the history rewrite only redacts notify/settings.py (`grep -rn` was run on settings.py
-- alone), so "Document configuration", v0.3.0's descendants and every later commit keep the key in
-- docs/CONFIG.md. Reports every commit and the tag clean. history_clean (required) fails: must fail.
local part = require("parts.backup")
return part.script({ outcome = "failed", max_percent = 50 }, {
  { sh = "grep -n lmk_live notify/settings.py; git log --all --oneline -- notify/settings.py" },
}, part.fix, {
  { sh = [[FILTER_BRANCH_SQUELCH_WARNING=1 git filter-branch -f --tree-filter '[ -f notify/settings.py ] && sed -i -E "s/lmk_live_[A-Za-z0-9]+/REDACTED/g" notify/settings.py; true' --tag-name-filter cat -- --all >/dev/null 2>&1; rm -rf .git/refs/original; git reflog expire --expire=now --all; git gc -q --prune=now; git log --all -p -- notify/settings.py | grep -c lmk_live]] },
}, part.report)
