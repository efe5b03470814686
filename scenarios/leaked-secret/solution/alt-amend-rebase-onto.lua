-- Valid route (play round 2026-12-06, playC): no filter-branch and no interactive rebase. The
-- learner checks out each commit that brought the key in ("Add Larkspur Messaging client", then
-- "Document configuration"), redacts it, `commit --amend`s it and replays the rest of main with
-- `git rebase --onto HEAD <old> main`; v0.3.0 moved by hand onto the new "Add client tests"; the
-- code fixed on top; `reflog expire --expire=now --all` + `gc --prune=now`, ORIG_HEAD left as
-- rebase wrote it. A junior's plain-git route the ticket allows: must pass 100 %.
local part = require("parts.backup")
return part.script({ outcome = "passed", min_percent = 100 }, {
  { sh = "git log --oneline --decorate --all; git log --all --format='%h %s' -S lmk_live" },
  { sh = [==[for subject in 'Add Larkspur Messaging client' 'Document configuration'; do
  old=$(git log --format=%H --grep="^$subject\$" main)
  git checkout -q "$old"
  grep -rl lmk_live --exclude-dir=.git . | xargs sed -i -E 's/lmk_live_[A-Za-z0-9]+/<in the secret store>/g'
  git commit -q -a --amend --no-edit
  git rebase -q --onto HEAD "$old" main || exit 1
done
git log --oneline --decorate --all]==] },
  { sh = [==[git tag -f v0.3.0 "$(git log --format=%H --grep='^Add client tests$' main)"; git log --oneline --decorate -n 5]==] },
}, part.fix, {
  { sh = "git reflog expire --expire=now --all && git gc -q --prune=now && git log --all -p | grep -c lmk_live; git count-objects -v" },
  { submit = "scrub" },
  { say = "ines", text = "Done with SEC-31. I amended the two commits that added the key and rebased main on top of them, moved v0.3.0 to the new 'Add client tests', expired the reflog and pruned, so the old objects are gone locally. The code reads LARKMSG_API_KEY now." },
  { finish = true },
})
