-- chat.lua: helpers for scripted rubric functions and hooks that look at the chat.
-- Usage from a scenario:  local chat = require("chat")
--
-- run:messages() returns a list of { from, to, channel, text } in the order they were sent;
-- the learner's messages have from = "learner". A message is either a DM (to = cast id) or a
-- channel post (channel = "#team", to = nil).
local M = {}

-- Lower-cases and collapses whitespace so that matching is forgiving.
function M.norm(text)
  return (tostring(text or ""):lower():gsub("%s+", " "))
end

-- True if `text` contains any of `needles` (plain, case-insensitive substrings).
-- A needle starting with "~" is a Lua pattern instead (the "~" is stripped; matched on the
-- lower-cased text), e.g. "~%d+%s*%%" (a percentage) or "~%f[%w]green%f[%W]".
function M.has_any(text, needles)
  local t = M.norm(text)
  for _, n in ipairs(needles) do
    if n:sub(1, 1) == "~" then
      if t:find(n:sub(2)) then return true end
    elseif t:find(n:lower(), 1, true) then
      return true
    end
  end
  return false
end

-- True if `text` @mentions `word` the way the engine does (engine/core/run_chat.c, mentions):
-- "@word" in any case, standing as a word of its own: not inside an address (mail@maria.example)
-- and not the start of a longer word (@mariana, @maria-team).
function M.mentions(text, word)
  local t, w = tostring(text or ""):lower(), tostring(word or ""):lower()
  if w == "" then return false end
  local from = 1
  while true do
    local at = t:find("@" .. w, from, true)
    if not at then return false end
    local prev, nxt = t:sub(at - 1, at - 1), t:sub(at + 1 + #w, at + 1 + #w)
    if (at == 1 or not prev:find("[%w_.]")) and not nxt:find("^[%w_-]") then return true end
    from = at + 1
  end
end

-- True if msg reaches cast member `who` as a message to them: a DM to them, or a channel post
-- that @mentions them (their id or any of `names`, e.g. { "maria" }): the engine brings a
-- mentioned colleague into the channel, so they receive it and answer there. A post that only
-- names them ("Maria can sign in again", "told Maria Gomez") is about them, not to them: they
-- never see it.
function M.is_to(msg, who, names)
  if msg.to == who then return true end
  if msg.channel then
    if M.mentions(msg.text, who) then return true end
    for _, n in ipairs(names or {}) do
      if M.mentions(msg.text, n) then return true end
    end
  end
  return false
end

-- Greetings a learner opens a message with before the name of whom they address ("hi tomas",
-- "good morning @ines"). Not "thanks" or "ok": "thanks tomas checked it" and "ok dana approved it"
-- read as well as "Thanks, Tomas checked it" and "OK, Dana approved it".
local GREETINGS = { hi = true, hey = true, heya = true, hiya = true, hello = true, morning = true, good = true,
  afternoon = true, evening = true, dear = true, yo = true }

-- True if `before`, the text ahead of a colleague's name, makes the name the one addressed: a
-- greeting of at most three words with no punctuation before the name ("hi ", "hey @",
-- "good morning "), or nothing but an "@". "hi tomas just verified the export" is a terse
-- junior's own check, said to Tomas with the "I" dropped, not Tomas's; "hey, dana approved it"
-- (a comma after the greeting) and "thanks to dana who approved it" speak of Dana.
function M.addresses_name(before)
  local b = M.norm(before):gsub("^%s+", "")
  if b == "@" then return true end
  b = b:gsub("@$", "")
  if not b:match("^[%a ]+$") then return false end
  local n = 0
  for w in b:gmatch("%a+") do
    if not GREETINGS[w] then return false end
    n = n + 1
  end
  return n > 0 and n <= 3
end

-- True if msg opens by addressing `who` ("hi tomas ...", "@tomas ...", "Good morning Tomas ...").
function M.opens_addressing(msg, who)
  local t = M.norm(msg.text)
  local at = t:find("%f[%w@]@?" .. who:lower():gsub("%p", "%%%0") .. "%f[^%w]")
  return at ~= nil and (at == 1 and t:sub(1, 1) == "@" or at > 1 and M.addresses_name(t:sub(1, at - 1)))
end

-- The learner's messages, in order, each with its position `i` in the whole chat.
-- opts (all optional): to = cast id (DMs to them or channel posts that @mention them, see
-- M.is_to), names = extra @names for `to`, channel = "#name" (posts in that channel only),
-- dm_or_channel = { who = id, channel = "#x" } (DM to who, or any post in channel).
function M.learner(run, opts)
  opts = opts or {}
  local out = {}
  for i, m in ipairs(run:messages() or {}) do
    if m.from == "learner" then
      local keep = true
      if opts.to and not M.is_to(m, opts.to, opts.names) then keep = false end
      if opts.channel and m.channel ~= opts.channel then keep = false end
      if opts.dm_or_channel then
        local d = opts.dm_or_channel
        keep = keep and (m.to == d.who or (m.channel ~= nil and m.channel == d.channel))
      end
      if keep then out[#out + 1] = { i = i, from = m.from, to = m.to, channel = m.channel, text = m.text } end
    end
  end
  return out
end

-- First learner message (from `list`, as returned by M.learner) matching any needle, or nil.
function M.first(list, needles)
  for _, m in ipairs(list) do
    if M.has_any(m.text, needles) then return m end
  end
  return nil
end

-- Every learner message (anywhere: DMs and channels) that contains `secret` verbatim.
-- Used to penalise pasting credentials into chat.
function M.leaks(run, secret)
  local hits = {}
  if not secret or secret == "" then return hits end
  for i, m in ipairs(run:messages() or {}) do
    if m.from == "learner" and tostring(m.text or ""):find(secret, 1, true) then
      hits[#hits + 1] = { i = i, to = m.to, channel = m.channel }
    end
  end
  return hits
end

-- Where the learner said it, for feedback lines: "in #team" or "by direct message".
function M.where(m)
  if m.channel then return "in " .. m.channel end
  return "by direct message"
end

return M
