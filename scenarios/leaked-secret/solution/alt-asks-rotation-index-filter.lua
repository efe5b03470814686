-- Valid route (play round 2026-12-06, playC): the careful junior first asks Ines whether the
-- key was rotated (it was), fixes the code, rewrites with `filter-branch --index-filter` using
-- `git show | sed | git hash-object -w` per file, `rm -rf .git/refs/original`, and
-- `reflog expire` + `gc --prune=now --aggressive`; reports to Ines by DM in lowercase, no
-- punctuation, without "history" but with "every commit", "tag" and "reflog". Must pass 100 %.
local part = require("parts.backup")
return part.script({ outcome = "passed", min_percent = 100 }, {
  { say = "ines", text = "hi ines, has the old key been rotated already or should I ask the vendor" },
}, part.fix, {
  { sh = [==[FILTER_BRANCH_SQUELCH_WARNING=1 git filter-branch -f --index-filter '
for f in notify/settings.py docs/CONFIG.md; do
  blob=$(git rev-parse -q --verify ":$f") || continue
  new=$(git cat-file blob "$blob" | sed -E "s/lmk_live_[A-Za-z0-9]+/<secret-store>/g" | git hash-object -w --stdin)
  git update-index --cacheinfo 100644,"$new","$f"
done' --tag-name-filter cat -- --all 2>&1 | tail -n 2]==] },
  { sh = "rm -rf .git/refs/original && git reflog expire --expire=now --all && git gc -q --aggressive --prune=now && git log --all -p | grep -c lmk_live" },
  { submit = "scrub" },
  { say = "ines", text = "all done the key is gone from every commit and the v0.3.0 tag and i expired the reflog and pruned so no old objects are left" },
  { finish = true },
})
