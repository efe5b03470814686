-- Mistake (blind play, round 6, pf6): the route of alt-tmp-mirror-backup-perl-filter, but the
-- "safety copy" is a git worktree (git worktree add --detach /tmp/notify-old HEAD) made before
-- the rewrite and never removed. Its HEAD lives in .git/worktrees and keeps the old commits, key
-- and all, alive: gc cannot prune them and the repository still holds them, so the history and
-- local-leftover checks fail, and the "all clean" told to Ines is not true. Failed (48 %).
local alt = require("alt-tmp-mirror-backup-perl-filter")
local script = { expect = { outcome = "failed", max_percent = 50 } }
for i, step in ipairs(alt) do
  local s = {}
  for k, v in pairs(step) do s[k] = v end
  if s.sh then s.sh = s.sh:gsub("git clone %-q %-%-mirror %. /tmp/notify%-before%-sec31%.git", "git worktree add -q --detach /tmp/notify-old HEAD") end
  if s.post then s.text = s.text:gsub(" i kept a mirror clone.*$", " all clean.") end
  script[i] = s
end
return script
