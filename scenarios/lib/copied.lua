-- copied.lua: a learner's message without the text it copies (a parrot pasting the ticket, a
-- colleague's own message or a file back as its report). Copied text earns nothing for what it
-- copies: once one clause of a source, 16 characters or more, is in the message word for word,
-- every clause of that source (5 characters or more) is cut out of the message; the learner's own
-- words around the paste stay and are judged as usual. A clause is cut at . ! ? (before a blank),
-- line ends, : , ; ( ); the text is compared lower-cased, blanks squeezed, without markdown's *
-- and ` (a rendered ticket pasted is the same text).
local facts = require("facts")

local M = {}

local LONG, SHORT = 16, 5

local function flat(text)
  return (tostring(text or ""):lower():gsub("[*`]", ""):gsub("%s+", " "))
end

-- The clauses of a source text, trimmed.
function M.clauses(src)
  local out = {}
  local t = (tostring(src or ""):lower():gsub("[*`]", ""):gsub("[%.!?]%s", "\n"):gsub("[:,;()]", "\n"))
  for piece in (t .. "\n"):gmatch("([^\n]*)\n") do
    piece = piece:gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
    if #piece >= SHORT then out[#out + 1] = piece end
  end
  return out
end

local function cut(t, piece)
  local at, stop = t:find(piece, 1, true)
  while at do
    t = t:sub(1, at - 1) .. " " .. t:sub(stop + 1)
    at, stop = t:find(piece, 1, true)
  end
  return t
end

-- `text` (lower-cased, blanks squeezed) without what it copies from any of `sources` (strings).
function M.strip(text, sources)
  local t = flat(text)
  for _, src in ipairs(sources or {}) do
    local pieces, pasted = M.clauses(src), false
    for _, piece in ipairs(pieces) do
      if #piece >= LONG and t:find(piece, 1, true) then pasted = true; break end
    end
    if pasted then
      for _, piece in ipairs(pieces) do t = cut(t, piece) end
    end
  end
  return t
end

-- The learner's own words in `text`: without what it copies from `extra` (the ticket, a file's
-- text) or from a colleague's message (those before chat index `before`, when given: a message
-- cannot copy one sent after it).
function M.own_words(run, text, extra, before)
  local sources = {}
  for _, s in ipairs(extra or {}) do sources[#sources + 1] = s end
  if run then
    for _, m in ipairs(facts.transcript(run, { learner = false }) or {}) do
      if not before or m.i < before then sources[#sources + 1] = m.text end
    end
  end
  return M.strip(text, sources)
end

return M
