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

-- True if msg is addressed to cast member `who`: a DM to them, or a channel post that names
-- them (their id, "@id", or any of the extra `names`, e.g. { "priya shah" }).
function M.is_to(msg, who, names)
  if msg.to == who then return true end
  if msg.channel then
    local t = M.norm(msg.text)
    if t:find(who:lower(), 1, true) then return true end
    for _, n in ipairs(names or {}) do
      if t:find(n:lower(), 1, true) then return true end
    end
  end
  return false
end

-- The learner's messages, in order, each with its position `i` in the whole chat.
-- opts (all optional): to = cast id (DMs to them or channel posts naming them),
-- names = extra names for `to`, channel = "#name" (posts in that channel only),
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
