-- unanswered.lua: the parts of a learner's text that name an act only to say it was NOT done,
-- in the forms of a template or a checklist, taken out before a claim reader (claims.lua) looks
-- at it: an unticked box ("- [ ] ran the tests") and a field answered no ("**Tested:** no, I
-- read the diff only", "Ran the tests: not yet", "Pushed: n/a"). Clause by clause, the field's
-- name reads as a claim of its own ("ran the tests") and its answer as another clause. A ticked
-- box ("- [x] ran the tests") and an answer that goes on ("Tested: no issues found") stay.
-- Used by claims.claims (every claim reader), and by code-review and merge-conflict directly.
local M = {}

-- Answers that say the act did not happen, longest first ("not yet" before "no").
local NO = { "not yet", "not run", "not done", "not tested", "not really", "not", "nope", "none", "n/a", "no",
  "skipped", "nothing", "\u{274C}", "\u{2717}", "\u{2718}" }

-- The answer part of a field ("no, I read the diff only") without its negative answer, or nil
-- when it is no bare negative answer.
local function after_no(answer)
  local a = answer:gsub("^[%s%*_`]+", ""):lower()
  for _, n in ipairs(NO) do
    if a:sub(1, #n) == n then
      local rest = a:sub(#n + 1)
      -- the answer ends there (end of line or punctuation), not with a word ("no issues found")
      if not rest:find("^[%s%*_`]*%w") then return rest end
    end
  end
  return nil
end

-- text without its unticked boxes and the names of the fields answered no (what follows such an
-- answer stays: "no, I read the diff only" keeps ", i read the diff only").
function M.strip(text)
  local out = {}
  for line in (tostring(text or "") .. "\n"):gmatch("([^\n]*)\n") do
    if line:find("^%s*[%-%*%+]?%s*%[%s%]") then
      line = ""
    else
      local label, answer = line:match("^([^:%.!%?\n]+):(.*)$")
      local rest = label and #label <= 60 and after_no(answer)
      if rest then line = rest end
    end
    out[#out + 1] = line
  end
  return table.concat(out, "\n")
end

return M
