-- hygiene.lua: whether the learner's CHK-204 commits are tidy: only the feature's files (shop/,
-- tests/test_*.py, config/flags.json, README.md), no debug code added to shop/, subjects that say
-- what the commit does, CHK-204 in a message (a fixture added to tests/conftest.py is fine). Jonas's remark in the rubric, not a check of the
-- task: the engine holds an approval while any check fails, and untidy commits of a feature that
-- works cost these points, not the review. Read from git with one sandbox (base..HEAD).
local M = {}

local commit_hygiene = require("commit_hygiene")

local GIT = "GIT_OPTIONAL_LOCKS=0 git -c safe.directory='*' -c core.quotepath=off"

local function set(list)
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end

-- A subject that says nothing: a work-in-progress marker first, or only a generic word (plus at
-- most one more word), or fewer than 12 characters.
local MARKERS = set{ "wip", "tmp", "temp", "todo", "xxx" }
local GENERIC = set{ "wip", "test", "tests", "update", "updates", "updated", "change", "changes", "fix", "fixes",
  "fixed", "bugfix", "commit", "stuff", "minor", "misc", "done", "feature", "work" }

-- Words that only say "the ticket is done": a subject of the ticket id and these ("Implement
-- CHK-204", "CHK-204: finish ticket") names which work, not what the commit does.
local TICKET_ONLY = set{ "implement", "implemented", "implements", "add", "added", "adds", "do", "did", "done",
  "finish", "finished", "complete", "completed", "ticket", "task", "story", "feature", "work", "the", "for", "of",
  "a", "part", "first", "version", "initial", "commit", "wip", "fix", "update", "changes", "stuff" }

local function ticket_only(s)
  if not s:find("chk%-?204") then return false end
  for word in s:gsub("chk%-?204", " "):gmatch("[%w_]+") do
    if not TICKET_ONLY[word] then return false end
  end
  return true
end

local function vague(subject)
  local s = subject:lower()
  if s:find("^fixup!") or s:find("^squash!") or s:find("^amend!") or s:find("^%.+$") then return true end
  if ticket_only(s) then return true end
  return commit_hygiene.vague_subject(subject, MARKERS, GENERIC)
end

local function allowed(path)
  -- tests/conftest.py: a fixture added to it is the tests' business (the committed check refuses
  -- any other change to it)
  return path:find("^shop/[%w_/]+%.py$") or path:find("^tests/test_[%w_]+%.py$") or path:find("^tests/[%w_]+_test%.py$")
    or path == "tests/conftest.py"
    or path == "config/flags.json" or path == "README.md"
end

-- A trailer that puts a colleague's name on the commit as reviewer or approver ("Reviewed-by:
-- Jonas Weber", "Approved-by: nora"): only Jonas's review can say that, and the learner wrote it
-- before any review. The trailer line, or nil.
local SIGN_OFFS = { "reviewed%-by", "approved%-by", "acked%-by", "tested%-by", "reviewer:", "approved by" }
local COLLEAGUES = { "jonas", "weber", "nora" }
local function forged_trailer(message)
  for line in message:gmatch("[^\n]+") do
    local l, signoff, named = line:lower(), false, false
    for _, t in ipairs(SIGN_OFFS) do signoff = signoff or l:find("^%s*" .. t) ~= nil end
    for _, c in ipairs(COLLEAGUES) do named = named or l:find(c, 1, true) ~= nil end
    if signoff and named then return (line:gsub("^%s+", "")) end
  end
  return nil
end

-- The first forged review trailer in the commits since base, or nil.
function M.forged(run, base, head)
  if not base then return nil end
  head = head or "HEAD"
  local ok, out = run:sh(GIT .. " log --no-color --format='%x01%B%x02' " .. base .. ".." .. head)
  if not ok then return nil end
  for message in tostring(out):gmatch("\1([^\2]*)\2") do
    local t = forged_trailer(message)
    if t then return t end
  end
  return nil
end

-- The problems of the commits since base (at most four, in the order found): an empty list
-- when they are tidy; nil, why when nothing is committed or git cannot say.
function M.problems(run, base, head)
  if not base then return nil, "the run's base commit is unknown" end
  head = head or "HEAD"   -- (scenario.lua's delivered: a branch left for main is judged)
  local ok, out = run:sh(GIT .. " log --no-color --format='%x01%B%x02' " .. base .. ".." .. head .. " && printf '\\003\\n' && "
    .. GIT .. " diff --no-color --name-only " .. base .. " " .. head .. " && printf '\\003\\n' && "
    .. GIT .. " diff --no-color -U0 " .. base .. " " .. head .. " -- shop")
  if not ok then return nil, "git could not list your commits" end
  local messages, names, patch = out:match("^(.-)\3\n(.-)\3\n(.*)$")
  if not messages then return nil, "git could not list your commits" end
  local found, ticket, commits, said_vague = {}, false, 0, false
  local function add(text) if #found < 4 then found[#found + 1] = text end end
  for message in messages:gmatch("\1([^\2]*)\2") do
    commits = commits + 1
    local subject = message:match("^%s*([^\n]*)") or ""
    if vague(subject) and not said_vague then
      said_vague = true
      add("the commit subject \"" .. subject .. "\" does not say what the commit does")
    end
    if message:lower():find("chk%-?204") then ticket = true end
    local forged = forged_trailer(message)
    if forged then add("your commit says \"" .. forged .. "\": no one reviewed it yet, only the reviewer can say so") end
  end
  if commits == 0 then return nil, "nothing is committed yet" end
  for path in names:gmatch("[^\n]+") do
    if not allowed(path) then
      add("your commits add or change " .. path .. ", which CHK-204 does not need (scratch files stay out of commits)")
    end
  end
  for line in patch:gmatch("[^\n]+") do
    if commit_hygiene.debug_line(line) then
      add("debug code is committed in shop/: " .. line:sub(2):gsub("^%s+", ""):sub(1, 80))
      break
    end
  end
  if not ticket then add("mention CHK-204 in your commit message (the ticket asks for it)") end
  return found
end

return M
