-- truth.lua: the real answers of day-at-work, read from the data at the start (before the
-- learner can touch it), and judges comparing what the learner says or writes with them.
-- Colleagues and rubric functions use these; the checks recompute the same truth on their own
-- from the engine's snapshot (checks/ops88.py).
local facts = require("facts")

local M = {}

-- Prints "transit N" (Brightmart parcels whose last row is in_transit) and one line per carrier
-- "carrier delivered late" for parcels delivered in September 2024 (the last row of an id wins).
local PROGRAM = [=[
python3 - <<'PY'
import csv
last = {}
with open("data/shipments.csv", newline="") as f:
    for r in csv.DictReader(f):
        last[r["id"]] = r
print("transit", sum(1 for r in last.values() if r["customer"] == "Brightmart" and r["status"] == "in_transit"))
per = {}
for r in last.values():
    if r["status"] == "delivered" and r["delivered_at"].startswith("2024-09"):
        d, l = per.get(r["carrier"], (0, 0))
        per[r["carrier"]] = (d + 1, l + (1 if r["delivered_at"][:10] > r["promised_at"] else 0))
for c, (d, l) in sorted(per.items()):
    print(c, d, l)
PY
]=]

-- { transit = n, carriers = { [name] = { delivered, late, pct } }, worst = name }; raises when
-- the data cannot be read (a setup fault).
function M.compute(run)
  local ok, out = run:sh(PROGRAM)
  if not ok then error("truth: the data could not be read: " .. tostring(out)) end
  local t = { carriers = {} }
  t.transit = tonumber(out:match("transit (%d+)"))
  for name, d, l in out:gmatch("\n(%a+) (%d+) (%d+)") do
    d, l = tonumber(d), tonumber(l)
    local pct = math.floor(1000 * l / d + 0.5) / 10
    t.carriers[name] = { delivered = d, late = l, pct = pct }
    if not t.worst or pct > t.carriers[t.worst].pct then t.worst = name end
  end
  if not t.transit or not t.worst then error("truth: unexpected output: " .. out) end
  return t
end

-- Whether out/ops-88.csv holds the right delivered and late counts for every carrier.
function M.csv_right(run, t)
  local text = run:read("out/ops-88.csv")
  if not text then return false end
  local seen = 0
  for line in text:gsub('"', ""):gmatch("[^\r\n]+") do
    local name, d, l = line:match("^%s*(%a+)%s*,%s*(%d+)%s*,%s*(%d+)")
    local c = name and t.carriers[name]
    if c then
      if tonumber(d) ~= c.delivered or tonumber(l) ~= c.late then return false end
      seen = seen + 1
    end
  end
  local want = 0
  for _ in pairs(t.carriers) do want = want + 1 end
  return seen == want
end

-- Counts written as words ("fifteen parcels", "twenty-one"), as digits; "one" stays a word (the
-- one with ..., one number).
local UNITS = { two = 2, three = 3, four = 4, five = 5, six = 6, seven = 7, eight = 8, nine = 9, ten = 10,
  eleven = 11, twelve = 12, thirteen = 13, fourteen = 14, fifteen = 15, sixteen = 16, seventeen = 17,
  eighteen = 18, nineteen = 19 }
local TENS = { twenty = 20, thirty = 30, forty = 40, fifty = 50, sixty = 60, seventy = 70, eighty = 80, ninety = 90 }
local SMALL = { one = 1, two = 2, three = 3, four = 4, five = 5, six = 6, seven = 7, eight = 8, nine = 9 }
local function words_to_digits(text)
  local t = text
  for word, tens in pairs(TENS) do
    t = t:gsub("%f[%a]([" .. word:sub(1, 1):upper() .. word:sub(1, 1) .. "]" .. word:sub(2) .. ")[%s%-]+(%a+)%f[%A]",
      function(a, b) if SMALL[b:lower()] then return tostring(tens + SMALL[b:lower()]) end end)
  end
  return (t:gsub("%a+", function(w) local n = UNITS[w:lower()] or TENS[w:lower()]; return n and tostring(n) end))
end

-- The counts a message states: numbers without a unit below 1000 (ids, years and dates aside).
local function counts(text)
  local plain = words_to_digits(tostring(text or "")):gsub("%a+%-%d+", " ")          -- ids: S-10412, SHIP-231, PR-57
    :gsub("%d%d%d%d%-%d%d%-%d%d[T ]?[%d:]*Z?", " ")               -- dates and timestamps
    :gsub("%d+:%d%d", " ")                                          -- times of day
  local out = {}
  for _, n in ipairs(facts.numbers(plain)) do
    if not n.kind and n.value < 1000 and n.value == math.floor(n.value) then out[#out + 1] = n.value end
  end
  return out
end

local HEDGES = { "%f[%a]or%f[%A]", "maybe", "not sure", "between", "roughly", "about", "around", "approx", "~",
  "guess", "somewhere" }

-- Judges an answer to Sam: "right" when it states the true count and at most one other count
-- ("15 of their 40 open"), "hedge" when it offers several counts with "or", "maybe", "between"
-- (the customer needs one number), "wrong" when it states counts without the true one (or a
-- spray of them), nil when it states no count at all (a "looking now" is no answer yet).
function M.transit_answer(text, t)
  local cs = counts(text)
  if #cs == 0 then return nil end
  if #cs > 1 then
    local lower = text:lower()
    for _, h in ipairs(HEDGES) do
      if lower:find(h) then return "hedge" end
    end
  end
  local has, others = false, {}
  for _, v in ipairs(cs) do
    if v == t.transit then has = true else others[v] = true end
  end
  local n_others = 0
  for _ in pairs(others) do n_others = n_others + 1 end
  if has and n_others <= 1 then return "right" end
  return "wrong", cs[1]
end

-- Whether a percentage as written (a facts.numbers entry) is the share late/delivered at the
-- precision written: the share rounded half up to the decimals written ("27.42" or "27.4" for
-- 17 of 62; "12.5" for 6 of 48, never "12.0" or "12"), or its one-decimal figure padded with
-- zeros ("27.40", "12.50"). Integer arithmetic, so 12.5 is exactly 12.5. Also returns whether
-- it has a decimal (the precision OPS-88 asks for).
local function is_share(n, late, delivered)
  local int, frac = n.text:match("^(%d+)%.?(%d*)")
  if not int or #frac > 6 then return false, false end
  local function rounded(k)   -- 100 * late / delivered rounded half up to k decimals, times 10^k
    return (2 * 100 * late * 10 ^ k + delivered) // (2 * delivered)
  end
  local k = #frac
  local same = tonumber(int .. frac) == rounded(k)
  local padded = k >= 2 and frac:find("^%d0+$") ~= nil and tonumber(int .. frac:sub(1, 1)) == rounded(1)
  return same or padded, k >= 1
end

-- The percentages a message to Rita states that are no carrier's real late share at the
-- precision written (is_share; "27,4 %" reads as 27.4; an on-time share counts only as one,
-- "72.6 % on time", for "96.8 % late" is the text-comparison error), and whether it names the worst carrier with its
-- real late share (as a percentage with at least one decimal, or as "17 of 62").
function M.rita_figures(text, t)
  text = tostring(text or ""):gsub("(%d),(%d%d?%s?%%)", "%1.%2")   -- "27,4 %": a decimal comma
  local false_pcts = {}
  -- "72.6 % on time": an on-time share, checked as one and left out of the late shares below
  text = text:gsub("([%d%.]+%s?%%)(%s*on[%s%-]time)", function(pct, rest)
    local n = facts.numbers(pct)[1]
    local real = false
    for _, c in pairs(t.carriers) do
      if n and is_share(n, c.delivered - c.late, c.delivered) then real = true end
    end
    if not real then false_pcts[#false_pcts + 1] = pct end
    return rest
  end)
  local w = t.carriers[t.worst]
  local worst_pct = false
  for _, n in ipairs(facts.numbers(text)) do
    if n.kind == "percent" then
      local real = false
      for _, c in pairs(t.carriers) do
        local same, decimal = is_share(n, c.late, c.delivered)
        if same then
          real = true
          if c == w and decimal then worst_pct = true end
        end
      end
      if not real then false_pcts[#false_pcts + 1] = n.text end
    end
  end
  local names_worst = text:lower():find(t.worst:lower(), 1, true) ~= nil and
    (worst_pct or (facts.states(text, w.late) ~= nil and facts.states(text, w.delivered) ~= nil))
  return false_pcts, names_worst
end

return M
