-- Round 10 (pc10), the git expert: the reference's talk with Sofia, but the work happens in a
-- `git worktree` on a topic branch in /tmp (export, test, backlog, committed there), a stash
-- round trip in the main tree (a scratch note in README.md stashed and dropped), then
-- `git merge --ff-only` into the workspace branch and `git worktree remove`. The tests run as
-- `timeout 120 env PYTHONDONTWRITEBYTECODE=1 python3 -m pytest -q` in the worktree. Valid: 100 %.
local part = require("parts.reference")
local function in_tree(stage)
  local out = {}
  for _, a in ipairs(stage) do
    out[#out + 1] = a.sh and { sh = "cd /tmp/exp88 && " .. a.sh } or a
  end
  return out
end
return part.script(nil, part.look, part.ask, part.estimate, part.hold, {
  { sh = "echo 'scratch: ask Ines about review' >> README.md && git stash && git status --short && git worktree add -q -b exp-88-csv /tmp/exp88 && cd /tmp/exp88 && git branch --show-current" },
}, in_tree(part.export), in_tree(part.test), in_tree(part.backlog_commit), {
  { sh = "cd /tmp/exp88 && timeout 120 env PYTHONDONTWRITEBYTECODE=1 python3 -m pytest -q" },
  { sh = "cd /workspace && git stash pop && git checkout -- README.md && git stash list && git merge --ff-only exp-88-csv && git worktree remove /tmp/exp88 && git branch -d exp-88-csv && git status --short && git log --oneline | head -3" },
}, part.try, part.submit, part.tell_sofia)
