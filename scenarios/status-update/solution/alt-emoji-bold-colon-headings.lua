-- Alternative (play as a careful junior writing a status mail, no markdown headings): the
-- alt-bold-headings update with decorated section lines: "✅ Done:", "**🚧 In progress**",
-- "⛔ Blocked:", "2) Next week:". A line that is only a section name (bold, or followed by a
-- colon) was one only when it began with a letter: these sections did not exist for the checks.
-- Same content as alt-bold-headings: must score 100 %.
-- Built from alt-bold-headings.lua: the same actions, each section line of the update decorated.
local DECORATE = {
  { "^%*%*Done%*%*", "✅ Done:" },
  { "^%*%*In progress%*%*", "**🚧 In progress**" },
  { "^Blocked:", "⛔ Blocked:" },
  { "^%*%*Next week:%*%*", "2) Next week:" },
}
local script = { expect = { outcome = "passed", min_percent = 100 } }
for _, step in ipairs(require("alt-bold-headings")) do
  local copy = {}
  for k, v in pairs(step) do copy[k] = v end
  if copy.sh then
    copy.sh = copy.sh:gsub("[^\n]+", function(line)
      for _, d in ipairs(DECORATE) do
        if line:find(d[1]) then return (line:gsub(d[1], d[2])) end
      end
      return line
    end)
  end
  script[#script + 1] = copy
end
return script
