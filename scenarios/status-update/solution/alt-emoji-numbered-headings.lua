-- Alternative (play as a careful junior who decorates headings, as chat-minded teams do): the
-- reference update, but the section headings start with an emoji shortcode, an emoji or a number
-- ("## :white_check_mark: Done", "## 🚧 In progress", "## 3. Blocked", "## ➡️ Next week"). The
-- checks found no section at all: structure, done, in_progress and blocked 0, "ready" read as a
-- false ready (-20): 15 %, failed. The sections are there and right: must score 100 %.
-- Built from actions.lua: the same actions, each section line of the update decorated.
local DECORATE = {
  { "^## Done", "## :white_check_mark: Done" },
  { "^## In progress", "## 🚧 In progress" },
  { "^## Blocked", "## 3. Blocked" },
  { "^## Next week", "## ➡️ Next week" },
}
local script = { expect = { outcome = "passed", min_percent = 100 } }
for _, step in ipairs(require("actions")) do
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
