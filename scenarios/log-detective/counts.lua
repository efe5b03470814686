-- counts.lua: whether a message to the incident lead really states the culprit's 5xx count.
-- A figure counts only when the message commits to it (no neighbouring alternatives such as
-- "42, 43 ... 49", "45-47" or "46 or 63": conflicting figures for one quantity state none of them) and when
-- the learner's own commands counted it before the message: replayed on a copy of the log where
-- a few of the culprit's 5xx are 200s, the command that printed the figure prints the smaller
-- one (evidence.lua). A line that prints a figure it was given or made up (echo, `awk 'END {
-- print 23*2 }' access.log`) prints the same on both logs.
local evidence = require("evidence")

local M = {}

-- Whole numbers a message states as counts: not IPs, times, dates, ticket ids, status codes.
function M.stated(text)
  local t = text:lower():gsub("%d+%.%d+%.%d+%.%d+", " "):gsub("%d+:%d+[:%d]*", " ")
    :gsub("inc%-%d+", " "):gsub("%d+/%a+/%d+", " ")
  local out = {}
  for n in t:gmatch("%f[%w](%d+)%f[%W]") do
    local v = tonumber(n)
    if v ~= 2024 and v ~= 10 and v ~= 12 and not (v >= 500 and v <= 599) then out[#out + 1] = n end
  end
  return out
end

-- Another figure close enough to be an alternative for the same count (the breakdown by
-- status or the request total of the culprit lie far from it).
local function conflicts(figures, count)
  local c = tonumber(count)
  local near = math.max(3, c // 10)
  for _, n in ipairs(figures) do
    local v = tonumber(n)
    if v ~= c and math.abs(v - c) <= near then return true end
  end
  return false
end

-- The figure offered as one end of a range or one of alternatives ("46 or 63", "46-63",
-- "between 40 and 46", "46 to 50"): however far the other end lies, no count is stated.
local function hedged(text, count)
  local t = text:lower():gsub("\u{2013}", "-"):gsub("%d+:%d+[:%d]*", " ")
  local c = "%f[%d]" .. count .. "%f[%D]"
  for _, p in ipairs({ c .. "%s*[%-~]%s*%d", "%d%s*[%-~]%s*" .. c, c .. "%s+or%s+%d", "%d%s+or%s+" .. c,
      c .. "%s+to%s+%d", "%d%s+to%s+" .. c, "between%s+" .. c, "between%s+%d+%s+and%s+" .. c }) do
    if t:find(p) then return true end
  end
  return false
end

-- A line that prints a figure it was given rather than one it computed: the figure is in the
-- line itself (an echo, a here-document), or shell arithmetic makes it up.
local function writes_figure(line, count)
  return line:find("%f[%d]" .. count .. "%f[%D]") or line:find("$((", 1, true)
    or line:find("%f[%w]expr%f[%W]") or line:find("%f[%w]bc%f[%W]")
end

-- Programs that can count lines of a file.
local COUNTERS = {}
for _, p in ipairs({ "grep", "egrep", "fgrep", "rg", "awk", "mawk", "gawk", "wc", "sort", "uniq", "cut", "sed",
    "tr", "head", "tail", "cat", "tac", "python3", "python", "perl", "ruby", "node", "jq", "sqlite3", "bash", "sh" }) do
  COUNTERS[p] = true
end

-- The record's own view, when no replay can tell: did a command that read the log (or what such
-- a command wrote) show `token` (a count, the endpoint), without printing what it was given
-- (`typed(line)`)?
local function shown_by_log_reader(run, token, typed)
  local sources = { "access.log" }
  local pat = token:find("^%d+$") and ("%f[%d]" .. token .. "%f[%D]") or token:gsub("%p", "%%%0")
  for _, c in ipairs(run:commands() or {}) do
    local line, out = tostring(c.line or ""), tostring(c.output or "")
    local reads = false
    for _, s in ipairs(sources) do
      if line:find(s, 1, true) then reads = true; break end
    end
    -- and the shell really ran a text tool or an interpreter on it (exec trace)
    if reads and evidence.ran(c, COUNTERS, sources) then
      if not typed(line) and out:find(pat) then return true end
      for _, f in ipairs(evidence.written_files(line)) do
        if f ~= "access.log" then sources[#sources + 1] = f end
      end
    end
  end
  return false
end

-- Shell builtins only: a bash `while read ...; done < access.log` loop (or mapfile) executes no
-- program, so evidence.followed, which replays only commands that ran one, takes it for no reader
-- at all. Such a line (it reads a file with <, read, mapfile or readarray) that shows the evidence
-- is replayed here the same way, after every command before it, on the varied log: a loop that
-- counted prints the varied figure, one that printed a figure it was given (`echo $((40+6))`, a
-- value read back from a file an echo wrote) prints the same again, and one cut by the replay's
-- timeout (a `sleep`) shows nothing. Returns true when one followed.
-- (a generous limit: a loaded machine must not cut a learner's loops; a cut proves nothing)
local REPLAY_SECONDS = 60
local READS_BUILTIN = { "<", "%f[%w]read%f[%W]", "%f[%w]mapfile%f[%W]", "%f[%w]readarray%f[%W]" }
local builtin_verdicts = {}
local function builtins_followed(run, key, shows, followed, vary)
  local cmds = run:commands() or {}
  local cache = tostring(run) .. ":" .. key .. ":" .. #cmds
  if builtin_verdicts[cache] ~= nil then return builtin_verdicts[cache] end
  local cands = {}
  for i, c in ipairs(cmds) do
    local line = tostring(c.line or "")
    local reads = false
    for _, p in ipairs(READS_BUILTIN) do reads = reads or line:find(p) ~= nil end
    if c.traced and reads and not evidence.ran(c) and shows(line, tostring(c.output or "")) > 0 then
      cands[#cands + 1] = i
    end
  end
  local verdict = false
  if #cands > 0 then
    local upto = {}
    for i = 1, cands[#cands] do upto[#upto + 1] = i end
    local outs = evidence.replay(run, upto, vary, { timeout = REPLAY_SECONDS })
    for _, i in ipairs(cands) do
      local line, out = tostring(cmds[i].line or ""), outs and outs[i]
      if out and followed(line, out, shows(line, tostring(cmds[i].output or ""))) then verdict = true; break end
    end
  end
  builtin_verdicts[cache] = verdict
  return verdict
end

-- answer.txt as the learner's commands leave it: a count or a path written there by a command
-- (`printf ... "$n" > answer.txt`, `sed -i "s/count:.*/count: $n/"`) and read in the editor shows
-- in no command's output. All the learner's commands so far, replayed in order on the varied log,
-- then make answer.txt again: `ok(text)` says whether it followed the log. A figure typed in the
-- editor, or by a command that typed it, stays as it is.
local answer_verdicts = {}
local function answer_followed(run, key, vary, ok)
  local cmds = run:commands() or {}
  if #cmds == 0 then return false end
  local cache = tostring(run) .. ":answer " .. key .. ":" .. #cmds
  if answer_verdicts[cache] ~= nil then return answer_verdicts[cache] end
  local list = {}
  for i = 1, #cmds do list[#list + 1] = i end
  local outs = evidence.replay(run, list, vary, { after = "cat answer.txt 2>/dev/null", timeout = REPLAY_SECONDS })
  local out = outs and outs[#cmds + 1]
  local verdict = out ~= nil and ok(out) or false
  answer_verdicts[cache] = verdict
  return verdict
end

-- How many of the culprit's 5xx in the window the varied log turns into 200s.
local VARIED = 5
-- The shell that varies the copy's access.log: the first VARIED of the culprit's 5xx in
-- 14:00-14:09 become 200s (the rest of the log is as it was).
local function vary_log(ip)
  return "command -v awk >/dev/null 2>&1 || awk() { mawk \"$@\"; }; chmod u+w access.log; awk -v ip='" .. ip
    .. "' -v k=" .. VARIED .. [[ '{ t = substr($4, 14, 5); if (k > 0 && $1 == ip && substr($4, 2, 11) == "12/Mar/2024" ]]
    .. [[&& t >= "14:00" && t < "14:10" && $9 ~ /^5[0-9][0-9]$/) { sub(/" 5[0-9][0-9] /, "\" 200 "); k-- } print }' ]]
    .. "access.log > access.log.varied && mv access.log.varied access.log"
end

-- Did the learner's commands count `count` (the 5xx of the client `ip`) from the log? The
-- command that printed the figure, replayed (with every command before it) on the varied log,
-- prints VARIED fewer (evidence.followed). When no replay could run it, the record decides: a
-- command that read the log showed it, and did not print a figure it was given.
function M.produced(run, count, ip)
  local fewer = tostring(tonumber(count) - VARIED)
  local function followed(_, out, n)
    return evidence.occurrences(out, count) < n and evidence.occurrences(out, fewer) > 0
  end
  return evidence.followed(run, {
    key = "count " .. count,
    shows = function(line, out)
      return writes_figure(line, count) and 0 or evidence.occurrences(out, count)
    end,
    followed = followed,
    vary = vary_log(ip),
    fallback = function(r) return shown_by_log_reader(r, count, function(line) return writes_figure(line, count) end) end,
  }) or builtins_followed(run, "count " .. count, function(line, out)
    -- (a loop counts with $((n + 1)): only the figure typed in the line is its own)
    return line:find("%f[%d]" .. count .. "%f[%D]") and 0 or evidence.occurrences(out, count)
  end, followed, vary_log(ip)) or answer_followed(run, "count " .. count, vary_log(ip), function(text)
    return text:lower():match("count%s*[:=]%s*[`*]*%s*(%d+)") == fewer
  end)
end

-- The path the culprit hit gets this suffix in the varied copy: a command that read it from the
-- log (even `grep /api/export access.log`) prints the longer name there; one that typed it (echo,
-- printf, a sed into answer.txt) does not.
local RENAMED = "-renamed-by-replay"

-- Did the learner's commands show `endpoint` (the path of `ip`'s failing requests) from the log,
-- or did it come from nowhere (a guess from the partner's "CSV export", a name typed into
-- answer.txt)? The command that printed it, replayed on a copy of the log where that path is
-- renamed, prints the new name (evidence.followed); without a replay, the record decides.
function M.endpoint_seen(run, endpoint)
  local plain = endpoint:gsub("%p", "%%%0")
  local typed = function(line) return line:find(plain) ~= nil and not line:find("access%.log") end
  local function shows(line, out)
    if typed(line) then return 0 end
    local n = 0
    for _ in out:gmatch(plain) do n = n + 1 end
    return n
  end
  local function followed(_, out) return out:find(endpoint .. RENAMED, 1, true) ~= nil end
  local vary = "chmod u+w access.log; sed -i 's#" .. endpoint .. "#&" .. RENAMED .. "#g' access.log"
  return evidence.followed(run, {
    key = "endpoint " .. endpoint, shows = shows, followed = followed, vary = vary,
    fallback = function(r) return shown_by_log_reader(r, endpoint, typed) end,
  }) or builtins_followed(run, "endpoint " .. endpoint, shows, followed, vary)
    or answer_followed(run, "endpoint " .. endpoint, vary, function(text)
      return text:find(endpoint .. RENAMED, 1, true) ~= nil
    end)
end

-- Does `text` state `count` as the one figure, from the learner's own counting of `ip`'s 5xx?
function M.states(run, text, count, ip)
  local figures = M.stated(text)
  local said = false
  for _, n in ipairs(figures) do
    if n == count then said = true end
  end
  return said and not conflicts(figures, count) and not hedged(text, count) and M.produced(run, count, ip)
end

return M
