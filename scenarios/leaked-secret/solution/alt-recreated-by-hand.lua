-- Valid route (play round 2026-12-06, playC): the history re-created by hand. On an orphan branch
-- the learner replays every commit of main: its tree checked out, the key redacted, and
-- `git commit -C <old>` (the old message, author and author date); main moved onto the new
-- branch, v0.3.0 re-tagged, the code fixed on top, reflog expired and gc'd. Every commit is kept
-- with its subject, author, date and files, only the key changed, so this is a rewrite, not a
-- squash: must pass 100 %.
local part = require("parts.backup")
return part.script({ outcome = "passed", min_percent = 100 }, {
  { sh = "git log --format='%h %an %ad %s' --date=iso; git tag -l" },
  { sh = [==[git checkout -q --orphan clean
for c in $(git rev-list --reverse main); do
  git rm -rqf . >/dev/null 2>&1
  git checkout "$c" -- .
  for f in $(git grep -l lmk_live -- . ); do sed -i -E 's/lmk_live_[A-Za-z0-9]+/REDACTED/g' "$f"; done
  git add -A && git commit -q -C "$c"
  [ "$(git log -1 --format=%s "$c")" = "Add client tests" ] && git tag -f v0.3.0 HEAD >/dev/null
done
git branch -f main clean && git checkout -q main && git branch -D clean && git log --format='%h %an %ad %s' --date=iso --decorate]==] },
}, part.fix, {
  { sh = "git reflog expire --expire=now --all && git gc -q --prune=now && git rev-list --all | xargs git grep -c lmk_live | wc -l" },
  { submit = "scrub" },
  { post = "#security", text = "@ines SEC-31: I rebuilt the history commit by commit with the key redacted (same messages, authors and dates), re-tagged v0.3.0, and ran reflog expire + gc --prune=now, so nothing is left locally. Code reads LARKMSG_API_KEY." },
  { finish = true },
})
