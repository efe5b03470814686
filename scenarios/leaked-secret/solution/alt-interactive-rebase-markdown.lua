-- Valid route (play round 2026-12-06, playbs): the history rewritten with an interactive rebase
-- (`GIT_SEQUENCE_EDITOR` turns every "pick" into "edit"; at each stop a `git grep -l | xargs sed`
-- redacts the key and the commit is amended), v0.3.0 moved by hand onto the redacted "Add client
-- tests" (found with git log --grep), the code fixed on top in its own commit, ORIG_HEAD dropped,
-- reflog expired and gc'd; the report to Ines is a British-English markdown list ("sorted",
-- "re-written", "scrubbed"). Every item true: must pass 100 %.
local part = require("parts.backup")
return {
  expect = { outcome = "passed", min_percent = 100 },
  { sh = "git log --all --oneline --decorate --graph; git grep -n -I lmk_live $(git rev-list --all) -- | cut -d: -f2 | sort | uniq -c" },
  { sh = [==[GIT_SEQUENCE_EDITOR="sed -i 's/^pick /edit /'" git rebase -q -i --root 2>&1 | tail -n 1
while [ -d .git/rebase-merge ]; do
  files=$(git grep -l -I lmk_live -- . 2>/dev/null)
  if [ -n "$files" ]; then echo "$files" | xargs sed -i -E 's/lmk_live_[A-Za-z0-9]+/<redacted>/g' && git commit -q -a --amend --no-edit; fi
  git rebase --continue >/dev/null 2>&1 || break
done
git status -sb | head -n 1; git log --oneline --decorate]==] },
  { sh = [==[T=$(git log --format=%H --grep='^Add client tests$' main) && git tag -f v0.3.0 "$T" && git log --oneline --decorate -n 5 | cat]==] },
  part.fix[1],
  { sh = "git update-ref -d ORIG_HEAD 2>/dev/null; git reflog expire --expire=now --all && git gc -q --prune=now && git log --all -p | grep -c lmk_live; git count-objects -v | head -n 2" },
  { submit = "scrub" },
  { say = "ines", text = "SEC-31 sorted :white_check_mark:\n\n- **code**: `settings.api_key()` reads `LARKMSG_API_KEY` and raises a RuntimeError naming it when unset; tests green\n- **history**: every commit re-written with an interactive rebase, the key scrubbed from `notify/settings.py` and `docs/CONFIG.md`\n- **tag**: `v0.3.0` re-pointed at the redacted *Add client tests*\n- **leftovers**: ORIG_HEAD dropped, reflog expired, `gc --prune=now`: no old objects left locally" },
  { finish = true },
}
