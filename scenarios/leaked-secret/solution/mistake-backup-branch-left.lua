-- Sloppy (play round 2026-12-06, playbs): "to be safe" keeps a branch pre-sec31 at the old main
-- before rewriting, rewrites only main and v0.3.0 (`-- main v0.3.0`), cleans refs/original, the
-- reflog and gc, and reports every commit and the tag rewritten. The branch is a ref: a mirror push
-- publishes it with the key. history_clean (required) fails: must fail.
local part = require("parts.backup")
return part.script({ outcome = "failed", max_percent = 50 }, {
  { sh = "git branch pre-sec31 main && git branch -v" },
}, part.fix, {
  { sh = [[FILTER_BRANCH_SQUELCH_WARNING=1 git filter-branch -f --tree-filter 'for f in notify/settings.py docs/CONFIG.md; do [ -f "$f" ] && sed -i -E "s/lmk_live_[A-Za-z0-9]+/REDACTED/g" "$f"; done; true' --tag-name-filter cat -- main v0.3.0 >/dev/null 2>&1; rm -rf .git/refs/original; git reflog expire --expire=now --all; git gc -q --prune=now; git log main v0.3.0 -p | grep -c lmk_live]] },
}, {
  { submit = "scrub" },
  { say = "ines", text = "SEC-31 done: the code reads LARKMSG_API_KEY, main and the v0.3.0 tag rewritten with filter-branch, refs/original deleted, reflog expired and gc'd." },
  { finish = true },
})
