-- counts.lua: whether a message to the incident lead really states the culprit's 5xx count.
-- A figure counts only when the message commits to it (no neighbouring alternatives such as
-- "42, 43 ... 49", "45-47" or "46 or 63": conflicting figures for one quantity state none of them) and when
-- the learner's own commands produced it before the message: the output of a command that read
-- access.log (or a file such a command wrote), not a line that prints a figure it was given.
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

-- Did a command that read the log (or what such a command wrote) show `count`?
function M.produced(run, count)
  local sources = { "access.log" }
  for _, c in ipairs(run:commands() or {}) do
    local line, out = tostring(c.line or ""), tostring(c.output or "")
    local reads = false
    for _, s in ipairs(sources) do
      if line:find(s, 1, true) then reads = true; break end
    end
    if reads then
      if not writes_figure(line, count) and out:find("%f[%d]" .. count .. "%f[%D]") then return true end
      for f in line:gmatch(">>?%s*([%w%._/%-]+)") do
        if f ~= "/dev/null" and f ~= "access.log" then sources[#sources + 1] = f end
      end
      for f in line:gmatch("tee%s+%-?%a*%s*([%w%._/%-]+)") do sources[#sources + 1] = f end
    end
  end
  return false
end

-- Does `text` state `count` as the one figure, from the learner's own counting?
function M.states(run, text, count)
  local figures = M.stated(text)
  local said = false
  for _, n in ipairs(figures) do
    if n == count then said = true end
  end
  return said and not conflicts(figures, count) and not hedged(text, count) and M.produced(run, count)
end

return M
