-- clauses.lua: a learner's message cut into sentences and clauses, lower-cased, so that a judge
-- can read what each part says (a cause named in one clause and denied in another are two
-- statements). Shared by the scenarios that judge a told cause and its denials (ci-pipeline,
-- flaky-test).
local M = {}

-- Words that only strengthen a statement: dropped, so "wasn't actually needed" reads "wasn't needed".
local HEDGES = { "%f[%a]actually%s+", "%f[%a]really%s+", "%f[%a]even%s+", "%f[%a]strictly%s+", "%f[%a]at all%f[%A]" }

-- The sentences (and numbered or ';'-separated clauses) of a text, lower-cased.
function M.sentences(text)
  local list = {}
  local t = tostring(text or ""):lower():gsub("(%d)%)", "%1:")
  for part in (t .. "\n"):gmatch("([^\n;!?]*)[\n;!?]") do
    for s in (part .. ". "):gmatch("(.-)%.%s") do
      if s:find("%S") then list[#list + 1] = s end
    end
  end
  return list
end

-- The clauses of a sentence (split at , : ( ) and before "but", "so", "and"), hedges dropped
-- and curly apostrophes straightened.
function M.clauses(sentence)
  local list = {}
  local s = sentence:gsub("\u{2018}", "'"):gsub("\u{2019}", "'"):gsub("\u{201C}", '"'):gsub("\u{201D}", '"')
  s = s:gsub("%s+but%s", ","):gsub("%s+so%s", ","):gsub("%s+and%s", ",")
  for _, h in ipairs(HEDGES) do s = s:gsub(h, "") end
  for c in (s .. ","):gmatch("([^,:()]*)[,:()]") do
    if c:find("%S") then list[#list + 1] = c end
  end
  return list
end

-- The text without what it quotes: a line quoted with "> " and a quotation of several words in
-- straight or curly double quotes ('the log says "lint: passed"', 'your ticket says "make it fail
-- on purpose"') are what someone else said or printed, not the learner's statement. A single
-- quoted word ('it is "fixed" now') stays: that is the learner's word, in scare quotes.
function M.unquoted(text)
  local t = ("\n" .. tostring(text or "")):gsub("\n%s*>[^\n]*", "\n")
  for _, q in ipairs({ { '"', '"' }, { "\u{201C}", "\u{201D}" } }) do
    t = t:gsub(q[1] .. "([^\n]-)" .. q[2], function(inner)
      if inner:find("[%s:]") then return " " end
    end)
  end
  return (t:gsub("^\n", ""))
end

-- Every clause of every sentence of text, in order.
function M.all(text)
  local list = {}
  for _, s in ipairs(M.sentences(text)) do
    for _, c in ipairs(M.clauses(s)) do list[#list + 1] = c end
  end
  return list
end

return M
