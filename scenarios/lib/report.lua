-- report.lua: whether a learner's message reports work as done, judged sentence by sentence:
-- a sentence that names being done or the work, and is neither a question nor a plan. Shared by
-- the scenarios that wait for "did they tell the teammate it is done" (leaked-secret, merge-conflict).
local chat = require("chat")
local facts = require("facts")

local M = {}

-- Words of a plan, not a report ("I'm going to rewrite the history", "I'll push next").
M.PLAN_WORDS = { "going to", "gonna", "about to", "i'll", "i will", "will now", "want to", "next i", "~%f[%w]plan" }

-- Does one sentence of text (split after . ! ? ; and line ends) hold a word of any list in
-- word_lists (chat.has_any needles), while facts.asks does not take it for a question and it holds
-- no plan word? What the sentence claims is for the caller to judge against the work.
function M.states_done(text, word_lists)
  for sentence in (tostring(text or "") .. "\n"):gmatch("([^%.!%?;\n]*[%.!%?;\n])") do
    local names_it = false
    for _, words in ipairs(word_lists) do
      if chat.has_any(sentence, words) then names_it = true; break end
    end
    if names_it and not facts.asks(sentence) and not chat.has_any(sentence, M.PLAN_WORDS) then return true end
  end
  return false
end

return M
