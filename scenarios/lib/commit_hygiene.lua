-- commit_hygiene.lua: the shared tests behind a scenario's remark on untidy commits (feature-flag,
-- day-at-work, merge-conflict, leaked-secret, own-mistake; bug-report's tidy hand-in uses verdict):
-- whether a subject says nothing, over the scenario's own word lists or the default ones, and
-- whether a -U0 patch line adds debug code. The scenario keeps what differs: its files, range and
-- wording.
local M = {}

-- Is a commit subject vague? Fewer than 12 characters; or a first word from start_words with no
-- word right after it ("wip: x", "fixup! x"); or a first word from alone_words with at most one
-- more word ("fix", "update tests", "stuff!"). "bug fix" counts as "bugfix". Both lists are sets.
function M.vague_subject(subject, start_words, alone_words)
  local s = subject:lower():gsub("^bug fix", "bugfix")
  if #subject < 12 then return true end
  local first, rest = s:match("^(%a+)(.*)$")
  if not first then return false end
  if start_words[first] and not rest:find("^[%w_]") then return true end
  return alone_words[first] ~= nil and (rest:find("^[^%w_]*$") ~= nil or rest:find("^ [%w_]+[^%w_]*$") ~= nil)
end

-- Does a line of a -U0 diff add debug code (print(, breakpoint(, pdb, ic()?
function M.debug_line(line)
  if line:sub(1, 1) ~= "+" or line:sub(1, 3) == "+++" then return false end
  return line:find("%f[%w_]print%(") or line:find("breakpoint%(") or line:find("%f[%w_]pdb%f[^%w_]")
    or line:find("%f[%w_]ic%(")
end

-- The lists most scenarios judge subjects with: a work-in-progress marker first, or a generic word
-- with at most one more word, as in feature-flag's hygiene.lua.
M.MARKERS = { wip = true, tmp = true, temp = true, todo = true, xxx = true, fixup = true, squash = true }
M.GENERIC = { wip = true, test = true, tests = true, update = true, updates = true, updated = true, change = true,
  changes = true, fix = true, fixes = true, fixed = true, bugfix = true, commit = true, stuff = true, minor = true,
  misc = true, done = true, feature = true, work = true, save = true, asdf = true }

-- Does a subject say nothing, by the lists above? `named` (optional, lower-case plain words) are
-- the scenario's own nouns: a generic word followed by one of them ("fix conflicts", "update
-- the migration") names the work, so it is not vague; a marker first ("wip: conflicts") or fewer
-- than 12 characters still is. "fixup!", "squash!", "amend!" and subjects of only dots are vague.
function M.says_nothing(subject, named)
  local s = subject:lower()
  if s:find("^fixup!") or s:find("^squash!") or s:find("^amend!") or s:find("^[%.%s]*$") then return true end
  if not M.vague_subject(subject, M.MARKERS, M.GENERIC) then return false end
  if #subject < 12 or M.MARKERS[s:match("^(%a+)") or ""] then return true end
  for _, w in ipairs(named or {}) do
    if s:find(w, 1, true) then return false end
  end
  return true
end

-- The commits in the output of `git log --format='%x01%an%x02%s%x02'`: a list of { author, subject }.
function M.commits(listing)
  local out = {}
  for author, subject in tostring(listing or ""):gmatch("\1([^\2]*)\2([^\2]*)\2") do
    out[#out + 1] = { author = author, subject = subject }
  end
  return out
end

-- The learner's commits in `listing` (M.commits: those for which skip(c) is false): how many, and a
-- breakdown line for the first whose subject says nothing (M.says_nothing with `named`), with a
-- subject that would do as `example`; nil when every subject says what its commit does.
function M.vague_commit(listing, skip, named, example)
  local mine, problem = 0, nil
  for _, c in ipairs(M.commits(listing)) do
    if not skip(c) then
      mine = mine + 1
      if not problem and M.says_nothing(c.subject, named) then
        problem = "the commit subject \"" .. c.subject .. "\" does not say what the commit does (e.g. \"" .. example .. "\")"
      end
    end
  end
  return mine, problem
end

-- A breakdown line for each path of `names` (one a line) for which extra(path) holds:
-- "<lead> PATH, which <why>".
function M.extra_paths(names, extra, lead, why)
  local out = {}
  for path in tostring(names or ""):gmatch("[^\n]+") do
    if extra(path) then out[#out + 1] = lead .. " " .. path .. ", which " .. why end
  end
  return out
end

-- The rubric item's verdict: all `points` when `problems` is empty; none with the problems named
-- (at most four) otherwise; none with `why` when problems is nil (nothing committed).
function M.verdict(points, problems, why, tidy)
  if not problems then return 0, why end
  if #problems == 0 then return points, tidy end
  local shown = {}
  for k = 1, math.min(#problems, 4) do shown[k] = problems[k] end
  return 0, table.concat(shown, "; ")
end

return M
