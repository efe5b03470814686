-- hygiene.lua: whether the learner's SHIP-231 commits are clean (only svc/eta.py and tests/*.py,
-- no debug code in svc/, subjects that say what was fixed). A rubric item of Dana's, not a check
-- of the task: a vague subject or a stray file costs its points and earns a remark with the
-- approval, but it does not stop Dana approving a fix that works (the engine holds an approval
-- while any check of the task fails, so the review gate covers only the fix and its test).
local M = {}

local commit_hygiene = require("commit_hygiene")

local GIT = "GIT_OPTIONAL_LOCKS=0 git -c safe.directory='*' -c core.quotepath=off"
local ETA = "svc/eta.py"

-- Subjects that say nothing: a first word from VAGUE_START, or one of VAGUE_ALONE with at most
-- one more word ("fix", "update tests", "stuff!"), or fewer than 12 characters.
local VAGUE_START = { wip = true, tmp = true, temp = true, todo = true, xxx = true, fixup = true, squash = true }
local VAGUE_ALONE = { fix = true, fixes = true, fixed = true, bugfix = true, update = true, updates = true,
  updated = true, change = true, changes = true, commit = true, stuff = true, misc = true, done = true,
  test = true, tests = true, work = true }

-- The problems of the learner's commits on any local branch (Tom's commits left out), at most
-- four, in the order found; an empty list when they are clean; nil, why when there is no commit
-- or git cannot say.
function M.problems(run, review_tip)
  if not run.base_commit or not review_tip then return nil, "the run's base is unknown" end
  local range = "--branches ^" .. run.base_commit .. " ^" .. review_tip
  local ok, out = run:sh(GIT .. " log --no-color --format='%x01%H %s' --name-only " .. range
    .. " && printf '\\002\\n' && " .. GIT .. " log --no-color -p -U0 --format='%x01%H' " .. range .. " -- svc")
  if not ok then return nil, "git could not list your commits" end
  local listing, patches = out:match("^(.-)\2\n(.*)$")
  if not listing then return nil, "git could not list your commits" end
  local found, seen, commits = {}, {}, 0
  local function add(text)
    if not seen[text] and #found < 4 then
      seen[text] = true
      found[#found + 1] = text
    end
  end
  for record in listing:gmatch("\1([^\1]*)") do
    local sha, subject, files = record:match("^(%x+) ([^\n]*)\n?(.*)$")
    if sha then
      commits = commits + 1
      if commit_hygiene.vague_subject(subject, VAGUE_START, VAGUE_ALONE) then
        add("the commit subject \"" .. subject .. "\" does not say what you fixed, e.g. \"Skip Saturdays when "
          .. "counting business days (SHIP-231)\"")
      end
      for path in files:gmatch("[^\n]+") do
        if path ~= ETA and not (path:find("^tests/") and path:find("%.py$")) then
          add("commit " .. sha:sub(1, 7) .. " changes " .. path .. ", which SHIP-231 does not need: keep the commit to "
            .. ETA .. " and its test")
        end
      end
    end
  end
  if commits == 0 then return nil, "there is no commit of yours yet" end
  for line in patches:gmatch("[^\n]+") do
    if commit_hygiene.debug_line(line) then
      add("debug code is committed in svc/: " .. line:sub(2):gsub("^%s+", ""):sub(1, 80))
      break
    end
  end
  return found
end

return M
