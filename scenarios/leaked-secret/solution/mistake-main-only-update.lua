-- Sloppy, half done (play-test 2026-12-06, second session): fixes the code, commits it as
-- "update", rewrites only main (no --tag-name-filter, v0.3.0 left out), cleans up and tells Ines
-- "done, rewrote the history". The tag still reaches the key (history_clean, required, fails;
-- no_local_copies too), it points at the old release commit (history_kept), the report is
-- untrue and the subject says nothing (tidy). Must fail: 29 %.
local part = require("parts.backup")
return {
  expect = { outcome = "failed", max_percent = 30 },
  { sh = (part.fix[1].sh:gsub("git commit %-qam '[^']*'", "git commit -qam update")) },
  { sh = [[FILTER_BRANCH_SQUELCH_WARNING=1 git filter-branch -f --tree-filter 'sed -i -E "s/lmk_live_[A-Za-z0-9]+/REDACTED/g" notify/settings.py docs/CONFIG.md 2>/dev/null; true' main && rm -rf .git/refs/original && git reflog expire --expire=now --all && git gc -q --prune=now]] },
  { submit = "scrub" },
  { say = "ines", text = "done, rewrote the history" },
  { finish = true },
}
