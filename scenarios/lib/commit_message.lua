-- commit_message.lua: whether the learner's commit subjects say what their commits do, judged as
-- a rubric item (a vague subject costs its points; it never holds the reviewer's approval of work
-- that is right, as a failing check would). One rule for every scenario that grades it:
--
--   local commit_message = require("commit_message")
--   rubric = { commit_message.rubric_item("dmitri", 2, "DATA-204: migration 0004 adds customers"), ... }
--   -- or, with a scenario's own label, criteria and options:
--   rubric = { { id = "message", ..., scripted = function(run) return commit_message.judge(run, 5, opts) end } }
--
-- A subject is vague when it is made only of words that name nothing (wip, fix, stuff, update,
-- some changes, "the code", or no word at all); a short subject that names anything ("0004",
-- "customers table", "ci: python3") says something. Options add a scenario's own words and rules.
local M = {}

local GIT = "GIT_OPTIONAL_LOCKS=0 git -c safe.directory='*' -c core.quotepath=off"

local function set(words)
  local s = {}
  for _, w in ipairs(words) do s[w] = true end
  return s
end

-- Words that say nothing about a change, alone or together.
local EMPTY_WORDS = set({ "wip", "tmp", "temp", "todo", "fixup", "squash", "fix", "fixes", "fixed", "fixing", "bugfix",
  "hotfix", "update", "updated", "updates", "change", "changes", "changed", "stuff", "thing", "things", "misc", "minor",
  "commit", "save", "work", "working", "done", "test", "tests", "asdf", "the", "a", "an", "some", "my", "it", "this",
  "that", "again", "now", "more", "small", "quick", "final", "bug", "bugs", "issue", "issues", "error", "errors",
  "problem", "problems", "tweak", "tweaks", "edit", "edits", "code" })

-- First words that mark a subject as unfinished whatever follows ("wip: customers", "fixup! ...").
local UNFINISHED_START = set({ "wip", "tmp", "temp", "todo", "xxx", "fixup", "squash" })

local function words_of(subject)
  local low = subject:lower():gsub("bug ?fix", "bugfix"):gsub("hot ?fix", "hotfix")
  local list = {}
  for w in low:gmatch("[^%s%p]+") do list[#list + 1] = w end
  return list
end

local function names_any(subject, patterns)
  local low = subject:lower()
  for _, p in ipairs(patterns or {}) do
    if low:find(p) then return true end
  end
  return false
end

-- Whether a subject says nothing. opts (all optional): empty_words, a list of the scenario's own
-- words that name nothing there ("sync", "client"); unfinished_start, true to fail a subject
-- whose first word is wip/tmp/todo/fixup/squash whatever follows; names, Lua patterns (matched on
-- the lower-cased subject) of what the change is about, and then a one-word subject passes only
-- when it matches one of them.
function M.vague(subject, opts)
  opts = opts or {}
  local words = words_of(subject)
  if opts.unfinished_start and words[1] and UNFINISHED_START[words[1]] then return true end
  if opts.names and select(2, subject:gsub("%S+", "")) < 2 and not names_any(subject, opts.names) then return true end
  local extra = set(opts.empty_words or {})
  for _, w in ipairs(words) do
    if not EMPTY_WORDS[w] and not extra[w] and not w:find("^x+$") then return false end
  end
  return true
end

-- The subjects of the learner's commits since the base (merges left out), newest first; with a
-- path, only those of commits that change it. nil, why without a base or when git cannot say.
function M.subjects(run, path)
  if not run.base_commit then return nil, "the run's base commit is unknown" end
  local ok, out = run:sh(GIT .. " log --no-merges --no-color --format=%s " .. run.base_commit .. "..HEAD"
    .. (path and (" -- '" .. path .. "'") or ""))
  if not ok then return nil, "git could not list your commits" end
  local list = {}
  for s in tostring(out):gmatch("[^\n]+") do
    if s:find("%S") then list[#list + 1] = s end
  end
  return list
end

-- points and a why for a rubric item: all points when every subject says what its commit does,
-- 0 with the first vague subject and how to reword it. opts: example (a subject that would do),
-- the options of M.vague, and names_in (a path) with names_what: then at least one commit that
-- changes names_in must name the change (opts.names), else 0 saying so.
function M.judge(run, points, opts)
  opts = opts or {}
  local subjects, why = M.subjects(run)
  if not subjects then return 0, why end
  if #subjects == 0 then return 0, "there is no commit of yours yet" end
  for _, s in ipairs(subjects) do
    if M.vague(s, opts) then
      return 0, ("the commit subject \"%s\" does not say what the commit does; e.g. \"%s\" (git commit --amend to "
        .. "reword the last one, git rebase -i an earlier one)"):format(s, opts.example or "name what changed and why")
    end
  end
  if opts.names_in then
    local touching = M.subjects(run, opts.names_in) or {}
    local named = false
    for _, s in ipairs(touching) do named = named or names_any(s, opts.names) end
    if not named then
      return 0, ("no subject of a commit that changes %s says what it fixes (%s): \"%s\" (git commit --amend to "
        .. "reword it)"):format(opts.names_in, opts.names_what or "the change", touching[1] or subjects[1])
    end
  end
  return points, "every commit subject says what its commit does"
end

-- The rubric item for scenarios that grade only this rule: id "message", judged by cast member
-- `judge`, `points` for subjects that all say what their commit does; `example` is a subject the
-- feedback may show. A scenario with its own rule (api-debug) writes its item and calls M.judge.
function M.rubric_item(judge, points, example)
  return {
    id = "message", label = "The commit subject says what the commit does", points = points, judge = judge,
    skill = "git",
    criteria = points .. [[: every subject of the learner's commits says what its commit does; a short subject
that names anything passes. 0: a subject made only of words that name nothing (wip, fix, stuff,
update, some changes, the code), or no commit at all.]],
    scripted = function(run) return M.judge(run, points, { example = example }) end,
  }
end

return M
