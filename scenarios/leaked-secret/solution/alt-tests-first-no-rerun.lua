-- Reproduce first (round 13, lead): the reference with the test suite run once at the start,
-- before the fix, and not again after it; the report to Ines then says nothing about the tests.
-- That first run compiles the old settings.py, key and all, into notify/__pycache__/ (git
-- ignores it; the next import would rewrite it). A bytecode cache is no file of the learner's:
-- the `files` check skips *.pyc under __pycache__ (a committed one is still caught in HEAD and
-- the history). Failed a required check (66.7 %) while the cache counted. Must score 100 %.
local ref = require("actions")
local out = { { sh = "python3 -m pytest -q" } }
for _, step in ipairs(ref) do
  local s = {}
  for k, v in pairs(step) do s[k] = v end
  if s.sh then s.sh = s.sh:gsub("\npython3 %-m pytest %-q$", "") end
  if s.text then s.text = s.text:gsub(" %(tests pass%)", "") end
  out[#out + 1] = s
end
return out
