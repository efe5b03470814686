-- gitrepo.lua: turn the learner's workspace into a git repository at the start of a run.
-- A scenario folder cannot ship a nested .git, so on_start builds it:
--   local gitrepo = require("gitrepo")
--   on_start = function(run) gitrepo.init(run, { message = "Initial import" }) end
local M = {}

-- Single-quotes a string for bash.
function M.shq(s)
  return "'" .. tostring(s):gsub("'", "'\\''") .. "'"
end

-- Files the learner's own tools drop into /workspace (it is also $HOME): never part of the
-- project, so `git status` stays clean and "working tree clean" checks stay fair.
M.EXCLUDE = {
  ".bash_history", ".python_history", ".lesshst", ".viminfo", ".gitconfig", ".wget-hsts",
  ".sqlite_history", ".cache/", ".local/", ".config/", ".pytest_cache/", "__pycache__/",
  ".nano/", "*.swp",
}

-- A display name and e-mail for the learner's commits.
function M.identity(run)
  local name = tostring(run.learner or "")
  name = name:gsub("[^%w%s%.%-_]", ""):gsub("^%s+", ""):gsub("%s+$", "")
  if name == "" then name = "Learner" end
  local slug = name:lower():gsub("[^%w]+", ".")
  return name, slug .. "@example.com"
end

-- A value for .git/config, quoted as git reads it back verbatim.
local function config_value(s)
  return '"' .. tostring(s):gsub('[\\"]', "\\%0"):gsub("\n", "\\n"):gsub("\t", "\\t") .. '"'
end

-- `git commit` without the `git maintenance run --auto` it starts after each commit (a process
-- of its own, and a tiny repository never needs one).
local COMMIT = "git -c maintenance.auto=false -c gc.auto=0 commit"

-- The environment that makes a git commit someone else's, at a given date.
local function author_env(name, email, date)
  return "GIT_AUTHOR_NAME=" .. M.shq(name) .. " GIT_AUTHOR_EMAIL=" .. M.shq(email) ..
      " GIT_COMMITTER_NAME=" .. M.shq(name) .. " GIT_COMMITTER_EMAIL=" .. M.shq(email) ..
      " GIT_AUTHOR_DATE=" .. M.shq(date) .. " GIT_COMMITTER_DATE=" .. M.shq(date)
end

-- The bash command that creates the repository (exposed for manual verification).
-- opts: message (first commit subject), author/email/date (of the history commits),
-- history = { { message = "...", paths = { "a", "b" } }, ... } commits made first, path by
-- path (each may have its own date), before the rest of the tree goes in with `message`;
-- name/email = the learner's identity for their own commits; exclude = extra patterns for
-- .git/info/exclude (e.g. { ".origin/" } for a bare "remote" kept inside the workspace).
function M.init_command(opts)
  opts = opts or {}
  local author = opts.author or "Priya Shah"
  local aemail = opts.author_email or "priya.shah@example.com"
  local date = opts.date or "2024-03-11T09:30:00+00:00"
  local env = author_env(author, aemail, date)
  local parts = {
    "set -e",
    "git init -q -b main .",
    -- the learner's identity and pager in one write (a `git config` process per key cost three)
    "printf '[user]\\n\\tname = %s\\n\\temail = %s\\n[core]\\n\\tpager = cat\\n' " ..
        M.shq(config_value(opts.name or "Learner")) .. " " .. M.shq(config_value(opts.email or "learner@example.com")) ..
        " >> .git/config",
    "printf '%s\\n' " .. (function()
      local q = {}
      for _, e in ipairs(M.EXCLUDE) do q[#q + 1] = M.shq(e) end
      for _, e in ipairs(opts.exclude or {}) do q[#q + 1] = M.shq(e) end
      return table.concat(q, " ")
    end)() .. " >> .git/info/exclude",
  }
  for _, h in ipairs(opts.history or {}) do
    local p = {}
    for _, path in ipairs(h.paths) do p[#p + 1] = M.shq(path) end
    parts[#parts + 1] = "git add -- " .. table.concat(p, " ")
    local e = env
    if h.date then e = env:gsub(M.shq(date):gsub("%p", "%%%0"), M.shq(h.date)) end
    parts[#parts + 1] = e .. " " .. COMMIT .. " -q -m " .. M.shq(h.message)
  end
  parts[#parts + 1] = "git add -A"
  parts[#parts + 1] = env .. " " .. COMMIT .. " -q -m " .. M.shq(opts.message or "Initial import")
  return table.concat(parts, "\n")
end

-- A teammate's later commit, after init: `files` = { [path] = text } are written (nil text
-- removes the path), then everything is committed as opts.author at opts.date with message and
-- optional body. So a scenario can ship the newest version of a file in workspace/ and let
-- init commit an older one first (files = { [path] = older text }, then the newer one here).
-- Raises with git's output when it fails, like init.
function M.commit(run, opts)
  for path, text in pairs(opts.files or {}) do
    if text then
      local ok, why = run:write(path, text)
      if not ok then error("gitrepo.commit: cannot write " .. path .. ": " .. tostring(why)) end
    else
      run:sh("rm -rf -- " .. M.shq(path))
    end
  end
  local cmd = "git add -A && " .. author_env(opts.author or "Priya Shah", opts.author_email or "priya.shah@example.com",
      opts.date or "2024-03-11T09:30:00+00:00") .. " " .. COMMIT .. " -q -m " .. M.shq(opts.message or "Update")
  if opts.body then cmd = cmd .. " -m " .. M.shq(opts.body) end
  local ok, out, code = run:sh(cmd)
  if not ok then error("git commit failed (exit " .. tostring(code) .. "): " .. tostring(out)) end
  return true
end

-- For check scripts: defines g() (git on the check's copy of the learner's repository, whoever
-- owns the files), gb() (git on the engine's read-only copy of the repository as it stood when
-- on_start returned, /base/.git: what the base held, from a source the learner cannot touch)
-- and sets $base to $WORKSIM_BASE_COMMIT, the HEAD commit the engine recorded then. So "the
-- learner's commits" are `$base..HEAD`, and the original tests are `gb archive "$base" tests`.
-- Nothing here reads a file of the workspace: a learner who moves tags or branches, rewrites
-- refs or plants a marker in .git changes none of it. $base is empty when the workspace was
-- no git repository at the start. Paste it at the top of a check: gitrepo.CHECK_PRELUDE .. [[ ... ]]
M.CHECK_PRELUDE = [[
g() { git -c safe.directory='*' "$@"; }
gb() { git -c safe.directory='*' --git-dir=/base/.git "$@"; }
base=${WORKSIM_BASE_COMMIT:-}
]]

-- Runs the setup in the learner's workspace; raises with the output when it fails, so a broken
-- setup is reported as such and never scored as a learner mistake.
function M.init(run, opts)
  opts = opts or {}
  if not opts.name then opts.name, opts.email = M.identity(run) end
  local ok, out, code = run:sh(M.init_command(opts))
  if not ok then
    error("git setup failed (exit " .. tostring(code) .. "): " .. tostring(out))
  end
  return true
end

-- The commit the learner hands in when it is not HEAD: with HEAD still at `base` (the setup
-- commit) and the working tree clean, the newest branch holding a commit of theirs (work
-- committed on a branch, then `git switch main`; or in a second worktree). nil when it is HEAD.
-- A scenario's checks that judge "the delivered commit" must pick the same one (feature-flag's
-- and big-codebase's checks/verify.py). With opts.log, also its commits since base ({ subject,
-- body = "" }, newest first) and the paths they change ({ path }), from the same sandbox call.
local DELIVERED = [[set -f; G="git -c safe.directory=* -c core.quotepath=off"; export GIT_OPTIONAL_LOCKS=0
if [ "$($G rev-parse HEAD 2>/dev/null)" = BASE ] && [ -z "$($G status --porcelain --untracked-files=all 2>/dev/null)" ]; then
  for r in $($G for-each-ref --sort=-committerdate --format='%(objectname)' refs/heads); do
    if [ -n "$($G rev-list -n 1 BASE..$r)" ]; then
      echo "$r"; [ -z "LOG" ] || { $G log --format='%x01%s%n%b' BASE..$r; printf '\002'; $G diff --name-only BASE $r; }; exit 0
    fi
  done
fi]]
function M.delivered(run, base, opts)
  if not base or not tostring(base):match("^%x+$") then return nil end
  local script = DELIVERED:gsub("BASE", base):gsub("LOG", opts and opts.log and "log" or "")
  local ok, out = run:sh(script)
  local sha, rest = tostring(ok and out or ""):match("^(%x+)\n?(.*)$")
  if not sha then return nil end
  if not (opts and opts.log) then return sha end
  local log, names = rest:match("^(.-)\2(.*)$")
  local commits, changed = {}, {}
  for msg in (log or ""):gmatch("\1([^\1]*)") do commits[#commits + 1] = { subject = msg, body = "" } end
  for path in (names or ""):gmatch("[^\n]+") do changed[#changed + 1] = { path = path } end
  return sha, commits, changed
end

return M
