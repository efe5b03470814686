-- facts.lua: the facts a fair judge needs, for rubric functions, `when` predicates of scripted
-- rules and hooks (DESIGN §3, "Scripted colleagues react to what is true"). Judge acts and the
-- truth, never keywords: who was told what and when, whether it was a question, whether the
-- numbers said are the real ones, where a secret still is, what the diff touches, what the
-- learner's commands really returned. Usage: local facts = require("facts")
-- scenarios/README.md ("Facts for fair judges") has an example for each helper.
local M = {}

local shq = require("gitrepo").shq

local function set(list)
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end

-- ---- the transcript ----------------------------------------------------------------------

-- Every chat message so far, in order: { i, from, to, channel, text, time, learner }, where
-- learner is true for the learner's own messages and time is run.elapsed when it was sent.
-- With opts.task, each message also says where it stands against that task's submits:
--   before_submit      sent before the task's first submit (or the task was never submitted; a blank
--                      submit, clicked before the learner had done anything, does not count)
--   after_submit       sent after the first submit
--   after_last_submit  sent after the latest submit
-- Filters (all optional): learner = true (only the learner's) / false (only colleagues'),
-- from = cast id, to = cast id (the learner's DMs to them), with = cast id (the DM
-- conversation with them, both ways), channel = "#team" (posts there).
function M.transcript(run, opts)
  opts = opts or {}
  local task = opts.task and run:task(opts.task)
  local out = {}
  for i, m in ipairs(run:messages()) do
    local e = { i = i, from = m.from, to = m.to, channel = m.channel, text = m.text, time = m.time,
                learner = m.from == "learner" }
    if task then
      local first, last = task.first_submit, task.last_submit
      e.before_submit = first == nil or i <= first.messages
      e.after_submit = not e.before_submit
      e.after_last_submit = last ~= nil and i > last.messages
    end
    local keep = (opts.learner == nil or e.learner == opts.learner)
        and (opts.from == nil or e.from == opts.from)
        and (opts.to == nil or (e.learner and e.to == opts.to))
        and (opts.with == nil or (e.learner and e.to == opts.with) or (e.from == opts.with and e.to == "learner"))
        and (opts.channel == nil or e.channel == opts.channel)
    if keep then out[#out + 1] = e end
  end
  return out
end

-- The first message of a transcript list for which pred(message) is true, or nil.
function M.first(list, pred)
  for _, m in ipairs(list) do
    if pred(m) then return m end
  end
  return nil
end

-- ---- questions ---------------------------------------------------------------------------

local AUX = set{ "is", "are", "was", "were", "am", "do", "does", "did", "can", "could", "should",
  "would", "will", "shall", "may", "might", "must", "have", "has", "had", "isn't", "aren't",
  "don't", "doesn't", "didn't", "can't", "couldn't", "shouldn't", "wouldn't", "won't", "haven't",
  "hasn't" }
local SUBJECT = set{ "i", "you", "we", "it", "they", "he", "she", "this", "that", "these", "those",
  "there", "the", "a", "an", "my", "your", "our", "their", "anyone", "anybody", "someone",
  "somebody", "everyone", "everything", "something", "anything", "any", "all", "both" }
local WH = set{ "what", "which", "how", "when", "where", "why", "who", "whom", "whose" }
local NOT_A_NOUN = set{ "i", "you", "we", "it", "they", "he", "she", "the", "a", "an", "this",
  "that", "these", "those", "my", "your", "our", "their", "its", "his", "her", "there" }
local HOW_MUCH = set{ "many", "much", "long", "often", "far", "big", "soon", "old" }
local GREETING = set{ "hi", "hey", "hello", "morning", "afternoon", "evening", "thanks", "thx", "ok",
  "okay", "so", "yo", "hiya", "sorry", "thank", "ty", "cool", "great", "right", "alright", "oh", "ah",
  "nice", "perfect", "sure" }
local INDIRECT = { "any idea", "wondering if", "wondering whether", "not sure if", "not sure whether",
  "do you know", "can i ask", "could you tell", "is it ok", "is it okay", "would it be ok" }

-- Does this sentence open like a question? words: its first words, lower-cased.
local function opens_question(w)
  local w1, w2, w3 = w[1], w[2], w[3]
  if not w1 then return false end
  if AUX[w1] then return w2 ~= nil and SUBJECT[w2] == true end         -- "should I", "can you", "is it"
  local wh = w1:gsub("'s$", "")
  if not WH[wh] then return false end
  if wh ~= w1 or wh == "who" then return true end                       -- "what's", "who owns"
  if w2 == "not" or w2 == "come" then return true end                   -- "why not", "how come"
  if wh == "how" and HOW_MUCH[w2] then w2, w3 = w3, w[4] end            -- "how many rows are"
  if w2 and AUX[w2] then return true end                                -- "what is", "where do"
  return w2 ~= nil and not NOT_A_NOUN[w2] and w3 ~= nil and AUX[w3] == true   -- "which file should"
end

-- Whether text asks something, and why we think so. The documented heuristic: a '?' (not one
-- inside a URL such as "?q="), an indirect question ("any idea", "wondering if", "do you
-- know"), or a sentence that opens like a question: an auxiliary before a subject ("should I",
-- "can you", "do we", "is it", "could you") or a wh-word followed by an auxiliary ("what is",
-- "how do", "which file should", "how many rows are"; "what's", "who ..."). A short opening
-- before a comma or colon ("Hi Marco, should I ...") and a second one before a wh-word ("hi
-- sofia, before I start: what ...") and @mentions are skipped, and so are a greeting (or a run of them: "ok thanks") and
-- the one word after it without a comma ("hi marco what does ...", "ok thanks sofia what do
-- they need"). It misses questions worded as statements ("I need the date range") and may
-- take "Which is why ..." for one: pair it with the addressee and the timing, never use it
-- alone to award points.
function M.asks(text)
  local t = tostring(text or "")
  if t:find("%?[^%w=]") or t:find("%?$") then return true, "question mark" end
  local lower = t:lower()
  for _, phrase in ipairs(INDIRECT) do
    if lower:find(phrase, 1, true) then return true, "\"" .. phrase .. "\"" end
  end
  for sentence in (lower .. "\n"):gmatch("([^%.!;\n]*)[%.!;\n]") do
    local s = sentence:gsub("@[%w_%-]+", " ")
    for k = 1, 2 do   -- "hi marco," "quick question:", and both: "hi sofia, before I start: what ..."
      local head, rest = s:match("^%s*([%w%s']+)[,:]%s*(.*)$")
      if not head or select(2, head:gsub("%S+", "")) > 3 then break end
      -- a second opening only before a wh-word: "Ruth, all done now, have a look ..." asks nothing
      if k == 2 and not WH[(rest:match("^([%a']+)") or ""):gsub("'s$", "")] then break end
      s = rest
    end
    local words = {}
    for word in s:gmatch("[%w']+") do
      words[#words + 1] = word
      if #words == 9 then break end
    end
    -- Chat without punctuation: "hi marco what does ..." is "Hi Marco, what does ...": after a
    -- greeting or a run of them ("ok thanks", "thank you"), one more word (a name) may come
    -- before the question ("ok thanks sofia what do they need").
    local first = 1
    while first <= 3 and (GREETING[words[first]] or (words[first] == "you" and words[first - 1] == "thank")) do
      first = first + 1
    end
    local name = words[first]   -- a name, not a pronoun opening a statement ("ok so there is a bug")
    if name == "there" and (words[first - 1] == "hi" or words[first - 1] == "hey" or words[first - 1] == "hello") then
      name = "everyone"          -- "hi there what is ..."
    end
    if first > 1 and name and not NOT_A_NOUN[name]
        and not opens_question({ words[first], words[first + 1], words[first + 2], words[first + 3] }) then
      first = first + 1
    end
    words = { words[first], words[first + 1], words[first + 2], words[first + 3] }
    if opens_question(words) then return true, "\"" .. table.concat(words, " ", 1, math.min(2, #words)) .. "\"" end
  end
  return false
end

-- ---- numbers -----------------------------------------------------------------------------

-- unit (lower-cased) -> kind and factor to the kind's base unit (percent, bytes, seconds)
local UNITS = {
  ["%"] = { "percent", 1 }, percent = { "percent", 1 }, pct = { "percent", 1 },
  b = { "size", 1 }, byte = { "size", 1 }, bytes = { "size", 1 },
  k = { "size", 1024 }, kb = { "size", 1024 }, kib = { "size", 1024 },
  mb = { "size", 1024 ^ 2 }, mib = { "size", 1024 ^ 2 }, m = { "size", 1024 ^ 2 },
  g = { "size", 1024 ^ 3 }, gb = { "size", 1024 ^ 3 }, gib = { "size", 1024 ^ 3 },
  t = { "size", 1024 ^ 4 }, tb = { "size", 1024 ^ 4 }, tib = { "size", 1024 ^ 4 },
  ms = { "time", 0.001 }, s = { "time", 1 }, sec = { "time", 1 }, secs = { "time", 1 },
  second = { "time", 1 }, seconds = { "time", 1 }, min = { "time", 60 }, mins = { "time", 60 },
  minute = { "time", 60 }, minutes = { "time", 60 }, h = { "time", 3600 }, hr = { "time", 3600 },
  hrs = { "time", 3600 }, hour = { "time", 3600 }, hours = { "time", 3600 },
  day = { "time", 86400 }, days = { "time", 86400 },
}

local function add_number(out, text, digits, sign, stop)
  local value = tonumber(digits)
  if not value then return end
  value = value * sign
  local unit = text:match("^%s?(%%)", stop) or text:match("^%s?(%a+)%f[%A]", stop)
  local key = unit and unit:lower()
  -- "per cent" (British; also "per-cent") is two words for one unit: the percent
  local per_cent = text:match("^%s?([Pp][Ee][Rr][%s%-]+[Cc][Ee][Nn][Tt])%f[%A]", stop)
  if per_cent then unit, key = per_cent, "percent" end
  local u = key and UNITS[key]
  out[#out + 1] = { value = value, unit = u and key or nil, kind = u and u[1] or nil,
                    base = u and value * u[2] or value,
                    text = (sign < 0 and "-" or "") .. digits .. (u and ((text:sub(stop, stop) == " " and " " or "") .. unit) or "") }
end

-- "1,234" or "12,345,678.9": digit groups of three after the first, at least one comma.
local function thousands(token)
  local int = token:match("^([%d,]+)%.?%d*$")
  if not int or not int:find(",", 1, true) then return false end
  local first = true
  for group in (int .. ","):gmatch("([^,]*),") do
    if (first and not group:find("^%d%d?%d?$")) or (not first and not group:find("^%d%d%d$")) then return false end
    first = false
  end
  return true
end

-- The numbers stated in text, in order: { value, unit, kind, base, text }. unit is a known
-- unit right after the number ("%", "percent", "per cent", "MB", "GiB", "G", "ms", "s", "min", "hours",
-- ...), lower-cased; kind is "percent", "size" or "time" (nil without a known unit); base is
-- the value in bytes (sizes, powers of 1024 as df -h shows them), seconds (times) or the value
-- itself. "1,234.5" is one number; "3.11.2" (a version) and numbers inside words ("v2",
-- "abc123", "x86") are skipped; a '-' right before a number after a space is a minus sign; use
-- '.' for decimals ("37,5" reads as 37 and 5).
function M.numbers(text)
  local t = tostring(text or "")
  local out = {}
  for start, raw in t:gmatch("()(%d[%d,%.]*)") do
    local before = start > 1 and t:sub(start - 1, start - 1) or ""
    local token = raw:gsub("[,%.]+$", "")
    local stop = start + #token
    local dots = select(2, token:gsub("%.", ""))
    if not before:find("[%w_%.]") and dots <= 1 then
      local minus = before == "-" and (start == 2 or t:sub(start - 2, start - 2):find("[%s%(]") ~= nil)
      local sign = minus and -1 or 1
      if thousands(token) then
        add_number(out, t, (token:gsub(",", "")), sign, stop)
      else
        local parts = {}
        for p in token:gmatch("[^,]+") do parts[#parts + 1] = p end
        for k, p in ipairs(parts) do add_number(out, t, p, k == 1 and sign or 1, k == #parts and stop or #t + 1) end
      end
    end
  end
  return out
end

-- Whether a is within tol of b: tol is an absolute amount (a number), a share of b ("2%"),
-- or nil for "the same number" (1e-9).
function M.near(a, b, tol)
  if type(a) ~= "number" or type(b) ~= "number" then return false end
  local allowed = 1e-9
  if type(tol) == "number" then
    allowed = tol
  elseif type(tol) == "string" then
    local pct = tonumber((tol:gsub("%s*%%$", "")))
    if not pct then error("facts.near: tol must be a number or a percentage like \"2%\", got " .. tol, 2) end
    allowed = math.abs(b) * pct / 100
  end
  return math.abs(a - b) <= allowed
end

local function wanted(n, unit)
  if not unit then return true, n.value, 1 end
  local u = UNITS[unit:lower()]
  if not u then error("facts: unknown unit '" .. unit .. "'", 3) end
  return n.kind == u[1], n.base, u[2]
end

-- The first number stated in text that matches real within opts.tol (see near), or nil.
-- opts.unit ("%", "GB", "MB", "s", "min", ...) names real's unit: only numbers of that kind
-- count, converted ("2048 MB" states 2 GB). Without a unit every number counts as written.
function M.states(text, real, opts)
  opts = opts or {}
  for _, n in ipairs(M.numbers(text)) do
    local ok, v, factor = wanted(n, opts.unit)
    local tol = type(opts.tol) == "number" and opts.tol * factor or opts.tol
    if ok and M.near(v, real * factor, tol) then return n end
  end
  return nil
end

-- The numbers in text of opts.unit's kind (all numbers without a unit) that are NOT within
-- opts.tol of real: a figure the learner got wrong, or another figure (a "before" value)
-- the judge must tell apart. A list, empty when every such number is right.
function M.mismatches(text, real, opts)
  opts = opts or {}
  local out = {}
  for _, n in ipairs(M.numbers(text)) do
    local ok, v, factor = wanted(n, opts.unit)
    local tol = type(opts.tol) == "number" and opts.tol * factor or opts.tol
    if ok and not M.near(v, real * factor, tol) then out[#out + 1] = n end
  end
  return out
end

-- ---- tasks -------------------------------------------------------------------------------

-- run:task(id) (engine): { id, status, submits, blank_submits, first_submit, last_submit, passed,
-- checks }; first_submit is the first submit that was not blank (made after a message or command).
-- Whether check `check` of task `task` passed in its last run (at a submit, or the final run).
function M.check_passed(run, task, check)
  local c = run:task(task).checks[check]
  if not c then error("facts.check_passed: task '" .. task .. "' has no check '" .. check .. "'", 2) end
  return c.passed
end

-- ---- the diff ----------------------------------------------------------------------------

-- git for judges: any owner, never writing the index (a judge looks, it changes nothing).
local GIT = "GIT_OPTIONAL_LOCKS=0 git -c safe.directory='*' -c core.quotepath=off"

local function base_or_nil(run)
  local base = run.base_commit
  if not base then return nil, "the workspace was no git repository when the run started" end
  return base
end

-- The files the learner's work changes against the run's base commit (run.base_commit, the
-- HEAD recorded by the engine when on_start returned; no file the learner can write decides
-- it): a list of { path, status, old } (status "A", "M", "D", "R" with old = the former path,
-- "T"; untracked new files are "A" with untracked = true), plus a set by path as the second
-- value. By default the working tree as it is now, committed or not; opts.committed = true
-- compares base..HEAD only. nil, msg when there is no base or git cannot compare.
function M.changed_files(run, opts)
  opts = opts or {}
  local base, why = base_or_nil(run)
  if not base then return nil, why end
  local cmd = GIT .. " diff --no-color --name-status -z -M " .. base .. (opts.committed and " HEAD" or "")
  if not opts.committed then
    cmd = cmd .. " && printf '%s\\0' ::untracked:: && " .. GIT .. " ls-files -z --others --exclude-standard"
  end
  local ok, out, code = run:sh(cmd)
  if not ok then return nil, "git could not compare with the base commit (exit " .. tostring(code) .. "): " .. out end
  local fields = {}
  for f in out:gmatch("([^%z]*)%z") do fields[#fields + 1] = f end
  local list, by_path, i, untracked = {}, {}, 1, false
  while i <= #fields do
    local f = fields[i]
    local entry
    if untracked then
      entry = { path = f, status = "A", untracked = true }
      i = i + 1
    elseif f == "::untracked::" then
      untracked = true
      i = i + 1
    elseif f:find("^[RC]") then
      entry = { path = fields[i + 2], old = fields[i + 1], status = f:sub(1, 1) }
      i = i + 3
    else
      entry = { path = fields[i + 1], status = f:sub(1, 1) }
      i = i + 2
    end
    if entry and entry.path then
      list[#list + 1] = entry
      by_path[entry.path] = entry
    end
  end
  return list, by_path
end

-- The learner's commits since the base commit, oldest first: { commit, subject, body }.
-- nil, msg without a base or when git cannot list them (e.g. the base was rewritten away).
function M.commits(run)
  local base, why = base_or_nil(run)
  if not base then return nil, why end
  local ok, out, code = run:sh(GIT .. " log --reverse -z --format='%H%x01%s%x01%b' " .. base .. "..HEAD")
  if not ok then return nil, "git could not list the commits since the base (exit " .. tostring(code) .. "): " .. out end
  local list = {}
  for rec in out:gmatch("([^%z]+)") do
    local sha, subject, body = rec:match("^%s*(%x+)\1([^\1]*)\1(.*)$")
    if sha then list[#list + 1] = { commit = sha, subject = subject, body = body } end
  end
  return list
end

-- ---- secrets -----------------------------------------------------------------------------

-- Every piece of secret that is min_len bytes long (the whole secret when it is shorter):
-- any fragment of at least min_len bytes contains one of them.
local function fragments(secret, min_len)
  local s = tostring(secret)
  if #s <= min_len then return { s } end
  local seen, out = {}, {}
  for i = 1, #s - min_len + 1 do
    local f = s:sub(i, i + min_len - 1)
    if not f:find("\n", 1, true) and not seen[f] then
      seen[f] = true
      out[#out + 1] = f
    end
  end
  return out
end

local function contains_any(text, frags)
  for _, f in ipairs(frags) do
    if tostring(text or ""):find(f, 1, true) then return true end
  end
  return false
end

-- Files the learner's own tools write into /workspace (also $HOME): not part of the project.
M.TOOL_FILES = { ".bash_history", ".python_history", ".lesshst", ".viminfo", ".sqlite_history",
  ".wget-hsts", ".cache", ".local" }

-- The bash search behind find_secret (exposed for checks and for reading): prints one line
-- per place, fields separated by tabs.
function M.secret_search_command(frags, exclude)
  local pats = {}
  for _, f in ipairs(frags) do pats[#pats + 1] = shq(f) end
  local greps = {}
  for _, f in ipairs(frags) do greps[#greps + 1] = "--grep=" .. shq(f) end
  local ex = {}
  for _, e in ipairs(exclude) do ex[#ex + 1] = "--exclude=" .. shq(e) .. " --exclude-dir=" .. shq(e) end
  return table.concat({
    "pats=$(mktemp) && printf '%s\\n' " .. table.concat(pats, " ") .. " > \"$pats\" || exit 3",
    "grep -rlF -f \"$pats\" --exclude-dir=.git " .. table.concat(ex, " ") .. " . 2>/dev/null | sed 's|^\\./||; s|^|file\\t|'",
    "command -v git >/dev/null && [ -d .git ] || exit 0",
    "g() { GIT_OPTIONAL_LOCKS=0 git -c safe.directory='*' \"$@\"; }",
    "grep -rlF -f \"$pats\" --exclude-dir=objects .git 2>/dev/null | sed 's|^|git\\t|'",
    "g rev-list --all 2>/dev/null | xargs -r git -c safe.directory='*' grep -lF -f \"$pats\" 2>/dev/null | sed 's|:|\\t|; s|^|commit\\t|'",
    "g log --all --format=%H -F " .. table.concat(greps, " ") .. " 2>/dev/null | sed 's|^|message\\t|'",
    "g rev-list --reflog --not --all 2>/dev/null | xargs -r git -c safe.directory='*' grep -lF -f \"$pats\" 2>/dev/null | sed 's|:|\\t|; s|^|reflog\\t|'",
    "g log --reflog --not --all --format=%H -F " .. table.concat(greps, " ") .. " 2>/dev/null | sed 's|^|reflog\\t|'",
    "g fsck --unreachable --no-progress 2>/dev/null | while read -r _ type obj; do",
    "  g cat-file -p \"$obj\" 2>/dev/null | grep -qF -f \"$pats\" && printf 'object\\t%s\\t%s\\n' \"$obj\" \"$type\"",
    "done",
    "exit 0",
  }, "\n")
end

-- Where secret, or any fragment of it of at least opts.min_len bytes (default 8), still is:
-- a list of places, empty when it is nowhere. Looks at the learner's chat messages and, with
-- run:sh as root, at the working tree (without .git and M.TOOL_FILES; opts.exclude replaces
-- that list), every file under .git but the object store (config, reflogs, COMMIT_EDITMSG),
-- every file and commit message in the history of every branch, tag and stash, commits only
-- the reflog still reaches, and unreachable objects not yet pruned. A place is one of
--   { where = "chat", i, to, channel }      a learner message (opts.chat = false skips chat)
--   { where = "file", path }                a file in the working tree
--   { where = "git", path }                 a file under .git (".git/logs/HEAD", ".git/config")
--   { where = "commit", commit, path }      a file in a commit of the history (incl. stash)
--   { where = "message", commit }           a commit message in the history
--   { where = "reflog", commit, path? }     a commit only the reflog reaches (a file, or its message)
--   { where = "object", object, type }      an unreachable object (e.g. before `git gc --prune`)
-- Raises when the search itself fails (a scenario fault, never the learner's).
function M.find_secret(run, secret, opts)
  opts = opts or {}
  if secret == nil or secret == "" then error("facts.find_secret: empty secret", 2) end
  local frags = fragments(secret, opts.min_len or 8)
  local places = {}
  if opts.chat ~= false then
    for i, m in ipairs(run:messages()) do
      if m.from == "learner" and contains_any(m.text, frags) then
        places[#places + 1] = { where = "chat", i = i, to = m.to, channel = m.channel }
      end
    end
  end
  local ok, out, code = run:sh(M.secret_search_command(frags, opts.exclude or M.TOOL_FILES), { as = "root" })
  if not ok then error("facts.find_secret: the search failed (exit " .. tostring(code) .. "): " .. tostring(out), 2) end
  local seen = {}
  for line in out:gmatch("[^\n]+") do
    if not seen[line] then
      seen[line] = true
      local kind, a, b = line:match("^(%a+)\t([^\t]*)\t?(.*)$")
      if kind == "file" or kind == "git" then
        places[#places + 1] = { where = kind, path = a }
      elseif kind == "commit" then
        places[#places + 1] = { where = kind, commit = a, path = b }
      elseif kind == "message" then
        places[#places + 1] = { where = kind, commit = a }
      elseif kind == "reflog" then
        places[#places + 1] = { where = kind, commit = a, path = b ~= "" and b or nil }
      elseif kind == "object" then
        places[#places + 1] = { where = kind, object = a, type = b }
      end
    end
  end
  return places
end

-- A place from find_secret in words, for feedback lines ("in commit 1a2b3c4's message").
function M.describe(place)
  local short = function(sha) return tostring(sha or ""):sub(1, 7) end
  local w = place.where
  if w == "chat" then return place.channel and ("in your post in " .. place.channel) or ("in your message to " .. tostring(place.to)) end
  if w == "file" then return "in " .. place.path end
  if w == "git" then return "in " .. place.path end
  if w == "commit" then return "in " .. place.path .. " in commit " .. short(place.commit) end
  if w == "message" then return "in the message of commit " .. short(place.commit) end
  if w == "reflog" then return "in commit " .. short(place.commit) .. ", which the reflog still keeps" end
  if w == "object" then return "in an unreachable " .. tostring(place.type) .. " not yet pruned" end
  return "somewhere"
end

-- ---- commands ----------------------------------------------------------------------------

-- Why the exit status of a command line is not the result of the command the learner cares
-- about, or nil when it is. `pytest | tail -5` exits with tail's status (0) even when tests
-- fail; `a; b` and `a || b` report b; `cmd &` reports nothing. (`a && b` is fine: 0 means
-- both succeeded.) A judge or a colleague must then look at the truth (a check, run:sh, the
-- output), never at the exit status. Quoted text is ignored; `set -o pipefail` is not modelled.
function M.exit_hides_result(line)
  local l = tostring(line or ""):gsub("'[^']*'", "''"):gsub('"[^"]*"', '""')
  local no_or = l:gsub("||", "")
  if no_or:find("|", 1, true) then return "it is a pipeline: its exit status is the last command's" end
  if l:find("||", 1, true) then return "'||' runs a fallback: the exit status is the fallback's" end
  if l:find(";", 1, true) then return "';' runs several commands: the exit status is the last one's" end
  if l:find("[^&]&%s*$") then return "it runs in the background: there is no exit status yet" end
  return nil
end

-- The learner's commands (run:commands(): { line, exit, output, time }) whose line matches the
-- Lua pattern `pattern` (all with nil), each with result_hidden = exit_hides_result(line).
function M.commands(run, pattern)
  local out = {}
  for i, c in ipairs(run:commands()) do
    if pattern == nil or c.line:find(pattern) then
      out[#out + 1] = { i = i, line = c.line, exit = c.exit, output = c.output, time = c.time,
                        result_hidden = M.exit_hides_result(c.line) }
    end
  end
  return out
end

-- ---- what the learner's shell really executed ------------------------------------------------

local function basename(p)
  return p and (p:match("([^/]*)$")) or nil
end

local function as_set(v)
  if v == nil then return nil end
  return set(type(v) == "table" and v or { v })
end

-- The execs (run:execs()) matching opts, in order, and whether the trace covered every command
-- looked at (`traced`: only then does an empty list prove the program did not run). An exec is
-- { path, real, argv, argc, cwd, pid, ppid, command, background, unreadable, failed }.
-- opts (all optional):
--   program       name or list: the basename of the resolved path AND of argv[1] (so neither a
--                 function/alias named like it nor `exec -a NAME other` counts)
--   path / real   exact absolute path as run / with links resolved ("/workspace/bin/timesheet")
--   args_any      list: some argument after argv[1] equals one of these
--   args_all      list: every one of these is among the arguments after argv[1]
--   cwd           exact working folder
--   command       only execs of that command (its index in run:commands())
--   after_command only execs of commands after that index
--   background    false: leave out execs outside commands (default: kept)
--   include_failed  true: keep execs that failed (no executable file) or could not be read
function M.ran(run, opts)
  opts = opts or {}
  local programs = as_set(opts.program)
  local any, all = opts.args_any and set(opts.args_any), opts.args_all
  local out = {}
  for _, e in ipairs(run:execs()) do
    local ok = opts.include_failed or not (e.failed or e.unreadable)
    if ok and programs then
      ok = programs[basename(e.path) or ""] and e.argv[1] ~= nil and programs[basename(e.argv[1])] or false
    end
    if ok and opts.path then ok = e.path == opts.path end
    if ok and opts.real then ok = e.real == opts.real end
    if ok and opts.cwd then ok = e.cwd == opts.cwd end
    if ok and opts.command then ok = e.command == opts.command and not e.background end
    if ok and opts.after_command then ok = e.command > opts.after_command end
    if ok and opts.background == false then ok = not e.background end
    if ok and any then
      ok = false
      for k = 2, #e.argv do if any[e.argv[k]] then ok = true end end
    end
    if ok and all then
      local have = set({ table.unpack(e.argv, 2) })
      for _, a in ipairs(all) do if not have[a] then ok = false end end
    end
    if ok then out[#out + 1] = e end
  end
  local traced = true
  for i, c in ipairs(run:commands()) do
    local looked = (opts.command == nil or i == opts.command) and (opts.after_command == nil or i > opts.after_command)
    if looked and not c.traced then traced = false end
  end
  return out, traced
end

return M
