-- Round 10, the git expert: the code fix made, then undone (reset --soft) and redone as two
-- `commit --fixup` commits aimed at the commits that added the key ("Add Larkspur Messaging
-- client", "Document configuration"), folded in with `GIT_SEQUENCE_EDITOR=: git rebase -i
-- --autosquash --root`; v0.3.0 re-pointed by hand, reflog expired, gc; the report in #security
-- opening "@ines". 100 %.
local part = require("parts.backup")
local fix = {
  { sh = "git log --oneline --decorate --all && git log --all --format='%h %s' -S lmk_live" },
  part.fix[1],
}
-- undo the fix commit, redo it as two fixups of the commits that added the key
local rewrite = {
  { sh = "git reset -q --soft HEAD~1 && git restore --staged . && git status --short" },
  { sh = [[git commit -q --fixup=":/Add Larkspur Messaging client" notify/settings.py && git commit -q --fixup=":/Document configuration" docs/CONFIG.md && git log --oneline]] },
  { sh = "GIT_SEQUENCE_EDITOR=: git rebase -q -i --autosquash --root && git log --oneline" },
  { sh = [[git tag -f v0.3.0 "$(git log --format=%H --grep='^Add client tests$' main)" && git log --oneline --decorate -4]] },
  { sh = "git reflog expire --expire=now --all && git gc -q --prune=now && git log --all -p | grep -c lmk_live; git count-objects -v | head -2" },
}
local report = {
  { post = "#security", text = "@ines SEC-31 done: settings.py reads LARKMSG_API_KEY now (tests green) and the key is out of both files in every commit: I folded the redaction into the two commits that added it (fixup + autosquash), re-pointed v0.3.0 at the rewritten 'Add client tests', expired the reflog and pruned with gc. git log --all -p finds nothing." },
  { submit = "scrub" },
  { finish = true },
}
return part.script(nil, fix, rewrite, report)
