-- figures.lua: the numbers in a message that are no counts, for the judges of made-up figures
-- (csv-cleanup, schema-migration): dates and times in any form ("2024-03-10", "01/02/2024 09:31",
-- "10 March", "March 10th", "1st to 10th March", "5-11 March") and proportions ("9 in 10
-- orders", "99 out of 100"). A junior who quotes the README's "1 February to 10 March" or sums up
-- "9 in 10 orders linked" states no count, so neither may read as a made-up one.
local M = {}

local MONTHS = {}
for _, m in ipairs({ "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december" }) do
  MONTHS[m], MONTHS[m:sub(1, 3)] = true, true
end
MONTHS.sept = true

local function month(word) return MONTHS[tostring(word or ""):lower():gsub("%.$", "")] end

-- The text with its dates and times blanked: numeric dates, clock times, a day next to a month
-- name (before or after it, with st/nd/rd/th or "of"), and the first day of a range ending in one.
function M.undated(text)
  local t = tostring(text or ""):gsub("%d+[/.-]%d+[/.-]%d+", " "):gsub("%d+:%d+", " ")
  -- "5-11 March", "1st to 10th March": the start of a range whose end is a day of a month
  local function range(rest)
    if month(rest:match("(%a+)%.?$")) then return " " .. rest end
  end
  t = t:gsub("%d+%a?%a?%s*%-%s*(%d+%a?%a?%s*o?f?%s*%a+%.?)", range)
  t = t:gsub("%d+%a?%a?%s+to%s+(%d+%a?%a?%s*o?f?%s*%a+%.?)", range)
  -- "10 March", "10th of March"
  t = t:gsub("(%d+)(%a?%a?)(%s*o?f?%s*)(%a+)", function(_, suffix, gap, w)
    if month(w) and (suffix == "" or suffix:lower():match("^[snrt][tdh]$")) then return " " .. gap .. w end
  end)
  -- "March 10", "March 10th"
  return (t:gsub("(%a+)(%.?%s+)(%d+)", function(w, gap)
    if month(w) then return w .. gap end
  end))
end

-- The text without proportions: "9 in 10", "1 out of 100" (a share, not a count of anything).
function M.without_proportions(text)
  local function share(a, b)
    a, b = tonumber(a), tonumber(b)
    if a and b and a < b and (b == 10 or b == 100 or b == 1000) then return " " end
  end
  local t = tostring(text or ""):gsub("(%d+)%s+in%s+(%d+)%f[%D]", share)
  return (t:gsub("(%d+)%s+out%s+of%s+(%d+)%f[%D]", share))
end

-- Both: the text a made-up-figure judge should read.
function M.counts_only(text) return M.without_proportions(M.undated(text)) end

return M
