-- Sloppy (play round 2026-12-06, playbs): edits the code first; filter-branch refuses a dirty
-- tree, so the learner stashes, rewrites every branch and tag, then `git stash pop`, which
-- conflicts with the redacted lines and therefore KEEPS the stash; the learner resolves with
-- --theirs and commits, never looking at `git stash list`. refs/stash still points at a stash
-- whose base is the OLD main, with the key in both files; the reflog expiry and gc keep it (a
-- ref). A mirror push publishes refs/stash: history_clean (required) fails, the "all clean"
-- report earns nothing. Must fail.
local part = require("parts.backup")
local fix = part.fix[1].sh:gsub("; git commit %-qam '[^']*'", "")
return {
  expect = { outcome = "failed", max_percent = 50 },
  { sh = fix },
  { sh = [[FILTER_BRANCH_SQUELCH_WARNING=1 git filter-branch -f --tree-filter 'sed -i -E "s/lmk_live_[A-Za-z0-9]+/REDACTED/g" notify/settings.py docs/CONFIG.md 2>/dev/null; true' --tag-name-filter cat -- --branches --tags 2>&1 | tail -n 2]] },
  { sh = [[git stash -q && FILTER_BRANCH_SQUELCH_WARNING=1 git filter-branch -f --tree-filter 'sed -i -E "s/lmk_live_[A-Za-z0-9]+/REDACTED/g" notify/settings.py docs/CONFIG.md 2>/dev/null; true' --tag-name-filter cat -- --branches --tags >/dev/null 2>&1; git stash pop; git status --short]] },
  { sh = [[git checkout --theirs -- notify/settings.py docs/CONFIG.md && git add notify/settings.py docs/CONFIG.md && python3 -m pytest -q 2>&1 | tail -n 1 && git commit -qm 'Read the API key from LARKMSG_API_KEY (SEC-31)' && rm -rf .git/refs/original && git reflog expire --expire=now --all && git gc -q --prune=now && git log --branches --tags -p | grep -c lmk_live]] },
  { submit = "scrub" },
  { say = "ines", text = "SEC-31 done: the code reads LARKMSG_API_KEY, every branch and the v0.3.0 tag rewritten with filter-branch, refs/original removed, reflog expired and gc'd." },
  { finish = true },
}
