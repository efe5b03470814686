-- Sloppy (play round 2026-12-06, playC): the reference's fix and filter-branch rewrite, refs/original
-- deleted and the reflog expired, but a plain `git gc` (default prune: objects younger than two
-- weeks stay): every old commit with the key is still loose in .git/objects, recoverable with
-- `git fsck --lost-found`, and the report says "nothing left locally". Ticket item 3 is not done
-- and the secret is still in the repository: no_local_copies is required, so this fails (it passed
-- at 71 % before, as did a kept reflog and a pack hidden in .git).
local part = require("parts.backup")
local rewrite = part.rewrite[1].sh:gsub("git gc %-q %-%-prune=now", "git gc -q")
return part.script({ outcome = "failed", max_percent = 75 }, part.fix, {
  { sh = rewrite .. "; git count-objects -v | head -n 2" },
  { submit = "scrub" },
  { say = "ines", text = "SEC-31 done: every commit and the v0.3.0 tag rewritten with filter-branch, refs/original deleted, reflog expired and gc run, nothing left locally." },
  { finish = true },
})
