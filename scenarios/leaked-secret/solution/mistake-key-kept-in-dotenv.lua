-- Mistake (play round 2026-12-06, playbs): a careful rewrite like the reference, but the learner
-- "moves" the key into a .env file (git-ignored, as docs/CONFIG.md suggests for local development)
-- and says so. The ticket says the key appears nowhere in the files: it is still on disk, one
-- `git add -f` or one copied folder from public. no_key_in_files (required) fails: must fail.
local part = require("parts.backup")
return part.script({ outcome = "failed", max_percent = 70 }, {
  { sh = "git show HEAD:notify/settings.py | sed -n 's/^LARKMSG_API_KEY = \"\\(.*\\)\"/LARKMSG_API_KEY=\\1/p' > .env && git status --short --ignored" },
}, part.fix, part.rewrite, {
  { submit = "scrub" },
  { say = "ines", text = "SEC-31 done: the code reads LARKMSG_API_KEY (I put the value in the git-ignored .env for local runs), every commit and the v0.3.0 tag rewritten, refs/original deleted, reflog expired, gc'd." },
  { finish = true },
})
