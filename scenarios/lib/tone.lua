-- tone.lua: an insult, a curse or a brush-off in a learner's chat message.
-- Usage from a scenario:  local tone = require("tone")
--
-- The list is short on purpose: only words and phrases that no polite message holds, so a
-- terse learner (lowercase, no greeting, blunt: "no. csv only today, pdf is days") is never
-- read as rude. Self-reproach is no insult ("i was an idiot, i forgot the INSERT": a clause
-- with I/me/my is skipped for the name-calling words, a sentence about oneself for a curse:
-- "shit, my migration dropped the bookings"), a denial is none ("it's not your
-- fault"), and words a polite message may hold are not listed ("stupid question", "a ridiculous
-- ask, but could you ...", "useless alerts", "idiot-proof"). It misses most rudeness (sarcasm,
-- "lol no"): a fair judge reads the rest.
local M = {}

-- Lua patterns on the lower-cased text (curly apostrophes made straight).
-- brush-offs: rude whoever they are about
local BRUSH_OFFS = { "%f[%a]stfu%f[%A]", "%f[%a]rtfm%f[%A]", "%f[%a]piss off", "%f[%a]screw you",
  "%f[%a]shut up%f[%A]", "%f[%a]bugger off", "%f[%a]sod off", "%f[%a]get a grip", "%f[%a]take it or leave it",
  "%f[%a]stop nagging", "%f[%a]quit nagging", "%f[%a]stop bothering me", "%f[%a]stop pestering",
  "%f[%a]leave me alone", "%f[%a]figure it out yourself", "%f[%a]can't you read", "%f[%a]not my problem" }
-- curses: skipped in a sentence about oneself that says nothing of "you" ("shit, my migration
-- dropped the bookings" owns a mistake; "wtf, the vendor ..." and "wtf are you doing" do not)
local CURSES = { "%f[%a]fuck", "%f[%a]f%*+c?k", "%f[%a]shit%f[%A]", "%f[%a]shitty", "%f[%a]shits%f[%A]",
  "bullshit", "%f[%a]wtf%f[%A]" }
local YOU = { "%f[%a]you", "%f[%a]ur%f[%A]" }
-- name-calling: skipped in a clause about oneself, and after a "not" ("not your fault")
local NAMES = { "%f[%a]idiots?%f[^%a%-]", "%f[%a]morons?%f[%A]", "%f[%a]imbeciles?%f[%A]", "%f[%a]dumbass",
  "%f[%a]are you stupid", "%f[%a]you're stupid", "%f[%a]you are stupid", "%f[%a]you're useless",
  "%f[%a]you are useless", "%f[%a]incompetent", "%f[%a]learn to read", "%f[%a]learn to type",
  "%f[%a]your own fault", "%f[%a]your fault" }
local SELF = { "%f[%a]i%f[%A]", "%f[%a]i'm%f[%A]", "%f[%a]me%f[%A]", "%f[%a]my%f[%A]", "%f[%a]myself%f[%A]",
  "%f[%a]mine%f[%A]" }

local function any(s, pats)
  for _, p in ipairs(pats) do
    local a, b = s:find(p)
    if a then return s:sub(a, b), a end
  end
  return nil
end

-- The rude word or phrase in text, or nil.
function M.rude(text)
  local t = tostring(text or ""):lower():gsub("\226\128\153", "'"):gsub("%s+", " ")
  local brush = any(t, BRUSH_OFFS)
  if brush then return brush end
  for sentence in (t .. "."):gmatch("([^%.!%?\n]*)") do
    local curse = any(sentence, CURSES)
    if curse and (any(sentence, YOU) or not any(sentence, SELF)) then return curse end
  end
  for clause in (t .. ","):gmatch("([^,;:%.!%?%(%)\n]*)") do
    local word, at = any(clause, NAMES)
    if word and not any(clause, SELF) and not clause:sub(1, at - 1):find("n[o']t%s+[%a%s]*$") then
      return word
    end
  end
  return nil
end

-- The learner's first rude message, with the word that makes it so, or nil. run:messages()
-- order; every DM and channel post of the learner counts (a colleague is a colleague).
function M.first_rude(run)
  for _, m in ipairs(run:messages() or {}) do
    if m.from == "learner" then
      local word = M.rude(m.text)
      if word then return m, word end
    end
  end
  return nil
end

-- A rubric function that costs the whole item when the learner was rude to anyone in the chat,
-- and otherwise gives what `scripted` gives. The scenario picks its communication item for it.
function M.guard(scripted)
  return function(run)
    local m, word = M.first_rude(run)
    if m then
      local where = m.channel and ("in " .. m.channel) or ("to " .. tostring(m.to))
      return 0, "you wrote \"" .. word .. "\" " .. where .. ": whatever the pressure, colleagues and users"
        .. " get a civil word; say what you can and cannot do, not what you think of them"
    end
    return scripted(run)
  end
end

return M
