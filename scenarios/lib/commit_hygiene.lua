-- commit_hygiene.lua: the shared tests behind a scenario's remark on untidy commits (feature-flag,
-- day-at-work): whether a subject says nothing, over the scenario's own word lists, and whether a
-- -U0 patch line adds debug code. The scenario keeps what differs: its files, range and wording.
local M = {}

-- Is a commit subject vague? Fewer than 12 characters; or a first word from start_words with no
-- word right after it ("wip: x", "fixup! x"); or a first word from alone_words with at most one
-- more word ("fix", "update tests", "stuff!"). "bug fix" counts as "bugfix". Both lists are sets.
function M.vague_subject(subject, start_words, alone_words)
  local s = subject:lower():gsub("^bug fix", "bugfix")
  if #subject < 12 then return true end
  local first, rest = s:match("^(%a+)(.*)$")
  if not first then return false end
  if start_words[first] and not rest:find("^[%w_]") then return true end
  return alone_words[first] ~= nil and (rest:find("^[^%w_]*$") ~= nil or rest:find("^ [%w_]+[^%w_]*$") ~= nil)
end

-- Does a line of a -U0 diff add debug code (print(, breakpoint(, pdb, ic()?
function M.debug_line(line)
  if line:sub(1, 1) ~= "+" or line:sub(1, 3) == "+++" then return false end
  return line:find("%f[%w_]print%(") or line:find("breakpoint%(") or line:find("%f[%w_]pdb%f[^%w_]")
    or line:find("%f[%w_]ic%(")
end

return M
